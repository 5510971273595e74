/**
 * Runs every `tests/**\/*.test.ts` with Node's test runner (Node 20 does not expand globs
 * itself). Extra arguments are passed on, e.g. `npm test -- --test-name-pattern=seed`.
 */
import { readdirSync, statSync } from 'node:fs';
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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
