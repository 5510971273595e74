/** sitemap.xml: every issue, page, article, calendar and reporter page (and a reporter's years). */
import { html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ site }: TemplateData): string {
  const m = site.model;
  const entries: { path: string; date?: string }[] = [
    { path: '/' },
    { path: '/archive/' },
    { path: '/reporters/' },
    ...m.years.map((y) => ({ path: y.url })),
    ...m.months.map((mv) => ({ path: mv.url })),
    ...m.issues.map((i) => ({ path: i.url, date: i.issue.date })),
    ...m.pages.map((p) => ({ path: p.url, date: p.issue.id })),
    ...m.articles.map((a) => ({ path: a.article.url, date: a.issue.date })),
    ...m.reporters.map((r) => ({ path: r.url })),
    ...m.reporterYears.map((r) => ({ path: r.url })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => html`<url><loc>${absoluteUrl(e.path, site)}</loc>${e.date ? html`<lastmod>${e.date}</lastmod>` : ''}</url>\n`)}</urlset>`}\n`;
}
