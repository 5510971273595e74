/**
 * A built site for the site and browser tests: the seeds plus a complete synthetic issue
 * (tests/fixtures/issue-2024-04-01.txt) whose 下转/上接 halves pair, built once per process.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite, type BuildResult } from '../../src/shell/build.ts';
import { ROOT, SEEDS } from '../helpers.ts';

let built: Promise<BuildResult> | null = null;

/** A copy of the seeds in `<fresh temp dir>/seeds`, with the complete fixture issue when asked; returns that input folder. */
export function copySeeds(withFixture: boolean): string {
  const input = join(mkdtempSync(join(tmpdir(), 'baoku-input-')), 'seeds');
  mkdirSync(input);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
  if (withFixture) copyFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt'), join(input, 'issue-2024-04-01.txt'));
  return input;
}

/** Every file of a built site (search index included), by path relative to it, as bytes. */
export function siteFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Paths present in both sites whose bytes differ. */
export function differingFiles(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  return [...a].filter(([path, bytes]) => b.has(path) && !bytes.equals(b.get(path)!)).map(([path]) => path);
}

export function fixtureSite(pathPrefix = '/'): Promise<BuildResult> {
  const make = async () => {
    const input = copySeeds(true);
    return buildSite({ input, output: join(input, '..', '_site'), root: ROOT, pathPrefix });
  };
  if (pathPrefix !== '/') return make();
  built ??= make();
  return built;
}

/** One page of every type in the fixture site, for validation and accessibility checks. */
export const PAGE_OF_EACH_TYPE = {
  home: '/',
  archive: '/archive/',
  year: '/2024/',
  month: '/2024/04/',
  issue: '/2024/04/01/',
  page: '/2024/04/01/1/',
  article: '/2024/04/01/1/1/',
  continuation: '/2024/04/01/2/2/',
  reporters: '/reporters/',
  reporter: '/reporters/李一/',
  reporterYear: '/reporters/李一/2024/',
  search: '/search/',
  notFound: '/404.html',
} as const;

/** An article page's headline (its h1) as escaped text: the break opportunities and clause boxes set around it taken out (see breakableHeadline). */
export function headlineOf(page: string): string | undefined {
  return /<h1>(.*?)<\/h1>/su.exec(page)?.[1]?.replaceAll('<wbr>', '').replace(/<span class="clause">(.*?)<\/span>/gu, '$1');
}

/** Every page a built site's sitemap lists, as site paths: read from the index, /sitemap.xml, and each file it names. */
export function sitemapPaths(output: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/gu)].map((m) => m[1]!);
  return locs(readFileSync(join(output, 'sitemap.xml'), 'utf8')).flatMap((file) => locs(readFileSync(join(output, file), 'utf8')));
}
