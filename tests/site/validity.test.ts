/** One page of every type is valid HTML (html-validate's standard rules) and says its title once; sitemap and feed are well-formed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { fixtureSite, PAGE_OF_EACH_TYPE, sitemapPaths } from './site-fixture.ts';

/** The file a site path is served from. */
const pageFile = (output: string, path: string) => (path.endsWith('.html') ? join(output, path) : join(output, path, 'index.html'));

test('one page of each type validates', async () => {
  const site = await fixtureSite();
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const [type, path] of Object.entries(PAGE_OF_EACH_TYPE)) {
    const file = pageFile(site.output, path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    assert.deepEqual(problems, [], `${type} (${path})`);
  }
});

test('a page says its title once: no heading below the h1 repeats it', async () => {
  const site = await fixtureSite();
  const text = (h: string) => h.replace(/<[^>]*>/gu, '').trim();
  for (const [type, path] of Object.entries(PAGE_OF_EACH_TYPE)) {
    const file = pageFile(site.output, path);
    const page = readFileSync(file, 'utf8');
    const h1 = /<h1[^>]*>(.*?)<\/h1>/su.exec(page)?.[1];
    assert.ok(h1 !== undefined, `${type} (${path}) has an h1`);
    const below = [...page.matchAll(/<h[2-6][^>]*>(.*?)<\/h[2-6]>/gsu)].map((m) => text(m[1]!));
    assert.ok(!below.includes(text(h1)), `${type} (${path}) repeats its title "${text(h1)}" in a heading below the h1`);
  }
});

test('sitemap and feed are well-formed and list the archive', async () => {
  const site = await fixtureSite();
  const index = readFileSync(join(site.output, 'sitemap.xml'), 'utf8');
  assert.match(index, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n(<sitemap><loc>[^<]+<\/loc><lastmod>\d{4}-\d\d-\d\d<\/lastmod><\/sitemap>\n)+<\/sitemapindex>\n$/u);
  for (const [, path] of index.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/gu)) {
    assert.match(readFileSync(join(site.output, path!), 'utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n(<url><loc>[^<]+<\/loc>(<lastmod>\d{4}-\d\d-\d\d<\/lastmod>)?<\/url>\n)+<\/urlset>\n$/u, path);
  }
  const listed = sitemapPaths(site.output);
  assert.equal(new Set(listed).size, listed.length, 'each page once');
  const articles = site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles));
  for (const a of articles) assert.ok(listed.includes(a.url), `sitemap lists ${a.url}`);
  const feed = readFileSync(join(site.output, 'feed.xml'), 'utf8');
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/u);
  assert.equal(feed.match(/<entry>/gu)?.length, site.issues.length);
});

test('an article page, with its CSS, is under 30 KB', async () => {
  const site = await fixtureSite();
  const css = readFileSync(join(site.output, 'assets/site.css')).length;
  for (const a of site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles))) {
    const html = readFileSync(join(site.output, a.url, 'index.html')).length;
    assert.ok(html + css < 30 * 1024, `${a.url}: ${html} + ${css} bytes`);
  }
});
