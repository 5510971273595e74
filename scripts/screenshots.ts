/**
 * `npm run screenshots [-- URL …]`: serve the built site and save phone and desktop
 * screenshots of a reader's path to tests/output/, to look at before calling work done.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, screenshot } from '../tests/browser/chromium.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/2024/03/29/', '/2024/03/29/1/', '/2024/03/29/1/2/', '/2023/12/25/1/1/'];
const out = join(import.meta.dirname, '..', 'tests/output');
mkdirSync(out, { recursive: true });
const site = await openSite(join(import.meta.dirname, '..', '_site'));
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  const page = await site.browser.newPage();
  await page.setViewportSize(viewport);
  for (const p of paths) {
    await page.goto(`${site.base}${p}`);
    // A search page shows its results after the page loads: wait until the first batch is in.
    if (p.startsWith('/search/')) await page.waitForSelector('[data-search][data-state="ready"]');
    const file = join(out, `${name}${p.replaceAll('/', '_')}.png`);
    await screenshot(page, file);
    console.log(file);
  }
  await page.close();
}
await site.close();
