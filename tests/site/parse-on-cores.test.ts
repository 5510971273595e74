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
import { readArchiveOnCores } from '../../src/shell/parse-on-cores.ts';
import { BATCH_FILES, parseFromQueue } from '../../src/shell/parse-queue.ts';
import { bundleWorker, runBundledWorker } from '../../src/shell/ts-worker.ts';
import type { ParsedFile } from '../../src/core/index.ts';
import { readSeed, ROOT, SEEDS, seedFiles } from '../helpers.ts';

test('each file is taken from the shared queue once: a thread goes on where the others left off', () => {
  const paths = seedFiles().map((n) => join(SEEDS, n));
  const next = new Int32Array(new SharedArrayBuffer(4));
  next[0] = 2; // two files already taken by another thread
  const taken = parseFromQueue(paths, next, ROOT, YUZHONG_DAILY);
  assert.deepEqual(taken.map(([k]) => k), [2, 3, 4]);
  assert.deepEqual(taken.map(([, f]) => f.file), paths.slice(2).map((p) => relative(ROOT, p)));
  assert.deepEqual(parseFromQueue(paths, next, ROOT, YUZHONG_DAILY), [], 'the queue is empty for the next thread');
  next[0] = 0;
  assert.deepEqual(parseFromQueue(paths, next, ROOT, YUZHONG_DAILY, 2).map(([k]) => k), [0, 1], 'at most `max` files at a time');
  assert.equal(next[0], 2);
});

test('a parse worker, bundled, posts its files in batches as it goes, then how many it parsed', async () => {
  // More than one batch: the files of the seeds, several times over.
  const paths = Array.from({ length: BATCH_FILES + 4 }, (_, k) => join(SEEDS, seedFiles()[k % seedFiles().length]!));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const parts: [number, ParsedFile][][] = [];
  const bundle = await bundleWorker(new URL('../../src/shell/parse-worker.ts', import.meta.url));
  const count = await runBundledWorker<number, [number, ParsedFile][]>(bundle, { paths, next, root: ROOT, profile: YUZHONG_DAILY }, 'a parse worker', (part) => parts.push(part));
  assert.equal(count, paths.length);
  assert.deepEqual(parts.map((p) => p.length), [BATCH_FILES, 4], 'batches of BATCH_FILES, every one before the count');
  assert.deepEqual(parts.flat().map(([k]) => k), paths.map((_, k) => k));
  assert.deepEqual(parts.flat()[7]![1], parseFile(readSeed(seedFiles()[7 % seedFiles().length]!), YUZHONG_DAILY));
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

test('a worker that imports a package is refused a bundle, by name', async () => {
  // keyword-worker.ts imports nodejieba, which a script run from a data: URL cannot find.
  await assert.rejects(bundleWorker(new URL('../../src/shell/keyword-worker.ts', import.meta.url)), /keyword-worker\.ts imports .*nodejieba.*runInWorker instead/u);
});
