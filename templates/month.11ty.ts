/** A month: its calendar and the issues it holds. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { calendarLegend, issueTitle, monthCalendar, monthTitle, type TemplateData } from '../src/site/parts.ts';
import { issueUrl, type MonthView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.months', size: 1, alias: 'mv' },
  permalink: (d: { mv: MonthView }) => `${d.mv.url}index.html`,
};

export function render({ site, mv }: TemplateData & { mv: MonthView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const issues = mv.weeks.flat().filter((c) => c?.issue).map((c) => c!.issue!);
  const title = monthTitle(mv);
  const body = html`<h1>${title}</h1>
${monthCalendar(mv, site, false)}
${calendarLegend(site.model.publicationDays)}
${issues.length
    ? html`<ul class="issue-list">${issues.map((i) => html`<li><a href="${u(issueUrl(i.id))}">${issueTitle(i)}</a></li>`)}</ul>`
    : html`<p>本月的报纸尚未收入档案。</p>`}
<nav class="pager" aria-label="上月和下月">
  ${mv.prevUrl ? html`<a rel="prev" href="${u(mv.prevUrl)}">← 上月</a>` : html`<span></span>`}
  ${mv.nextUrl ? html`<a rel="next" href="${u(mv.nextUrl)}">下月 →</a>` : html`<span></span>`}
</nav>`;
  return layout({ site, path: mv.url, title: `${title} · ${site.model.paper}往期`, crumbs: [{ label: '往期回顾', url: '/archive/' }, { label: `${mv.year}年`, url: `/${mv.year}/` }, { label: `${mv.month}月` }], body });
}
