/** A year: its month calendars. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { calendarLegend, monthCalendar, type TemplateData } from '../src/site/parts.ts';
import type { YearView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.years', size: 1, alias: 'yv' },
  permalink: (d: { yv: YearView }) => `${d.yv.url}index.html`,
};

export function render({ site, yv }: TemplateData & { yv: YearView }): string {
  const body = html`<h1>${yv.year}年</h1>
<p class="meta">本年档案收录${yv.issueCount}期。</p>
${calendarLegend(site.model.publicationDays)}
<div class="months">${yv.months.map((m) => monthCalendar(m, site))}</div>`;
  return layout({ site, path: yv.url, title: `${yv.year}年 · ${site.model.paper}往期`, crumbs: [{ label: '往期回顾', url: '/archive/' }, { label: `${yv.year}年` }], body });
}
