/**
 * A parse worker thread: takes issue files from the queue it shares with the build's thread,
 * parses them with the same pure parser, and posts them back in batches as it goes, then how
 * many it parsed (see parse-on-cores.ts). It is run bundled (see bundleWorker): it imports
 * only node: modules and the project's own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PaperProfile } from '../core/index.ts';
import { queueBatches } from './parse-queue.ts';
import { postPart } from './worker-part.ts';

export interface ParseShare {
  paths: string[];
  /** The shared count of files taken (a SharedArrayBuffer, seen by every thread). */
  next: Int32Array;
  root: string;
  profile: PaperProfile;
}

const { paths, next, root, profile } = workerData as ParseShare;
let parsed = 0;
for (const batch of queueBatches(paths, next, root, profile)) {
  postPart(batch);
  parsed += batch.length;
}
parentPort!.postMessage(parsed);
