/**
 * The output folder, rebuilt in place. A build overwrites the files it writes and afterwards
 * removes the files it did not write, rather than deleting the folder first. Measured on this
 * machine's ext4 volume, rebuilding the 2,000-issue synthetic archive (158,000 files) over its
 * previous build: 45.3 s twice in place; deleting the old build first took 15 s and the build
 * after it 75 and 93 s (the file system skips recently freed inodes when it allocates new
 * ones). The last good site also stays readable while the next one is written.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export interface OutputRun {
  output: string;
  /** The file system's time when the build began: every file written since is at least this new. */
  since: number;
  marker: string;
  /**
   * The folder held nothing when the build began (a first build, a clean checkout's CI): every
   * file in it is then the build's own and none is looked for to remove (at 2,000 issues that
   * walk stats 160,000 files: 0.9 s for the pages alone, measured).
   */
  fresh: boolean;
}

/** Start a build in `output`: its folder is made if needed, nothing in it is removed yet. */
export function beginOutput(output: string): OutputRun {
  const fresh = !existsSync(output) || readdirSync(output).length === 0;
  mkdirSync(output, { recursive: true });
  // The file system's own clock (file times are coarser than Date.now()), read from a marker.
  const marker = join(output, '.baoku-build');
  writeFileSync(marker, '');
  return { output, since: statSync(marker).mtimeMs, marker, fresh };
}

/**
 * End a build: remove every file older than the build that is not one of `kept` (files the
 * build copied with their old times, or folders of them), then folders left empty.
 * Returns how many files were removed.
 */
export function endOutput(run: OutputRun, kept: Iterable<string> = []): number {
  rmSync(run.marker, { force: true });
  if (run.fresh) return 0;
  const keep = [...kept].map((k) => resolve(k));
  const isKept = (path: string) => keep.some((k) => path === k || path.startsWith(k + sep));
  return removeFiles(resolve(run.output), (path) => statSync(path).mtimeMs < run.since && !isKept(path));
}

/** Remove the files under `dir` that `stale` picks, then folders left empty. Returns how many. */
export function removeFiles(dir: string, stale: (path: string) => boolean): number {
  let removed = 0;
  const sweep = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (sweep(path)) rmdirSync(path);
        else empty = false;
      } else if (stale(path)) {
        rmSync(path, { force: true });
        removed++;
      } else empty = false;
    }
    return empty;
  };
  sweep(dir);
  return removed;
}
