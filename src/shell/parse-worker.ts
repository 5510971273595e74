/**
 * A parse worker thread: takes issue files from the queue it shares with the build's thread,
 * parses them with the same pure parser, and posts them back (see parse-on-cores.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PaperProfile } from '../core/index.ts';
import { parseFromQueue } from './parse-on-cores.ts';

export interface ParseShare {
  paths: string[];
  /** The shared count of files taken (a SharedArrayBuffer, seen by every thread). */
  next: Int32Array;
  root: string;
  profile: PaperProfile;
}

const { paths, next, root, profile } = workerData as ParseShare;
parentPort!.postMessage(parseFromQueue(paths, next, root, profile));
