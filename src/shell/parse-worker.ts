/**
 * A parse worker thread: reads and parses its share of the issue files with the same pure
 * parser as the main thread, and posts the parsed files back (see parse-on-cores.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PaperProfile } from '../core/index.ts';
import { readIssueFile } from './read-archive.ts';

export interface ParseShare {
  paths: string[];
  root: string;
  profile: PaperProfile;
}

const { paths, root, profile } = workerData as ParseShare;
parentPort!.postMessage(paths.map((path) => readIssueFile(path, root, profile)));
