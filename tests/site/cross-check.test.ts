/**
 * One archive, one set of articles: the parsed issues, the article pages written, the links
 * from the page (版) views, the sitemap, the feed, the JSON API and the search index must
 * all name exactly the same article URLs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixtureSite, siteFiles, sitemapPaths } from './site-fixture.ts';
import { articleSearchText } from '../../src/search/records.ts';

const ARTICLE_URL = /^\/\d{4}\/\d{2}\/\d{2}\/\d+\/\d+\/$/u;
const sorted = (urls: Iterable<string>) => [...new Set(urls)].sort();

test('pages, links, sitemap, feed, JSON API and search index agree on the same articles', async () => {
  const site = await fixtureSite();
  const files = siteFiles(site.output);
  const parsed = sorted(site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => a.url))));
  const count = site.issues.reduce((n, i) => n + i.pages.reduce((k, p) => k + p.articles.length, 0), 0);
  assert.equal(parsed.length, count, 'article URLs are unique');
  assert.ok(count > 40);

  const written = sorted([...files.keys()].filter((p) => /^\d{4}\/\d{2}\/\d{2}\/\d+\/\d+\/index\.html$/u.test(p)).map((p) => `/${p.replace(/index\.html$/u, '')}`));
  const linkedFromPages = sorted(
    [...files]
      .filter(([p]) => /^\d{4}\/\d{2}\/\d{2}\/\d+\/index\.html$/u.test(p))
      .flatMap(([, bytes]) => [...bytes.toString('utf8').matchAll(/href="([^"]+)"/gu)].map((m) => m[1]!))
      .filter((u) => ARTICLE_URL.test(u)),
  );
  const sitemap = sorted(sitemapPaths(site.output).filter((u) => ARTICLE_URL.test(u)));
  const feed = sorted([...readFileSync(join(site.output, 'feed.xml'), 'utf8').matchAll(/href=&quot;https?:\/\/[^/&]+(\/[^&]*)&quot;/gu)].map((m) => m[1]!).filter((u) => ARTICLE_URL.test(u)));
  const list = JSON.parse(readFileSync(join(site.output, 'api/issues.json'), 'utf8')) as { id: string }[];
  const api = sorted(
    list.flatMap((entry) => (JSON.parse(readFileSync(join(site.output, 'api/issues', `${entry.id}.json`), 'utf8')) as { pages: { articles: { url: string }[] }[] }).pages.flatMap((p) => p.articles.map((a) => a.url))),
  );
  // Pagefind fragments: gzip, a `pagefind_dcd` signature, then the record as JSON. Each
  // names the file holding its article's text, which must be there and be that article's.
  const fragments = [...files]
    .filter(([p]) => /^pagefind\/\d{4}\/fragment\/.*\.pf_fragment$/u.test(p))
    .map(([, bytes]) => JSON.parse(gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/u, '')) as { url: string; meta: { text: string } });
  const searchIndex = sorted(fragments.map((f) => f.url));
  const texts = new Map(site.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => [a.url, articleSearchText(a)] as const))));
  for (const f of fragments) assert.equal(gunzipSync(files.get(f.meta.text.slice(1))!).toString('utf8'), texts.get(f.url), `${f.url}: its text file`);
  const textFiles = [...files.keys()].filter((p) => /^pagefind\/\d{4}\/text\//u.test(p));
  assert.equal(textFiles.length, count, 'one text file per article, no stale ones');

  // The search page fetches one year's WebAssembly for every year's index: they must be the same.
  const wasm = [...files].filter(([p]) => /^pagefind\/\d{4}\/wasm\.[\w-]+\.pagefind$/u.test(p));
  assert.ok(wasm.length >= 2);
  for (const [path, bytes] of wasm) assert.ok(bytes.equals(wasm[0]![1]), `${path} is the same WebAssembly as ${wasm[0]![0]}`);
  assert.ok(site.issues.length <= 20, 'the feed lists the latest 20 issues: all of this archive');
  for (const [name, urls] of Object.entries({ written, linkedFromPages, sitemap, feed, api, searchIndex })) {
    assert.deepEqual(urls, parsed, `${name} names the same ${count} articles`);
  }
});
