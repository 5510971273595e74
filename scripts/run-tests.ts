/**
 * Runs every `tests/**\/*.test.ts` with Node's test runner (Node 20 does not expand globs
 * itself). Extra arguments are passed on, e.g. `npm test -- --test-name-pattern=seed`.
 * The tests' temporary folders (built sites, copied seeds, Chromium's profiles) are made in
 * one folder of this run's, given to them as TMPDIR, and removed when they end: a run
 * leaves nothing behind (they came to gigabytes over a few hundred runs).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');
function find(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return find(path);
      return name.endsWith('.test.ts') ? [relative(root, path)] : [];
    });
}

const files = find(join(root, 'tests'));
const scratch = mkdtempSync(join(tmpdir(), 'baoku-tests-'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, TMPDIR: scratch } });
rmSync(scratch, { recursive: true, force: true });
process.exit(result.status ?? 1);
