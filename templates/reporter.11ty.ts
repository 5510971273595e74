/** One reporter: their articles, newest first. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { refTeaser, type TemplateData } from '../src/site/parts.ts';
import type { ReporterView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.reporters', size: 1, alias: 'rv' },
  permalink: (d: { rv: ReporterView }) => `${d.rv.url}index.html`,
};

export function render({ site, rv }: TemplateData & { rv: ReporterView }): string {
  const body = html`<h1>记者 ${rv.name}</h1>
<p class="meta">档案中署名的报道 ${rv.articles.length} 篇，按日期由新到旧。</p>
<ul class="teasers">${rv.articles.map((r) => refTeaser(r, site))}</ul>`;
  return layout({ site, path: rv.url, title: `记者${rv.name}的报道 · ${site.model.paper}`, crumbs: [{ label: '记者', url: '/reporters/' }, { label: rv.name }], body });
}
