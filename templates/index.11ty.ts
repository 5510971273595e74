/** Home: the latest issue's front page at a glance, recent issues, the way into the archive. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { calendarLegend, issueTitle, monthCalendar, teaser, type TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/index.html' };

export function render({ site }: TemplateData): string {
  const { model } = site;
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const latest = model.issues[0];
  const front = latest?.pages[0];
  const lastMonth = model.months[model.months.length - 1];
  const body = html`<h1 class="visually-hidden">${model.paper}数字报档案</h1>
${latest && front
    ? html`<section class="latest" aria-labelledby="latest-title">
  <h2 id="latest-title">最新一期 <a href="${u(latest.url)}">${issueTitle(latest.issue)}</a></h2>
  <p class="meta">${[latest.issue.lunarDate, latest.issue.totalNumber ? `总第${latest.issue.totalNumber}期` : null].filter(Boolean).join(' · ')} · <a href="${u(front.url)}">第${front.number}版</a></p>
  <ul class="teasers front">${front.articles.map((a) => teaser(a, site, { lead: true }))}</ul>
</section>`
    : html`<p>档案中还没有报纸。</p>`}
<div class="home-columns">
<section aria-labelledby="recent-title">
  <h2 id="recent-title">近期各期</h2>
  <ul class="issue-list">${model.issues.slice(0, 12).map(
    (iv) => html`<li><a href="${u(iv.url)}">${issueTitle(iv.issue)}</a> <span class="meta">收录第${iv.pages.map((p) => p.number).join('、')}版 · ${iv.pages.reduce((n, p) => n + p.articles.length, 0)}篇</span></li>`,
  )}</ul>
  <p><a href="${u('/archive/')}">往期回顾：按年月浏览全部 ${model.issues.length} 期 →</a></p>
</section>
${lastMonth ? html`<section aria-label="日历">${monthCalendar(lastMonth, site)}${calendarLegend(site.model.publicationDays)}</section>` : ''}
</div>`;
  return layout({ site, path: '/', title: `${model.paper}数字报档案`, description: `${model.paper}数字报档案：按日期、版面和文章浏览，共${model.issues.length}期、${model.articles.length}篇文章。`, body });
}
