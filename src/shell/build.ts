/**
 * The build: read the issue files, write the data API, render the site with Eleventy.
 * One bad file never breaks the others: its messages are reported and the build goes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { build } from 'esbuild';
import { writeSearchIndex } from './search-index.ts';
import { reporterNameVariants, YUZHONG_DAILY, type Message, type PaperProfile, type ParsedIssue } from '../core/index.ts';
import { buildSiteModel, issueUrl } from '../site/model.ts';
import { buildReport, type BuildReport } from '../site/report.ts';
import type { Archive } from './read-archive.ts';
import { readArchiveOnCores } from './parse-on-cores.ts';
import { articleKeywords, headlineMarkups, prepareKeywords, type KeywordCache } from './keywords.ts';
import { beginOutput, endOutput, type OutputRun } from './output.ts';
import { runEleventy } from './eleventy.ts';
import { articleFolders, articlePageQueue, writeArticlePages, writePagePages } from './article-pages.ts';
import { startWorker } from './ts-worker.ts';

/** From this many articles on, a worker thread writes article pages beside Eleventy (measured: see the README). */
const PARALLEL_ARTICLES = 10_000;
const RENDER_WORKER = new URL('./render-worker.ts', import.meta.url);

export interface BuildOptions {
  input: string;
  output: string;
  pathPrefix?: string;
  /** Origin of the published site, for canonical URLs, the feed and the sitemap. */
  siteUrl?: string;
  profile?: PaperProfile;
  /** Project root: file names in messages are relative to it. */
  root?: string;
}

export interface BuildResult {
  issues: ParsedIssue[];
  messages: Message[];
  /** Every input file with its messages, as the editors' report page shows it. */
  report: BuildReport;
  output: string;
}

/** Every message of the build: per issue, then files in no issue. */
export function allMessages(issues: readonly ParsedIssue[], loose: readonly Message[]): Message[] {
  return [...issues.flatMap((i) => i.messages), ...reporterNameVariants(issues), ...loose];
}

/** How many articles the issues hold. */
export function articleCount(issues: readonly ParsedIssue[]): number {
  return issues.reduce((n, i) => n + i.pages.reduce((k, p) => k + p.articles.length, 0), 0);
}

/** The data every template receives as `site`. */
export function siteData(issues: ParsedIssue[], report: BuildReport, options: BuildOptions, keywordCache?: KeywordCache) {
  const profile = options.profile ?? YUZHONG_DAILY;
  const model = buildSiteModel(issues, { paper: profile.name, publicationDays: profile.publicationDays, keywords: articleKeywords(issues, 8, keywordCache) });
  // articlePages, pagePages: the article and 版 pages Eleventy writes (all of them, unless renderStage writes them itself).
  return { paper: profile.name, pathPrefix: options.pathPrefix ?? '/', siteUrl: options.siteUrl ?? 'http://localhost:8080', headlines: headlineMarkups(issues), model, report, articlePages: model.articles, pagePages: model.pages };
}

/** `only`: write just these issues' files (and the list), as the preview does after an edit. */
export function writeApi(output: string, issues: ParsedIssue[], pathPrefix: string, only?: ReadonlySet<string>): void {
  const api = join(output, 'api');
  mkdirSync(join(api, 'issues'), { recursive: true });
  const list = issues.map((i) => ({
    id: i.issue.id,
    date: i.issue.date,
    number: i.issue.number,
    pages: i.pages.map((p) => p.number),
    url: `${pathPrefix.replace(/\/$/u, '')}${issueUrl(i.issue.id)}`,
    data: `${pathPrefix.replace(/\/$/u, '')}/api/issues/${i.issue.id}.json`,
  }));
  writeFileSync(join(api, 'issues.json'), `${JSON.stringify(list, null, 1)}\n`);
  for (const i of issues) if (!only || only.has(i.issue.id)) writeFileSync(join(api, 'issues', `${i.issue.id}.json`), `${JSON.stringify(i, null, 1)}\n`);
}

/**
 * The browser scripts (search page, highlight on articles), bundled from TypeScript by
 * esbuild in its own process, while the build's thread renders (waiting on it took that
 * thread 0.2 s at 2,000 issues).
 */
export async function bundleScripts(root: string, output: string): Promise<void> {
  await Promise.all(['search', 'highlight'].map((name) =>
    build({ entryPoints: [join(root, 'src/search', name === 'search' ? 'browser.ts' : 'highlight.ts')], bundle: true, format: 'esm', minify: true, target: 'es2020', outfile: join(output, 'assets', `${name}.js`), logLevel: 'warning' }),
  ));
}

/** Stage 1: read and parse every issue file, on every core; collect every message. */
export async function parseStage(options: BuildOptions): Promise<{ archive: Archive; messages: Message[]; report: BuildReport }> {
  const profile = options.profile ?? YUZHONG_DAILY;
  const root = options.root ?? process.cwd();
  const archive = await readArchiveOnCores(resolve(root, options.input), profile, root);
  const messages = allMessages(archive.issues, archive.messages);
  return { archive, messages, report: buildReport(archive.files.map((f) => f.file), messages, archive.issues) };
}

/** Begin writing the output folder (see output.ts: rebuilt in place, stale files removed at the end). */
export function beginBuild(options: BuildOptions): OutputRun {
  return beginOutput(resolve(options.root ?? process.cwd(), options.output));
}

/**
 * Stage 2: the view model, Eleventy's pages and the data API. Returns the output folder, the
 * data the pages were made from, the static files copied, how many article pages a render
 * worker and this thread wrote from the queue, and how many 版 pages this thread wrote (none:
 * Eleventy wrote them all).
 *
 * A large archive's article pages (four in five of its pages) are written straight from the
 * article template by a worker and by this thread, from one shared queue (article-pages.ts):
 * the worker makes their folders, then starts on them as soon as it has the data; this thread
 * runs Eleventy over the issue, calendar and reporter pages (2,300 at 2,000 issues), writes
 * the data API and its 版 pages straight from the page template (8,000), then joins in. Which
 * of the two finishes its own part first depends on the disk's state and the CPU's hour; from
 * a shared queue they finish together (measured: see the README).
 */
export async function renderStage(
  issues: ParsedIssue[],
  report: BuildReport,
  options: BuildOptions,
  keywordCache?: KeywordCache,
  { cores = availableParallelism(), minArticles = PARALLEL_ARTICLES }: { cores?: number; minArticles?: number } = {},
): Promise<{ output: string; site: ReturnType<typeof siteData>; copied: string[]; byWorker: number; byThisThread: number; pagePages: number }> {
  const root = options.root ?? process.cwd();
  const output = resolve(root, options.output);
  // The worker is started first and loads the templates while this thread builds the view model.
  const worker = articleCount(issues) >= minArticles && cores >= 2 ? startWorker<number>(RENDER_WORKER, 'a render worker') : null;
  // It makes the article pages' folders meanwhile (see articleFolders).
  worker?.send(articleFolders(output, issues));
  // The browser scripts are bundled by esbuild's process meanwhile (awaited with the pages below).
  const scripts = bundleScripts(root, output);
  let site: ReturnType<typeof siteData>;
  try {
    site = siteData(issues, report, options, keywordCache);
  } catch (error) {
    worker?.stop();
    scripts.catch(() => undefined);
    throw error;
  }
  const queue = worker ? articlePageQueue(output, site) : null;
  if (queue) worker!.send(queue);
  // Awaited together: a failing worker must not be left unhandled while this thread renders.
  const [[copied, pagePages, byThisThread], byWorker] = await Promise.all([
    runEleventy({ root, output, site: queue ? { ...site, articlePages: [], pagePages: [] } : site }).then((copied) => {
      writeApi(output, issues, site.pathPrefix);
      const pagePages = queue ? writePagePages(output, site) : 0;
      return [copied, pagePages, queue ? writeArticlePages(queue) : 0] as const;
    }),
    worker?.result ?? 0,
    scripts,
  ]);
  return { output, site, copied, byWorker, byThisThread, pagePages };
}

/**
 * Stage 3: the search index, from the parsed articles. Run before the pages are rendered:
 * its worker processes then share the machine with the parsed archive only, not with
 * Eleventy's memory as well, so the build's peak stays that of its larger stage.
 */
export async function searchStage(issues: ParsedIssue[], options: BuildOptions): Promise<number> {
  const output = resolve(options.root ?? process.cwd(), options.output);
  const search = await writeSearchIndex(issues, output, options.pathPrefix ?? '/');
  // A programming or installation fault, not a fault of the input: stop the build.
  if (search.errors.length) throw new Error(`Pagefind could not write the search index: ${search.errors.join('; ')}`);
  return search.records;
}

/** The stages that write, in order: the search index, the pages, then stale files removed. */
export async function writeSite(issues: ParsedIssue[], report: BuildReport, options: BuildOptions, keywordCache: KeywordCache = new Map()): Promise<{ output: string; site: ReturnType<typeof siteData> }> {
  const run = beginBuild(options);
  // jieba's keywords, which the pages need, are extracted in a thread of their own while the
  // index's worker processes write; this thread only waits on them meanwhile.
  await Promise.all([searchStage(issues, options), prepareKeywords(issues, keywordCache)]);
  const { output, site, copied } = await renderStage(issues, report, options, keywordCache);
  endOutput(run, copied);
  return { output, site };
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { archive, messages, report } = await parseStage(options);
  const { output } = await writeSite(archive.issues, report, options);
  return { issues: archive.issues, messages, report, output };
}
