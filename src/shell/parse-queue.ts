/**
 * The queue of issue files that the build's thread and its parse workers share (see
 * parse-on-cores.ts): each takes the next file by one shared counter, so each file is parsed
 * exactly once, by whichever thread is free.
 */
import type { PaperProfile, ParsedFile } from '../core/index.ts';
import { readIssueFile } from './read-archive.ts';

/**
 * Files a thread parses between posting (a worker) or taking in its workers' batches (the
 * build's thread): about 8 ms of parsing, so a batch waits little and the last one is small.
 * Few enough that a worker posts its parsed files before its young generation's second
 * collection would move them into the old one: with 16, the worker's old generation filled
 * with 40-50 MB of files already posted (copied there, then collected; the pages it grew
 * into each a fault), and the two-thread parse of 2,000 issues took 0.40 s longer and 0.68 s
 * more CPU (mean of 6 alternating pairs; with 2, the same as with 4 within the noise).
 */
export const BATCH_FILES = 4;

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

/** Whether every file of the queue has been taken. */
export function queueEmpty(paths: readonly string[], next: Int32Array): boolean {
  return Atomics.load(next, 0) >= paths.length;
}
