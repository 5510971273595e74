/**
 * A worker thread running one of the build's TypeScript modules. Worker threads do not inherit
 * the loader that runs this process's TypeScript, so each registers tsx before importing its
 * module; the module posts one message, its result, and is then stopped.
 */
import { Worker } from 'node:worker_threads';

function spawn<Result>(module: URL, what: string, workerData?: unknown): { worker: Worker; result: Promise<Result> } {
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  const worker = new Worker(entry, { eval: true, workerData });
  const result = new Promise<Result>((resolve, reject) => {
    worker.once('message', (message: Result) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code}) before it posted its result`)));
  });
  return { worker, result };
}

/** Runs the module in a worker with `data` as its workerData; resolves to what it posts. */
export function runInWorker<Result>(module: URL, data: unknown, what: string): Promise<Result> {
  return spawn<Result>(module, what, data).result;
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
