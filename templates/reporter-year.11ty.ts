/** One reporter's articles of one year, newest first, with the other years a click away. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { refTeaser, reporterYearList, type TemplateData } from '../src/site/parts.ts';
import type { ReporterYearView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.reporterYears', size: 1, alias: 'ry' },
  permalink: (d: { ry: ReporterYearView }) => `${d.ry.url}index.html`,
};

export function render({ site, ry }: TemplateData & { ry: ReporterYearView }): string {
  const years = site.model.reporters.find((r) => r.name === ry.name)?.years ?? [];
  const body = html`<h1>记者 ${ry.name} · ${ry.year}年</h1>
<p class="meta">${ry.year}年署名的报道 ${ry.articles.length} 篇，按日期由新到旧。</p>
${reporterYearList({ name: ry.name, years }, site, ry.year)}
<ul class="teasers">${ry.articles.map((r) => refTeaser(r, site))}</ul>`;
  return layout({ site, path: ry.url, title: `记者${ry.name}的${ry.year}年报道 · ${site.model.paper}`, crumbs: [{ label: '记者', url: '/reporters/' }, { label: ry.name, url: ry.reporterUrl }, { label: `${ry.year}年` }], body });
}
