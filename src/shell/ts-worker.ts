/**
 * A worker thread running one of the build's TypeScript modules. Worker threads do not inherit
 * the loader that runs this process's TypeScript, so each registers tsx before importing its
 * module; the module posts one message, its result, and is then stopped. It may post parts of
 * its result before (`postPart`), which the build's thread takes in while the worker goes on.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** The key a part of a result is posted under, apart from the result itself. */
const PART = 'baoku:part';

/** In a worker: post a part of the result ahead of the result (see `runInWorker`'s `onPart`). */
export function postPart(part: unknown): void {
  parentPort!.postMessage({ [PART]: part });
}

function isPart(message: unknown): message is { [PART]: unknown } {
  return typeof message === 'object' && message !== null && PART in message;
}

function spawn<Result>(module: URL, what: string, workerData?: unknown, onPart?: (part: unknown) => void): { worker: Worker; result: Promise<Result> } {
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  const worker = new Worker(entry, { eval: true, workerData });
  const result = new Promise<Result>((resolve, reject) => {
    const listen = (message: unknown) => {
      if (isPart(message)) {
        try {
          onPart?.(message[PART]);
        } catch (error) {
          reject(error);
          void worker.terminate();
        }
        return;
      }
      worker.off('message', listen);
      resolve(message as Result);
      void worker.terminate();
    };
    worker.on('message', listen);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code}) before it posted its result`)));
  });
  return { worker, result };
}

/** Runs the module in a worker with `data` as its workerData; resolves to what it posts. `onPart` takes each part posted before. */
export function runInWorker<Result, Part = never>(module: URL, data: unknown, what: string, onPart?: (part: Part) => void): Promise<Result> {
  return spawn<Result>(module, what, data, onPart as ((part: unknown) => void) | undefined).result;
}

/**
 * A worker started before its data is ready: it loads its module (and what that imports)
 * while this thread prepares the data, which `send` then posts as its one message in.
 */
export interface StartedWorker<Result> {
  send(data: unknown): void;
  /** Stop it unheard (this thread failed before it could send the data). */
  stop(): void;
  result: Promise<Result>;
}

export function startWorker<Result>(module: URL, what: string): StartedWorker<Result> {
  const { worker, result } = spawn<Result>(module, what);
  // A worker stopped unheard rejects its result; nobody waits for it then.
  result.catch(() => undefined);
  return { send: (data) => worker.postMessage(data), stop: () => void worker.terminate(), result };
}
