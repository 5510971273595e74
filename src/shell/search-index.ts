/**
 * The search index: one Pagefind index per year under pagefind/<year>/, which the search
 * page loads side by side, written by a pool of worker processes (one per core). The index
 * files are baoku's own (see pagefind-files.ts for why); the browser runtime that reads them
 * is Pagefind's, taken once per build from Pagefind itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import type { ParsedIssue } from '../core/index.ts';
import { searchRecordsByYear, type YearRecords } from '../search/records.ts';
import * as pagefind from 'pagefind';
import type { IndexJob, IndexJobResult, PagefindRuntime } from './search-worker.ts';
import { LANGUAGE } from '../search/pagefind-files.ts';

const WORKER = fileURLToPath(new URL('./search-worker.ts', import.meta.url));

export interface SearchIndexResult {
  years: string[];
  records: number;
  errors: string[];
}

/** Node flags that let a worker load TypeScript: the build's own when run by tsx. */
function workerExecArgv(): string[] {
  return process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx'];
}

/** The runtime files the search page needs; Pagefind's own search interfaces are not published. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/u;

let runtime: Promise<PagefindRuntime> | undefined;

/**
 * Pagefind's browser runtime for a language-less index, as its indexer writes it for one
 * record: asked of Pagefind once per process (about a second), then reused.
 */
export function pagefindRuntime(): Promise<PagefindRuntime> {
  runtime ??= (async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    await index.addCustomRecord({ url: '/', content: 'baoku', language: LANGUAGE });
    const { files, errors: fileErrors } = await index.getFiles();
    await pagefind.close();
    const entry = files.find((f) => f.path === 'pagefind-entry.json');
    if (fileErrors.length || !entry) throw new Error(`Pagefind wrote no runtime: ${fileErrors.join('; ')}`);
    return { files: files.filter((f) => RUNTIME.test(f.path)).map((f) => ({ path: f.path, content: f.content })), entry: JSON.parse(Buffer.from(entry.content).toString('utf8')) as PagefindRuntime['entry'] };
  })();
  return runtime;
}

/** Index the given years with `jobs` workers; the others already on disk are left alone. */
export async function writeYearIndexes(years: readonly YearRecords[], output: string, jobs = availableParallelism()): Promise<SearchIndexResult> {
  const queue = [...years].sort((a, b) => b.records.length - a.records.length);
  const result: SearchIndexResult = { years: years.map((y) => y.year), records: 0, errors: [] };
  if (!queue.length) return result;
  const runtimeFiles = await pagefindRuntime();
  const work = async (): Promise<void> => {
    let child: ChildProcess | null = null;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        child ??= fork(WORKER, [], { execArgv: workerExecArgv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        const job: IndexJob = { year: next.year, records: next.records, outputPath: join(output, 'pagefind', next.year), runtime: runtimeFiles };
        const worker = child;
        const done = await new Promise<IndexJobResult>((resolve) => {
          const onExit = (code: number | null) => {
            // A worker that died is not given the next year: a fresh one is started.
            child = null;
            resolve({ year: job.year, records: 0, errors: [`the index worker stopped (exit ${code})`] });
          };
          worker.once('exit', onExit);
          worker.once('message', (m: IndexJobResult) => {
            worker.off('exit', onExit);
            resolve(m);
          });
          worker.send(job);
        });
        result.records += done.records;
        result.errors.push(...done.errors.map((e) => `${done.year}: ${e}`));
      }
    } finally {
      if (child?.connected) {
        const exited = new Promise((r) => child!.once('exit', r));
        child.disconnect();
        await exited;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, work));
  return result;
}

/**
 * Write the index of the given years (all of them when none are named) and remove the
 * directory of any such year that no longer holds an issue.
 */
async function writeYears(issues: readonly ParsedIssue[], output: string, pathPrefix: string, only?: ReadonlySet<string>): Promise<SearchIndexResult> {
  // Only the named years' articles are tokenized: after an edit, one year of the archive.
  const years = searchRecordsByYear(only ? issues.filter((i) => only.has(i.issue.date.slice(0, 4))) : issues, pathPrefix);
  const root = join(output, 'pagefind');
  let candidates: Iterable<string> = only ?? [];
  if (!only) {
    try {
      candidates = readdirSync(root);
    } catch {
      // no index yet
    }
  }
  for (const year of candidates) if (!years.some((y) => y.year === year)) rmSync(join(root, year), { recursive: true, force: true });
  return writeYearIndexes(years, output);
}

/** The whole archive's search index: every year, and no directory left for a year now gone. */
export function writeSearchIndex(issues: readonly ParsedIssue[], output: string, pathPrefix = '/'): Promise<SearchIndexResult> {
  return writeYears(issues, output, pathPrefix);
}

/** Re-index only the given years, as the preview does after an edit; a year the edit emptied leaves the index. */
export function rewriteYears(issues: readonly ParsedIssue[], changedYears: ReadonlySet<string>, output: string, pathPrefix = '/'): Promise<SearchIndexResult> {
  return writeYears(issues, output, pathPrefix, changedYears);
}
