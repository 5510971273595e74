/** Issue (期): masthead facts and the pages held, with their articles. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { issueTitle, teaser, type TemplateData } from '../src/site/parts.ts';
import { issueUrl, monthUrl, type IssueView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.model.issues', size: 1, alias: 'iv' },
  permalink: (d: { iv: IssueView }) => `${d.iv.url}index.html`,
};

export function render({ site, iv }: TemplateData & { iv: IssueView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const i = iv.issue;
  const title = issueTitle(i);
  const [year, month] = i.date.split('-').map(Number) as [number, number];
  const body = html`<header class="issue-head">
  <h1>${site.model.paper} <span>${title}</span></h1>
  <dl class="masthead-facts">
    ${i.lunarDate ? html`<div><dt>农历</dt><dd>${i.lunarDate}</dd></div>` : ''}
    ${i.number ? html`<div><dt>期号</dt><dd>第${i.number}期</dd></div>` : ''}
    ${i.totalNumber ? html`<div><dt>总期号</dt><dd>总第${i.totalNumber}期</dd></div>` : ''}
    <div><dt>版数</dt><dd>${i.pageCount ? `今日${i.pageCount}版，` : ''}档案收录第${iv.pages.map((p) => p.number).join('、')}版</dd></div>
  </dl>
</header>
${i.dateSource === 'inferred' ? html`<p class="notice">本期日期由正文电头和出版日推断，尚待编辑确认。</p>` : ''}
${iv.missingPages.length ? html`<p class="notice">本期第${iv.missingPages.join('、')}版暂未收入档案。</p>` : ''}
<nav class="page-tabs" aria-label="版面导航"><ul>${iv.pages.map((p) => html`<li><a href="${u(p.url)}">第${p.number}版</a></li>`)}</ul></nav>
${iv.pages.map(
    (p) => html`<section class="issue-page" aria-labelledby="page-${p.number}">
  <h2 id="page-${p.number}"><a href="${u(p.url)}">第${p.number}版</a> <span class="meta">${p.articles.length}篇</span></h2>
  <ul class="teasers">${p.articles.map((a) => teaser(a, site, { lead: p.number === 1 }))}</ul>
</section>`,
  )}
<nav class="pager" aria-label="上一期和下一期">
  ${iv.prev ? html`<a rel="prev" href="${u(issueUrl(iv.prev.id))}">← 上一期 ${issueTitle(iv.prev)}</a>` : html`<span></span>`}
  ${iv.next ? html`<a rel="next" href="${u(issueUrl(iv.next.id))}">下一期 ${issueTitle(iv.next)} →</a>` : html`<span></span>`}
</nav>`;
  return layout({
    site,
    path: iv.url,
    title: `${site.model.paper} ${title}`,
    description: `${site.model.paper}${title}：${iv.pages.flatMap((p) => p.articles).map((a) => a.headline).filter(Boolean).slice(0, 4).join('；')}`,
    crumbs: [{ label: `${year}年`, url: `/${year}/` }, { label: `${month}月`, url: monthUrl(year, month) }, { label: title }],
    body,
  });
}
