/**
 * A worker thread running one of the build's TypeScript modules. Worker threads do not inherit
 * the loader that runs this process's TypeScript, so each registers tsx before importing its
 * module; the module posts one message, its result, and is then stopped. It may post parts of
 * its result before (`postPart`, worker-part.ts), which the build's thread takes in while the
 * worker goes on.
 *
 * A worker that must start at once (the parse workers, which share the parse with the build's
 * thread from its first file) runs its module bundled by esbuild into one script instead:
 * through tsx a worker began parsing 0.5-0.7 s after it was spawned at 2,000 issues (its
 * loader thread and each imported file's transform took that long, and CPU from the parse),
 * bundled 0.2-0.3 s after, the bundling (about 0.1 s) done in esbuild's process meanwhile.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { partOf } from './worker-part.ts';

/** What a worker runs: a TypeScript module through tsx, or a bundled script (see bundleWorker). */
type WorkerEntry = { module: URL } | { bundle: string };

function spawn<Result>(entry: WorkerEntry, what: string, workerData?: unknown, onPart?: (part: unknown) => void): { worker: Worker; result: Promise<Result> } {
  const worker =
    'module' in entry
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.module.href)}); })`, { eval: true, workerData })
      : new Worker(new URL(`data:text/javascript,${encodeURIComponent(entry.bundle)}`), { workerData });
  const result = new Promise<Result>((resolve, reject) => {
    const listen = (message: unknown) => {
      const part = partOf(message);
      if (part) {
        try {
          onPart?.(part.part);
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
  return spawn<Result>({ module }, what, data, onPart as ((part: unknown) => void) | undefined).result;
}

/** runInWorker for a module bundled by bundleWorker. */
export function runBundledWorker<Result, Part = never>(bundle: string, data: unknown, what: string, onPart?: (part: Part) => void): Promise<Result> {
  return spawn<Result>({ bundle }, what, data, onPart as ((part: unknown) => void) | undefined).result;
}

/**
 * A worker module and the project's modules it imports, bundled by esbuild into one script
 * (about 0.1 s, in esbuild's own process while this thread goes on). The script runs from a
 * data: URL, where no package can be found: a module that imports one (anything but `node:`
 * modules) cannot be bundled so, and is refused.
 */
export async function bundleWorker(module: URL): Promise<string> {
  const result = await build({ entryPoints: [fileURLToPath(module)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, metafile: true, logLevel: 'silent' });
  const packages = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path));
  if (packages.length > 0) throw new Error(`${fileURLToPath(module)} imports ${packages.join(', ')}: a bundled worker runs from a data: URL and can import only node: modules. Run it with runInWorker instead.`);
  return result.outputFiles[0]!.text;
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
  const { worker, result } = spawn<Result>({ module }, what);
  // A worker stopped unheard rejects its result; nobody waits for it then.
  result.catch(() => undefined);
  return { send: (data) => worker.postMessage(data), stop: () => void worker.terminate(), result };
}
