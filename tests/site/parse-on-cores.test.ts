/** Parsing on every core gives exactly the archive one thread gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { harvest } from '../../src/synth/material.ts';
import { generateArchive } from '../../src/synth/generate.ts';
import { readArchive } from '../../src/shell/read-archive.ts';
import { dealShares, readArchiveOnCores } from '../../src/shell/parse-on-cores.ts';
import { readSeed, seedFiles } from '../helpers.ts';

test('files are dealt into shares of about equal size, each in file order', () => {
  assert.deepEqual(dealShares([5, 1, 4, 2, 3], 2), [[0, 1, 3], [2, 4]]);
  assert.deepEqual(dealShares([1, 1, 1], 3), [[0], [1], [2]]);
  assert.deepEqual(dealShares([7], 2), [[0], []]);
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
