/** One bench at a time: the lock waits for its holder, and a killed holder leaves no lock behind. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holdLock } from '../../scripts/bench-lock.ts';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'baoku-lock-')), 'bench.lock');

/** Resolves with what it resolves to, or with 'pending' if it has not resolved within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

test('a second bench waits, is told so, and takes the lock when the first gives it up', async () => {
  const path = lockFile();
  const first = await holdLock(path, () => assert.fail('the first bench found the lock free'));
  assert.ok(first, 'flock(1) is installed (util-linux)');
  let told = 0;
  const second = holdLock(path, () => told++);
  assert.equal(await within(second, 1500), 'pending');
  assert.equal(told, 1);
  first.release();
  const held = await within(second, 5000);
  assert.notEqual(held, 'pending');
  assert.equal(told, 1);
  (held as { release(): void }).release();
});

test('a bench killed while it holds the lock leaves none behind', async () => {
  const path = lockFile();
  const script = join(mkdtempSync(join(tmpdir(), 'baoku-lock-')), 'holder.mts');
  writeFileSync(script, `import { holdLock } from ${JSON.stringify(join(import.meta.dirname, '../../scripts/bench-lock.ts'))};\nawait holdLock(${JSON.stringify(path)}, () => {});\nconsole.log('held');\nsetTimeout(() => {}, 60_000);\n`);
  const holder = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  // The holder's first output, or its end if it failed before it took the lock.
  const first = await Promise.race([once(holder.stdout, 'data').then(([chunk]) => String(chunk).trim()), once(holder, 'exit').then(([code]) => `ended with ${String(code)}`)]);
  assert.equal(first, 'held');
  const mine = holdLock(path, () => {});
  assert.equal(await within(mine, 1000), 'pending', 'the holder has the lock');
  holder.kill('SIGKILL');
  const held = await within(mine, 5000);
  assert.notEqual(held, 'pending', 'the lock was given up when its holder was killed');
  (held as { release(): void }).release();
});
