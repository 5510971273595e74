/** Parsing on every core gives exactly the archive one thread gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { harvest } from '../../src/synth/material.ts';
import { generateArchive } from '../../src/synth/generate.ts';
import { readArchive } from '../../src/shell/read-archive.ts';
import { parseFromQueue, readArchiveOnCores } from '../../src/shell/parse-on-cores.ts';
import { readSeed, ROOT, SEEDS, seedFiles } from '../helpers.ts';

test('each file is taken from the shared queue once: a thread goes on where the others left off', () => {
  const paths = seedFiles().map((n) => join(SEEDS, n));
  const next = new Int32Array(new SharedArrayBuffer(4));
  next[0] = 2; // two files already taken by another thread
  const taken = parseFromQueue(paths, next, ROOT, YUZHONG_DAILY);
  assert.deepEqual(taken.map(([k]) => k), [2, 3, 4]);
  assert.deepEqual(taken.map(([, f]) => f.file), paths.slice(2).map((p) => relative(ROOT, p)));
  assert.deepEqual(parseFromQueue(paths, next, ROOT, YUZHONG_DAILY), [], 'the queue is empty for the next thread');
});

test('an archive parsed by worker threads is the archive parsed by one thread, in the same order', async () => {
  const seeds = assembleIssues(seedFiles().map((n) => parseFile(readSeed(n), YUZHONG_DAILY)), YUZHONG_DAILY).issues;
  const { files } = generateArchive(harvest(seeds), { issues: 12, seed: 4 });
  const dir = mkdtempSync(join(tmpdir(), 'baoku-cores-'));
  mkdirSync(join(dir, 'issues'));
  for (const f of files) writeFileSync(join(dir, 'issues', f.name), f.text);
  const one = readArchive(join(dir, 'issues'), YUZHONG_DAILY, dir);
  const three = await readArchiveOnCores(join(dir, 'issues'), YUZHONG_DAILY, dir, { cores: 3, minBytes: 0 });
  assert.ok(one.issues.length === 12 && one.files.length > 12);
  assert.deepEqual(three, one);
});
