/**
 * A built site for the site and browser tests: the seeds plus a complete synthetic issue
 * (tests/fixtures/issue-2024-04-01.txt) whose 下转/上接 halves pair, built once per process.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type BuildResult } from '../../src/shell/build.ts';
import { ROOT, SEEDS } from '../helpers.ts';

let built: Promise<BuildResult> | null = null;

export function fixtureSite(pathPrefix = '/'): Promise<BuildResult> {
  const make = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-input-'));
    const input = join(dir, 'seeds');
    mkdirSync(input);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
    copyFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt'), join(input, 'issue-2024-04-01.txt'));
    return buildSite({ input, output: join(dir, '_site'), root: ROOT, pathPrefix });
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
  search: '/search/',
  notFound: '/404.html',
} as const;
