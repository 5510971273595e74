/**
 * Parsing on every core. Worker threads and this thread take the issue files one at a time,
 * largest first, from one shared counter, until none is left: a thread that started later (a
 * worker first loads the TypeScript sources) or met slower files simply takes fewer, and all
 * finish together. Each file is parsed by the same pure parser wherever it runs; a worker
 * posts its parsed files back in batches as it goes, which this thread takes in (structured
 * clone) between batches of its own, so they are not all copied at the end (measured at 2,000
 * issues: posted in one message, the worker's half arrived about 0.4 s after this thread had
 * finished its own). The issues are then assembled in file order, as readArchive does. A
 * small archive is parsed in this thread: a worker costs more to start than it saves.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { PaperProfile, ParsedFile } from '../core/index.ts';
import { archiveOf, listIssueFiles, readIssueFile, type Archive } from './read-archive.ts';
import type { ParseShare } from './parse-worker.ts';
import { runInWorker } from './ts-worker.ts';

/**
 * Files a thread parses between posting (a worker) or taking in its workers' batches (this
 * thread): about 30 ms of parsing, so a batch waits little and the last one is small.
 */
export const BATCH_FILES = 16;

/**
 * Below this much input, one thread parses everything: a worker takes about 0.3 s to start
 * (it loads the TypeScript sources) and its files take time to come back, which a small share
 * does not repay (measured: 17 MB in 1.7 s on one thread, 2.2 s on two fixed shares; 20 MB
 * in 1.5-2.5 s on one thread, 1.7-1.9 s from the shared queue: no clear gain).
 */
const PARALLEL_BYTES = 24_000_000;

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/**
 * Take up to `max` files from the shared queue, fewer when it runs empty: `next` counts the
 * files taken by every thread, so each file is parsed exactly once. Returns each parsed file
 * with its place in `paths`.
 */
export function parseFromQueue(paths: readonly string[], next: Int32Array, root: string, profile: PaperProfile, max = Infinity): [number, ParsedFile][] {
  const out: [number, ParsedFile][] = [];
  while (out.length < max) {
    const k = Atomics.add(next, 0, 1);
    if (k >= paths.length) break;
    out.push([k, readIssueFile(paths[k]!, root, profile)]);
  }
  return out;
}

/** The files a thread parses from the shared queue, BATCH_FILES at a time, until it is empty. */
export function* queueBatches(paths: readonly string[], next: Int32Array, root: string, profile: PaperProfile): Generator<[number, ParsedFile][]> {
  for (let batch = parseFromQueue(paths, next, root, profile, BATCH_FILES); batch.length > 0; batch = parseFromQueue(paths, next, root, profile, BATCH_FILES)) yield batch;
}

/** readArchive on every core: the same archive, parsed by `cores` threads when the input is large enough. */
export async function readArchiveOnCores(dir: string, profile: PaperProfile, root = dir, options: { cores?: number; minBytes?: number } = {}): Promise<Archive> {
  const { cores = availableParallelism(), minBytes = PARALLEL_BYTES } = options;
  const paths = listIssueFiles(dir);
  const sizes = paths.map((p) => statSync(p).size);
  if (cores < 2 || sizes.reduce((a, b) => a + b, 0) < minBytes) return archiveOf(paths.map((p) => readIssueFile(p, root, profile)), profile);
  // Largest first: the last files taken are small, so no thread is left parsing a large one alone.
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const queue = order.map((i) => paths[i]!);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const files: ParsedFile[] = new Array(paths.length);
  const place = (parsed: [number, ParsedFile][]) => {
    for (const [k, file] of parsed) files[order[k]!] = file;
  };
  const pending = Array.from({ length: cores - 1 }, () => runInWorker<number, [number, ParsedFile][]>(WORKER, { paths: queue, next, root, profile } satisfies ParseShare, 'a parse worker', place));
  for (const batch of queueBatches(queue, next, root, profile)) {
    place(batch);
    // The workers' batches that arrived meanwhile are taken in here (by `place`).
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return archiveOf(files, profile);
}
