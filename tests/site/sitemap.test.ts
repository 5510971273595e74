/** The sitemap's files: every page of the site listed once, a file for no year and one per year, none over the limit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { sitemapFiles, type SitemapFile } from '../../src/site/sitemap.ts';
import { readSeed, ROOT, seedFiles } from '../helpers.ts';

const inputs = [...seedFiles().map(readSeed), { file: 'tests/fixtures/issue-2024-04-01.txt', bytes: readFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt')) }];
const issues = assembleIssues(inputs.map((f) => parseFile(f, YUZHONG_DAILY)), YUZHONG_DAILY).issues;
const model = buildSiteModel(issues, { paper: YUZHONG_DAILY.name, publicationDays: YUZHONG_DAILY.publicationDays });
const paths = (files: readonly SitemapFile[]) => files.flatMap((f) => f.entries.map((e) => e.path));
const sorted = (list: string[]) => [...list].sort();

test('every page a reader can reach is listed, once', () => {
  const pages = [
    ['/', '/archive/', '/reporters/'],
    model.years.map((y) => y.url),
    model.months.map((m) => m.url),
    model.issues.map((i) => i.url),
    model.pages.map((p) => p.url),
    model.articles.map((a) => a.article.url),
    model.reporters.map((r) => r.url),
    model.reporterYears.map((r) => r.url),
  ].flat();
  assert.deepEqual(sorted(paths(model.sitemaps)), sorted(pages));
});

test('one file for the pages of no year and one per year, each dated by its newest issue', () => {
  const years = [...new Set(issues.map((i) => i.issue.date.slice(0, 4)))].sort();
  assert.deepEqual(model.sitemaps.map((f) => f.url), ['/sitemaps/site.xml', ...years.map((y) => `/sitemaps/${y}.xml`)]);
  const newest = (prefix: string) => issues.map((i) => i.issue.date).filter((d) => d.startsWith(prefix)).sort().at(-1);
  for (const f of model.sitemaps) {
    assert.equal(f.lastmod, newest(f.group === 'site' ? '' : f.group), f.url);
    if (f.group === 'site') continue;
    for (const e of f.entries) assert.ok(e.path.startsWith(`/${f.group}/`) || (e.path.startsWith('/reporters/') && e.path.endsWith(`/${f.group}/`)), `${e.path} in ${f.url}`);
  }
  // An article is dated by its issue, a calendar page by the newest issue it shows.
  const article = model.articles[0]!;
  const listed = model.sitemaps.flatMap((f) => f.entries).find((e) => e.path === article.article.url);
  assert.equal(listed?.lastmod, article.issue.date);
  const month = model.months.find((m) => m.issueCount > 0)!;
  const monthPrefix = `${month.year}-${String(month.month).padStart(2, '0')}`;
  assert.equal(model.sitemaps.flatMap((f) => f.entries).find((e) => e.path === month.url)?.lastmod, newest(monthPrefix));
});

test('a file over the limit is cut into parts of at most the limit, nothing lost or moved between years', () => {
  const cut = sitemapFiles(model, 10);
  assert.ok(cut.length > model.sitemaps.length, 'the fixture archive has files over ten pages');
  for (const f of cut) assert.ok(f.entries.length > 0 && f.entries.length <= 10, `${f.url}: ${f.entries.length}`);
  assert.deepEqual(paths(cut), paths(model.sitemaps));
  const biggest = model.sitemaps.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
  const parts = cut.filter((f) => f.group === biggest.group).map((f) => f.url);
  assert.deepEqual(parts, Array.from({ length: Math.ceil(biggest.entries.length / 10) }, (_, k) => `/sitemaps/${biggest.group}${k > 0 ? `-${k + 1}` : ''}.xml`));
});
