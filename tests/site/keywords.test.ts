/** Article keywords: extracted in a worker thread, they are the keywords this thread extracts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { articleKeywords, headingLines, headlineMarkups, keywordText, prepareKeywords, setHeadline, type KeywordCache } from '../../src/shell/keywords.ts';
import { breakableHeadline } from '../../src/site/parts.ts';
import { readSeed, seedFiles } from '../helpers.ts';

/** The seed archive, parsed anew: keywords are remembered per parsed article object. */
const seedIssues = () => assembleIssues(seedFiles().map((n) => parseFile(readSeed(n), YUZHONG_DAILY)), YUZHONG_DAILY).issues;

test('keywords prepared in a worker thread are those extracted here, and the render reads them from the cache', async () => {
  const here = articleKeywords(seedIssues(), 8, new Map());
  const cache: KeywordCache = new Map();
  const issues = seedIssues();
  const set = await prepareKeywords(issues, cache, 8, 0);
  const articles = issues.flatMap((i) => i.pages.flatMap((p) => p.articles));
  // The headline blocks were set by the worker (none was set in this process before), as they are set here.
  const headlines = new Set(articles.flatMap(headingLines));
  assert.ok(articles.some((a) => a.kicker) && articles.some((a) => a.subtitles.length), 'kickers and subtitles are set too');
  assert.equal(set, headlines.size);
  assert.deepEqual(headlineMarkups(issues), new Map([...headlines].map((h) => [h, breakableHeadline(h, setHeadline(h)).value])));
  assert.equal(cache.size, new Set(articles.map(keywordText)).size);
  assert.ok([...here.values()].some((k) => k.length > 0), 'the seeds have keywords');
  assert.deepEqual(articleKeywords(issues, 8, cache), here);
  // An issue parsed anew (a preview's edit: new article objects) finds its keywords in the cache by its text.
  const marked: KeywordCache = new Map([...cache.keys()].map((text) => [text, [{ word: `标记${text.length}`, weight: 1 }]]));
  const again = seedIssues();
  const found = articleKeywords(again, 8, marked);
  for (const a of again.flatMap((i) => i.pages.flatMap((p) => p.articles))) assert.deepEqual(found.get(a.id), marked.get(keywordText(a)), a.id);
});

test('a small archive is left to the render stage', async () => {
  const cache: KeywordCache = new Map();
  assert.equal(await prepareKeywords(seedIssues(), cache), 0);
  assert.equal(cache.size, 0);
});

test('the text keywords are read from is the headline block and the story joined, cut at its lead', () => {
  const articles = seedIssues().flatMap((i) => i.pages.flatMap((p) => p.articles));
  for (const a of articles) {
    const whole = [a.kicker, a.headline, a.headline, ...a.subtitles, ...a.paragraphs].filter(Boolean).join('\n');
    assert.equal(keywordText(a), whole.slice(0, 600), a.id);
  }
  assert.ok(articles.some((a) => a.paragraphs.join('').length > 600), 'some stories are longer than the lead');
});
