/** Article keywords: extracted in a worker thread, they are the keywords this thread extracts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { articleKeywords, keywordText, prepareKeywords, type KeywordCache } from '../../src/shell/keywords.ts';
import { readSeed, seedFiles } from '../helpers.ts';

/** The seed archive, parsed anew: keywords are remembered per parsed article object. */
const seedIssues = () => assembleIssues(seedFiles().map((n) => parseFile(readSeed(n), YUZHONG_DAILY)), YUZHONG_DAILY).issues;

test('keywords prepared in a worker thread are those extracted here, and the render reads them from the cache', async () => {
  const here = articleKeywords(seedIssues(), 8, new Map());
  const cache: KeywordCache = new Map();
  const issues = seedIssues();
  await prepareKeywords(issues, cache, 8, 0);
  const articles = issues.flatMap((i) => i.pages.flatMap((p) => p.articles));
  assert.equal(cache.size, new Set(articles.map(keywordText)).size);
  assert.ok([...here.values()].some((k) => k.length > 0), 'the seeds have keywords');
  assert.deepEqual(articleKeywords(issues, 8, cache), here);
});

test('a small archive is left to the render stage', async () => {
  const cache: KeywordCache = new Map();
  await prepareKeywords(seedIssues(), cache);
  assert.equal(cache.size, 0);
});
