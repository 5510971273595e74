/** 往期回顾: the years, each with its months and how many issues the archive holds. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/archive/index.html' };

export function render({ site }: TemplateData): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const body = html`<h1>往期回顾</h1>
<p>${site.model.paper}每周一、三、五出版。档案收录 ${site.model.issues.length} 期，选择年份和月份浏览。</p>
${[...site.model.years].reverse().map(
    (y) => html`<section class="year-block">
  <h2><a href="${u(y.url)}">${y.year}年</a> <span class="meta">${y.issueCount}期</span></h2>
  <ul class="month-list">${y.months.map((m) => html`<li>${m.issueCount ? html`<a href="${u(m.url)}">${m.month}月</a> <span class="meta">${m.issueCount}期</span>` : html`<span class="meta">${m.month}月 无</span>`}</li>`)}</ul>
</section>`,
  )}`;
  return layout({ site, path: '/archive/', title: `往期回顾 · ${site.model.paper}`, crumbs: [{ label: '往期回顾' }], body });
}
