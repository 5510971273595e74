/**
 * The built site from the seeds: the data API, a page per issue, page and article, every
 * internal link resolving (with and without a path prefix), and hostile text escaped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../../src/shell/build.ts';
import { ROOT } from '../helpers.ts';
import { escapeHtml } from '../../src/site/html.ts';
import { headlineOf } from './site-fixture.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every href/src in the site that points inside it must name a file that exists. */
function brokenLinks(out: string, prefix: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/gu)) {
      const url = m[1]!;
      if (/^[a-z]+:/u.test(url)) continue;
      assert.ok(url.startsWith(prefix), `${relative(out, file)} links ${url} outside the prefix ${prefix}`);
      const path = join(out, decodeURIComponent(url.slice(prefix.length)));
      const target = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
      if (!existsSync(target)) broken.push(`${relative(out, file)} → ${url}`);
    }
  }
  return broken;
}

const out = mkdtempSync(join(tmpdir(), 'baoku-site-'));
const result = await buildSite({ input: 'seeds', output: out, root: ROOT });

test('the data API lists every issue and holds each one whole', () => {
  const list = JSON.parse(readFileSync(join(out, 'api/issues.json'), 'utf8')) as { id: string; url: string; pages: number[] }[];
  assert.deepEqual(list.map((i) => i.id), result.issues.map((i) => i.issue.id));
  for (const entry of list) {
    const whole = JSON.parse(readFileSync(join(out, 'api/issues', `${entry.id}.json`), 'utf8'));
    assert.deepEqual(Object.keys(whole), ['issue', 'pages', 'messages']);
    assert.deepEqual(Object.keys(whole.issue).slice(0, 8), ['id', 'paper', 'date', 'weekday', 'lunarDate', 'number', 'totalNumber', 'pageCount']);
    const article = whole.pages[0].articles[0];
    for (const key of ['id', 'url', 'kicker', 'headline', 'subtitles', 'byline', 'reporters', 'date', 'paragraphs', 'crossheads', 'captions', 'continuedTo', 'continuedFrom', 'continuation']) {
      assert.ok(key in article, `article field ${key}`);
    }
  }
});

test('every issue, page and article has its page, and the home page lists the issues', () => {
  for (const issue of result.issues) {
    assert.ok(existsSync(join(out, issue.issue.id.replaceAll('-', '/'), 'index.html')));
    for (const page of issue.pages) {
      for (const a of page.articles) {
        const html = readFileSync(join(out, a.url, 'index.html'), 'utf8');
        if (a.headline) assert.equal(headlineOf(html), escapeHtml(a.headline), `${a.id} shows its headline`);
        for (const p of a.paragraphs) assert.ok(html.includes(escapeHtml(p)), `${a.id} shows all its text`);
      }
    }
  }
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(home, /2024年3月29日 星期五 第36期/u);
});

test('each reporter has a page with the latest articles and a page per year that together list them all', () => {
  const byReporter = new Map<string, string[]>();
  for (const i of result.issues) for (const p of i.pages) for (const a of p.articles) for (const r of a.reporters) byReporter.set(r, [...(byReporter.get(r) ?? []), a.url]);
  assert.ok(byReporter.size > 5);
  const hrefs = (path: string, pattern: RegExp) => [...readFileSync(join(out, path, 'index.html'), 'utf8').matchAll(pattern)].map((m) => decodeURIComponent(m[1]!));
  const articlesOn = (path: string) => hrefs(path, /<a class="headline" href="([^"]+)"/gu);
  for (const [name, urls] of byReporter) {
    const years = hrefs(`reporters/${name}`, /<a href="([^"]+)">\d{4}年<\/a>/gu).map((u) => u.split('/')[3]!);
    assert.deepEqual(years, [...new Set(urls.map((u) => u.slice(1, 5)))].sort().reverse(), `${name}: every year with an article, newest first`);
    assert.equal(articlesOn(`reporters/${name}`).length, Math.min(30, urls.length), `${name}: the latest articles, at most 30`);
    assert.deepEqual(years.flatMap((y) => articlesOn(`reporters/${name}/${y}`)).sort(), [...urls].sort(), `${name}: the year pages list every article once`);
  }
});

test('no internal link is broken', () => {
  assert.ok(htmlFiles(out).length > 40);
  assert.deepEqual(brokenLinks(out, '/'), []);
});

test('under a path prefix every link carries the prefix and still resolves', async () => {
  const prefixed = mkdtempSync(join(tmpdir(), 'baoku-prefix-'));
  await buildSite({ input: 'seeds', output: prefixed, root: ROOT, pathPrefix: '/baoku/' });
  assert.equal(htmlFiles(prefixed).length, htmlFiles(out).length);
  assert.deepEqual(brokenLinks(prefixed, '/baoku/'), []);
});

test('a headline with <script> and quotes comes out escaped everywhere', async () => {
  const input = mkdtempSync(join(tmpdir(), 'baoku-hostile-'));
  mkdirSync(join(input, 'seeds'));
  writeFileSync(
    join(input, 'seeds', 'hostile.txt'),
    [
      '---',
      'date: 2024-04-01',
      'page: 1',
      '---',
      '区委召开<script>alert("x")</script>会议 "引号" & 符号',
      '',
      '本报讯(记者李一)3月29日，区委召开会议<img src=x onerror=alert(1)>，研究部署工作。',
    ].join('\n'),
  );
  const built = await buildSite({ input: join(input, 'seeds'), output: join(input, '_site'), root: ROOT });
  const a = built.issues[0]!.pages[0]!.articles[0]!;
  assert.equal(a.headline, '区委召开<script>alert("x")</script>会议 "引号" & 符号');
  for (const file of htmlFiles(join(input, '_site'))) {
    const html = readFileSync(file, 'utf8');
    assert.ok(!html.includes('<script>alert'), `${file} has a live script`);
    assert.ok(!html.includes('<img src=x'), `${file} has a live img`);
  }
  const page = readFileSync(join(input, '_site', a.url, 'index.html'), 'utf8');
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(page.includes('\\u003cscript>'), 'JSON-LD escapes <');
});
