/**
 * The parts of a worker's result that it posts ahead of the result (see ts-worker.ts). Kept
 * apart from ts-worker.ts, which starts workers, so that a worker module imports only this.
 */
import { parentPort } from 'node:worker_threads';

/** The key a part of a result is posted under, apart from the result itself. */
const PART = 'baoku:part';

/** In a worker: post a part of the result ahead of the result (see `runInWorker`'s `onPart`). */
export function postPart(part: unknown): void {
  parentPort!.postMessage({ [PART]: part });
}

/** A message that is a part, not the result; its part. */
export function partOf(message: unknown): { part: unknown } | null {
  return typeof message === 'object' && message !== null && PART in message ? { part: (message as Record<typeof PART, unknown>)[PART] } : null;
}
