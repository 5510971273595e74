/**
 * One bench at a time (see scripts/bench.ts): an exclusive lock on a file, taken with
 * flock(1) (util-linux, on every Debian machine) by a child process that holds it for as long
 * as it lives. The kernel gives a flock up when the last process holding it ends, and the child
 * ends when this process does, however it ends: it waits on a pipe from this process, which
 * the kernel closes when this process exits or is killed. So no lock is ever left behind by a
 * killed bench, and no bench has to decide whether a lock it found is dead.
 *
 * The lock this replaces, a file holding the holder's process id, had to be taken over when
 * its holder had been killed, and two benches that found the same dead lock at once could
 * both take it over: each removed it, the second removing the first's new lock.
 */
import { spawn } from 'node:child_process';

export interface BenchLock {
  /** Give the lock up (the child ends). Synchronous: safe in an `exit` handler. */
  release(): void;
}

/**
 * Waits for the lock on `path` and resolves once it is held. `onWait` is called once if the
 * lock is not had at once (another bench holds it). Resolves null when flock(1) is not
 * installed: the bench then runs without the lock, and says so.
 */
export function holdLock(path: string, onWait: () => void): Promise<BenchLock | null> {
  return new Promise((resolve, reject) => {
    // `flock` runs the shell with the lock held; the shell says so, then waits for end of
    // input: this process's end, or release().
    const child = spawn('flock', ['--exclusive', path, 'sh', '-c', 'echo held; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lock: BenchLock = {
      release: () => {
        child.stdin.destroy();
        child.kill();
      },
    };
    // Not held within a second: another bench has it.
    const waiting = setTimeout(onWait, 1000);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!out.startsWith('held')) return;
      clearTimeout(waiting);
      // The child holds the lock until this process ends: do not keep it running for that.
      child.unref();
      child.stdout.destroy();
      resolve(lock);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(waiting);
      if (error.code === 'ENOENT') resolve(null);
      else reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(waiting);
      if (!out.startsWith('held')) reject(new Error(`flock ${path} ended (${signal ?? `exit code ${code}`}) before it took the lock`));
    });
  });
}
