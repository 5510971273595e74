/**
 * Parsing on every core. Worker threads and this thread take the issue files one at a time,
 * largest first, from one shared counter (parse-queue.ts), until none is left: a thread that
 * started later (a worker's script is bundled and loaded first) or met slower files simply
 * takes fewer, and all finish together. Each file is parsed by the same pure parser wherever
 * it runs; a worker posts its parsed files back in batches as it goes, which this thread
 * takes in (structured clone) between batches of its own, so they are not all copied at the
 * end (measured at 2,000 issues: posted in one message, the worker's half arrived about 0.4 s
 * after this thread had finished its own). The issues are then assembled in file order, as
 * readArchive does. A small archive is parsed in this thread: a worker costs more to start
 * than it saves.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { PaperProfile, ParsedFile } from '../core/index.ts';
import { archiveOf, listIssueFiles, readIssueFile, type Archive } from './read-archive.ts';
import type { ParseShare } from './parse-worker.ts';
import { queueBatches, queueEmpty } from './parse-queue.ts';
import { bundleWorker, runBundledWorker } from './ts-worker.ts';
import { PARSE_FLAGS, withV8Flags } from './v8-flags.ts';

/**
 * Below this much input, one thread parses everything: a worker takes about 0.3 s to start
 * and its files take time to come back, which a small share does not repay (measured with
 * workers run through tsx: 17 MB in 1.7 s on one thread, 2.2 s on two fixed shares; 20 MB
 * in 1.5-2.5 s on one thread, 1.7-1.9 s from the shared queue: no clear gain; with the
 * worker bundled, 10 MB in 1.13 s on one thread, 1.44 s on two).
 */
const PARALLEL_BYTES = 24_000_000;

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/**
 * readArchive on every core: the same archive, parsed by `cores` threads when the input is
 * large enough, with V8's settings for parsing (see PARSE_FLAGS).
 */
export function readArchiveOnCores(dir: string, profile: PaperProfile, root = dir, options: { cores?: number; minBytes?: number } = {}): Promise<Archive> {
  return withV8Flags(PARSE_FLAGS, () => parseOnCores(dir, profile, root, options));
}

async function parseOnCores(dir: string, profile: PaperProfile, root: string, options: { cores?: number; minBytes?: number }): Promise<Archive> {
  const { cores = availableParallelism(), minBytes = PARALLEL_BYTES } = options;
  const paths = listIssueFiles(dir);
  const sizes = paths.map((p) => statSync(p).size);
  if (cores < 2 || sizes.reduce((a, b) => a + b, 0) < minBytes) return archiveOf(paths.map((p) => readIssueFile(p, root, profile)), profile);
  // Bundled while this thread parses its first files (see bundleWorker).
  const bundle = bundleWorker(WORKER);
  // Largest first: the last files taken are small, so no thread is left parsing a large one alone.
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const queue = order.map((i) => paths[i]!);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const files: ParsedFile[] = new Array(paths.length);
  const place = (parsed: [number, ParsedFile][]) => {
    for (const [k, file] of parsed) files[order[k]!] = file;
  };
  const share: ParseShare = { paths: queue, next, root, profile };
  // A worker whose bundle is ready only once this thread has taken every file is not started.
  const workers = Promise.all(Array.from({ length: cores - 1 }, () => bundle.then((code) => (queueEmpty(queue, next) ? 0 : runBundledWorker<number, [number, ParsedFile][]>(code, share, 'a parse worker', place)))));
  // A failure (of the bundle, or of a worker) is thrown below, once this thread's files are parsed.
  workers.catch(() => undefined);
  for (const batch of queueBatches(queue, next, root, profile)) {
    place(batch);
    // The workers' batches that arrived meanwhile are taken in here (by `place`).
    await new Promise((resolve) => setImmediate(resolve));
  }
  await workers;
  return archiveOf(files, profile);
}
