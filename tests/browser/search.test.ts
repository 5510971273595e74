/**
 * Search in the real built site: type a name, filter, sort, open a result, see the highlight.
 * Every result shown must contain what was typed; a query with no match says so.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { BuildResult } from '../../src/shell/build.ts';
import { ROOT } from '../helpers.ts';
import { fixtureSite } from '../site/site-fixture.ts';
import { openSite, screenshot, type OpenSite } from './chromium.ts';
import { articleSearchText } from '../../src/search/records.ts';

let opened: OpenSite | undefined;
let browser: BrowserContext;
let base: string;
let articles: { url: string; text: string }[] = [];
let site: BuildResult;

before(async () => {
  site = await fixtureSite();
  articles = site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => ({ url: a.url, text: articleSearchText(a) }))));
  opened = await openSite(site.output);
  ({ browser, base } = opened);
});

after(async () => {
  await opened?.close();
});

async function resultsFor(query: string, extra = ''): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search][data-state="ready"]', { timeout: 20000 });
  // Load every page of results.
  while (await page.isVisible('[data-more]')) {
    await page.click('[data-more]');
    await page.waitForSelector('[data-search][data-state="ready"]');
  }
  const urls = await page.$$eval('[data-results] a.headline', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.close();
  return urls;
}

for (const query of ['黄茂军', '茂军', '解放碑', '天门', '碑', '营商环境', '新质生产力', '李传芳', '朝天门']) {
  test(`searching “${query}” finds every article containing it, and only those`, async () => {
    const expected = articles.filter((a) => a.text.replace(/\s+/gu, '').includes(query)).map((a) => a.url).sort();
    assert.deepEqual((await resultsFor(query)).sort(), expected);
  });
}

test('a query with no match says so', async () => {
  assert.deepEqual(await resultsFor('量子计算机'), []);
});

test('filters and sort: by year, month, page and reporter, newest first', async () => {
  const all = await resultsFor('黄茂军');
  const in2024 = await resultsFor('黄茂军', '&year=2024');
  assert.ok(in2024.length > 0 && in2024.length < all.length);
  assert.ok(in2024.every((u) => u.startsWith('/2024/')));
  const inMarch = await resultsFor('黄茂军', '&month=03');
  assert.ok(inMarch.length > 0 && inMarch.every((u) => u.slice(6, 8) === '03'));
  const onPage1 = await resultsFor('黄茂军', '&page=1');
  assert.deepEqual(onPage1.sort(), all.filter((u) => u.split('/')[4] === '1').sort());
  const byReporter = await resultsFor('渝中', '&reporter=李传芳');
  const expected = site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.filter((a) => a.reporters.includes('李传芳') && articleSearchText(a).replace(/\s+/gu, '').includes('渝中')).map((a) => a.url)));
  assert.ok(expected.length > 0);
  assert.deepEqual(byReporter.sort(), expected.sort());
  const byDate = await resultsFor('黄茂军', '&sort=date');
  const dates = byDate.map((u) => u.slice(1, 11));
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.deepEqual([...byDate].sort(), [...all].sort());
});

for (const [name, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } })) {
  test(`the reader's search path on ${name}: type in the header box, open a result, see the highlight`, async () => {
    const page = await browser.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${base}/`);
    await page.fill('#site-q', '解放碑');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-results] a.headline');
    await screenshot(page, join(ROOT, 'tests/output', `search-${name}-results.png`));
    await page.click('[data-results] a.headline');
    await page.waitForSelector('mark');
    assert.ok((await page.$$eval('mark', (ms) => ms.map((m) => m.textContent))).every((t) => t === '解放碑'));
    await screenshot(page, join(ROOT, 'tests/output', `search-${name}-article.png`));
    await page.close();
  });
}

test('a term across a break opportunity in a headline is marked there too', async () => {
  const url = '/2024/03/29/1/2/';
  const served = await (await fetch(`${base}${url}`)).text();
  assert.match(served, /<h1>.*建设<wbr>新时代/u, 'the headline may break inside the term');
  const page = await browser.newPage();
  await page.goto(`${base}${url}?q=${encodeURIComponent('建设新时代')}`);
  await page.waitForSelector('h1 mark');
  assert.deepEqual(await page.$$eval('h1 mark', (ms) => ms.map((m) => m.textContent)), ['建设新时代']);
  await page.close();
});
