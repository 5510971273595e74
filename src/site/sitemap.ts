/**
 * The sitemap, split into files a search engine takes. The sitemaps.org protocol allows at
 * most 50,000 URLs in one sitemap file; a 2,000-issue archive has about 60,000 pages, and it
 * grows three issues a week. So `/sitemap.xml` is a sitemap index, and the URLs are in one file
 * for what belongs to no year (home, archive, reporters) and one per year (its calendar,
 * issues, pages, articles and reporters' year pages): a past year's file then never changes,
 * and a crawler that reads the index's dates fetches only this year's again. A group over the
 * limit is cut into parts: `/sitemaps/2024.xml`, `/sitemaps/2024-2.xml`, ….
 */
import type { ArticleView, IssueView, MonthView, PageView, ReporterView, ReporterYearView, YearView } from './model.ts';
import { isoMonth } from '../core/dates.ts';
import { absoluteUrl } from './format.ts';
import { html } from './html.ts';

/** sitemaps.org: at most 50,000 URLs (and 50 MB) in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapEntry {
  /** A site path, `/2024/03/29/1/2/`. */
  path: string;
  /** The newest issue date the page shows (ISO), when it shows any. */
  lastmod: string | null;
}

export interface SitemapFile {
  /** `site` for the pages of no year, else the year, `2024`. */
  group: string;
  /** The file's site path, `/sitemaps/2024.xml`. */
  url: string;
  entries: SitemapEntry[];
  /** The newest lastmod of its entries. */
  lastmod: string | null;
}

/** What the sitemap lists: the site model's views (see model.ts). */
export interface SitemapSource {
  /** Newest first, as in the model. */
  issues: readonly IssueView[];
  pages: readonly PageView[];
  articles: readonly ArticleView[];
  reporters: readonly ReporterView[];
  reporterYears: readonly ReporterYearView[];
  years: readonly YearView[];
  months: readonly MonthView[];
}

function newer(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export function sitemapFiles(source: SitemapSource, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  const latest = source.issues[0]?.issue.date ?? null;
  // The newest issue of each year and month, for their calendar pages: the first met, issues being newest first.
  const newest = new Map<string, string>();
  for (const iv of source.issues) {
    for (const key of [iv.issue.date.slice(0, 4), iv.issue.date.slice(0, 7)]) if (!newest.has(key)) newest.set(key, iv.issue.date);
  }
  const groups = new Map<string, SitemapEntry[]>([['site', []]]);
  const add = (group: string, path: string, lastmod: string | null) => {
    const list = groups.get(group);
    if (list) list.push({ path, lastmod });
    else groups.set(group, [{ path, lastmod }]);
  };
  for (const path of ['/', '/archive/', '/reporters/']) add('site', path, latest);
  for (const r of source.reporters) add('site', r.url, r.articles[0]?.issueId ?? null);
  // Within a year: its calendar, then its issues, pages and articles, oldest first.
  for (const y of [...source.years].sort((a, b) => a.year - b.year)) add(String(y.year), y.url, newest.get(String(y.year)) ?? null);
  for (const m of [...source.months].sort((a, b) => a.year - b.year || a.month - b.month)) add(String(m.year), m.url, newest.get(isoMonth(m.year, m.month)) ?? null);
  const oldestFirst = [...source.issues].reverse();
  for (const iv of oldestFirst) add(iv.issue.date.slice(0, 4), iv.url, iv.issue.date);
  for (const pv of source.pages) add(pv.issue.date.slice(0, 4), pv.url, pv.issue.date);
  for (const av of source.articles) add(av.issue.date.slice(0, 4), av.article.url, av.issue.date);
  for (const ry of source.reporterYears) add(ry.year, ry.url, ry.articles[0]?.issueId ?? null);
  const files: SitemapFile[] = [];
  const order = ['site', ...[...groups.keys()].filter((g) => g !== 'site').sort()];
  for (const group of order) {
    const entries = groups.get(group)!;
    for (let start = 0, part = 1; start < entries.length; start += limit, part++) {
      const slice = entries.slice(start, start + limit);
      files.push({
        group,
        url: `/sitemaps/${group}${part > 1 ? `-${part}` : ''}.xml`,
        entries: slice,
        lastmod: slice.reduce<string | null>((d, e) => newer(d, e.lastmod), null),
      });
    }
  }
  return files;
}

/**
 * A sitemap document: the index, naming the files (`sitemapindex` of `sitemap`), or one file,
 * naming pages (`urlset` of `url`); each item its absolute URL and, when known, its date.
 */
export function sitemapXml(kind: 'index' | 'file', items: readonly SitemapEntry[], site: { siteUrl: string; pathPrefix: string }): string {
  const [root, item] = kind === 'index' ? ['sitemapindex', 'sitemap'] : ['urlset', 'url'];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${html`<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.map((e) => html`<${item}><loc>${absoluteUrl(e.path, site)}</loc>${e.lastmod ? html`<lastmod>${e.lastmod}</lastmod>` : ''}</${item}>\n`)}</${root}>`}\n`;
}
