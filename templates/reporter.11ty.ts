/**
 * One reporter: how many articles, year by year (each year a page of its own), and the latest
 * ones. A reporter of many years has thousands of articles: one list of them all would be a
 * page of megabytes.
 */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { refTeaser, reporterYearList, type TemplateData } from '../src/site/parts.ts';
import type { ReporterView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.reporters', size: 1, alias: 'rv' },
  permalink: (d: { rv: ReporterView }) => `${d.rv.url}index.html`,
};

/** How many of the latest articles the reporter's page lists; the year pages list them all. */
export const LATEST = 30;

export function render({ site, rv }: TemplateData & { rv: ReporterView }): string {
  const latest = rv.articles.slice(0, LATEST);
  const body = html`<h1>记者 ${rv.name}</h1>
<p class="meta">档案中署名的报道 ${rv.articles.length} 篇。</p>
${reporterYearList(rv, site)}
<h2>${latest.length < rv.articles.length ? `最新 ${latest.length} 篇` : '全部报道'}</h2>
<ul class="teasers">${latest.map((r) => refTeaser(r, site))}</ul>
${latest.length < rv.articles.length ? html`<p>更早的报道见上面各年份。</p>` : ''}`;
  return layout({ site, path: rv.url, title: `记者${rv.name}的报道 · ${site.model.paper}`, crumbs: [{ label: '记者', url: '/reporters/' }, { label: rv.name }], body });
}
