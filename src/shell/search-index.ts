/**
 * The search index: one Pagefind index per year under pagefind/<year>/, written by a pool
 * of worker processes (one per core), which the search page loads side by side. One year
 * is about 3,600 articles here, so a worker's Pagefind service stays near 1 GB however
 * long the archive grows, and a 15-year archive is indexed by both cores at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import type { ParsedIssue } from '../core/index.ts';
import { searchRecordsByYear, type YearRecords } from '../search/records.ts';
import type { IndexJob, IndexJobResult } from './search-worker.ts';

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

/** Index the given years with `jobs` workers; the others already on disk are left alone. */
export async function writeYearIndexes(years: readonly YearRecords[], output: string, jobs = availableParallelism()): Promise<SearchIndexResult> {
  const queue = [...years].sort((a, b) => b.records.length - a.records.length);
  const result: SearchIndexResult = { years: years.map((y) => y.year), records: 0, errors: [] };
  const work = async (): Promise<void> => {
    let child: ChildProcess | null = null;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        child ??= fork(WORKER, [], { execArgv: workerExecArgv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        const job: IndexJob = { year: next.year, records: next.records, outputPath: join(output, 'pagefind', next.year) };
        const done = await new Promise<IndexJobResult>((resolve) => {
          const onExit = (code: number | null) => resolve({ year: job.year, records: 0, errors: [`the index worker stopped (exit ${code})`] });
          child!.once('exit', onExit);
          child!.once('message', (m: IndexJobResult) => {
            child!.off('exit', onExit);
            resolve(m);
          });
          child!.send(job);
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

/** The whole archive's search index: every year, and no directory left for a year now gone. */
export async function writeSearchIndex(issues: readonly ParsedIssue[], output: string, pathPrefix = '/', jobs?: number): Promise<SearchIndexResult> {
  const years = searchRecordsByYear(issues, pathPrefix);
  const keep = new Set(years.map((y) => y.year));
  const root = join(output, 'pagefind');
  let existing: string[] = [];
  try {
    existing = readdirSync(root);
  } catch {
    // no index yet
  }
  for (const name of existing) if (!keep.has(name)) rmSync(join(root, name), { recursive: true, force: true });
  return writeYearIndexes(years, output, jobs);
}

/** Re-index only the years of the given issues, as the preview does after an edit. */
export async function rewriteYears(issues: readonly ParsedIssue[], changedYears: ReadonlySet<string>, output: string, pathPrefix = '/'): Promise<SearchIndexResult> {
  const years = searchRecordsByYear(issues, pathPrefix).filter((y) => changedYears.has(y.year));
  // A year the edit emptied leaves the index.
  for (const year of changedYears) if (!years.some((y) => y.year === year)) rmSync(join(output, 'pagefind', year), { recursive: true, force: true });
  return writeYearIndexes(years, output);
}
