/**
 * A worker thread running one of the build's TypeScript modules. Worker threads do not inherit
 * the loader that runs this process's TypeScript, so each registers tsx before importing its
 * module; the module posts one message, its result, and is then stopped.
 */
import { Worker } from 'node:worker_threads';

export function runInWorker<Result>(module: URL, data: unknown, what: string): Promise<Result> {
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { eval: true, workerData: data });
    worker.once('message', (result: Result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code}) before it posted its result`)));
  });
}
