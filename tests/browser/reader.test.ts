/**
 * A reader's path through the real built site in Debian's Chromium, at phone and desktop
 * width: home → calendar → issue → page → article → its continuation → reporter. Screenshots
 * of every step go to tests/output/ to be looked at. axe-core checks one page of each type.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';
import { fixtureSite, PAGE_OF_EACH_TYPE } from '../site/site-fixture.ts';
import { openSite, screenshot, type OpenSite } from './chromium.ts';

const shots = join(ROOT, 'tests/output');
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: OpenSite | undefined;
let browser: BrowserContext;
let base: string;

before(async () => {
  site = await openSite((await fixtureSite()).output);
  ({ browser, base } = site);
});

after(async () => {
  await site?.close();
});

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`a reader's path on ${name}: home → calendar → issue → page → article → continuation → reporter`, async () => {
    const page: Page = await browser.newPage();
    await page.setViewportSize(viewport);
    const shot = (step: string) => screenshot(page, join(shots, `reader-${name}-${step}.png`));
    await page.goto(`${base}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await shot('1-home');
    await page.click('.site-nav >> text=往期回顾');
    await page.click('text=2024年');
    assert.equal(new URL(page.url()).pathname, '/2024/');
    await shot('2-year');
    await page.click('a[aria-label="2024年4月1日 星期一 第37期"]');
    assert.equal(new URL(page.url()).pathname, '/2024/04/01/');
    assert.match(await page.textContent('h1') ?? '', /2024年4月1日 星期一 第37期/u);
    await shot('3-issue');
    await page.click('.page-tabs >> text=第1版');
    assert.equal(new URL(page.url()).pathname, '/2024/04/01/1/');
    await shot('4-page');
    await page.click('text=加快打造城市更新渝中样板');
    assert.equal(await page.textContent('h1'), '加快打造城市更新渝中样板');
    assert.equal(await page.textContent('.article-head .kicker'), '黄茂军调研城市更新工作时强调');
    // The 下转 part reads whole: the continuation is shown inline, marked, and linked.
    const continued = page.locator('section.continued');
    assert.match(await continued.textContent() ?? '', /续文 · 第2版城市更新要守住历史文脉/u);
    assert.match(await continued.textContent() ?? '', /让历史文脉与城市发展融荣共生/u);
    await shot('5-article');
    await continued.locator('a', { hasText: '第2版' }).click();
    assert.equal(new URL(page.url()).pathname, '/2024/04/01/2/2/');
    assert.match(await page.textContent('.continuation.from') ?? '', /上接第1版：加快打造城市更新渝中样板/u);
    await shot('6-continuation');
    await page.click('.continuation.from a');
    assert.equal(new URL(page.url()).pathname, '/2024/04/01/1/1/');
    await page.click('.byline a');
    assert.equal(decodeURIComponent(new URL(page.url()).pathname), '/reporters/李一/');
    assert.ok((await page.locator('.teaser .headline', { hasText: '加快打造城市更新渝中样板' }).count()) === 1);
    await shot('7-reporter');
    await page.close();
  });
}

test('axe-core finds no accessibility violations on one page of each type', async () => {
  const page = await browser.newPage();
  for (const [type, path] of Object.entries(PAGE_OF_EACH_TYPE)) {
    await page.goto(`${base}${encodeURI(path)}`);
    // Evaluated through the DevTools protocol: the page's content security policy (rightly) refuses an injected script tag.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // axe is injected above; the page has no types for it.
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${type} (${path})`);
  }
  await page.close();
});
