/**
 * The five seeds against their hand-checked golden files, and the conservation law on each:
 * every non-blank character except the 下转/上接 markers lands in exactly one field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { conservation } from '../../src/core/conservation.ts';
import { articleSummary, readSeed, ROOT, seedFiles } from '../helpers.ts';
import { goldenOf } from '../golden/golden.ts';

const files = seedFiles().map((name) => parseFile(readSeed(name), YUZHONG_DAILY));
const { issues } = assembleIssues(files, YUZHONG_DAILY);

test('there are five seeds, kept verbatim from shared/seeds', () => {
  assert.equal(seedFiles().length, 5);
  for (const name of seedFiles()) {
    const shared = join(ROOT, '..', 'shared', 'seeds', name);
    let original: Buffer | null = null;
    try {
      original = readFileSync(shared);
    } catch {
      original = null; // shared/ is beside the project on developer machines and in CI
    }
    if (original) assert.ok(original.equals(readSeed(name).bytes), `${name} differs from shared/seeds`);
  }
});

for (const name of seedFiles()) {
  test(`seed ${name} parses as its golden file says`, () => {
    const golden = JSON.parse(readFileSync(join(ROOT, 'tests/golden', name.replace(/\.txt$/u, '.json')), 'utf8'));
    assert.deepEqual(goldenOf(issues, `seeds/${name}`, articleSummary), golden);
  });

  test(`seed ${name} loses no text`, () => {
    const issue = issues.find((i) => i.pages.some((p) => p.source === `seeds/${name}`))!;
    for (const page of issue.pages) assert.deepEqual(conservation(page.original, page), { missing: '', extra: '' });
  });
}

test('the lead articles of seeds 000 and 001 keep no invented headline, with a message', () => {
  for (const name of ['000_2837924d874845ac.txt', '001_4d24fb749a2e6f82.txt']) {
    const issue = issues.find((i) => i.pages.some((p) => p.source === `seeds/${name}`))!;
    const lead = issue.pages[0]!.articles[0]!;
    assert.equal(lead.headline, null);
    assert.equal(lead.kicker, null);
    assert.ok(issue.messages.some((m) => m.code === 'headline-missing' && m.line === lead.lines.from));
  }
});

test('no furniture is reported as an article: every seed article has body text', () => {
  for (const issue of issues) for (const page of issue.pages) for (const a of page.articles) assert.ok(a.paragraphs.join('').length > 40, a.id);
});
