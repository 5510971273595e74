/** Issue (期): masthead facts and the pages held, with their articles. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { issueTitle, teaser, type TemplateData } from '../src/site/parts.ts';
import type { IssueView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.issues', size: 1, alias: 'iv' },
  permalink: (d: { iv: IssueView }) => `${d.iv.url}index.html`,
};

export function render({ site, iv }: TemplateData & { iv: IssueView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const i = iv.issue;
  const title = issueTitle(i.date, i.number);
  const body = html`<h1>${site.model.paper} ${title}</h1>
<p class="meta">${[i.lunarDate, i.totalNumber ? `总第${i.totalNumber}期` : null, i.pageCount ? `今日${i.pageCount}版` : null].filter(Boolean).join(' · ')}</p>
${i.dateSource === 'inferred' ? html`<p class="notice">本期日期由正文电头推断，尚未经编辑确认。</p>` : ''}
${iv.missingPages.length ? html`<p class="notice">本期第${iv.missingPages.join('、')}版暂未收入档案。</p>` : ''}
${iv.pages.map(
    (p) => html`<section>
  <h2><a href="${u(p.url)}">第${p.number}版</a></h2>
  <ul class="teasers">${p.articles.map((a) => teaser(a, site))}</ul>
</section>`,
  )}
<nav class="pager" aria-label="上一期和下一期">
  ${iv.prevUrl ? html`<a rel="prev" href="${u(iv.prevUrl)}">← 上一期</a>` : html`<span></span>`}
  ${iv.nextUrl ? html`<a rel="next" href="${u(iv.nextUrl)}">下一期 →</a>` : html`<span></span>`}
</nav>`;
  return layout({ site, title: `${site.model.paper} ${title}`, crumbs: [{ label: title }], body });
}
