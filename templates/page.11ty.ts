/** Page (版): its articles in reading order, its furniture, and the original text (原文). */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { issueTitle, teaser, type TemplateData } from '../src/site/parts.ts';
import type { PageView } from '../src/site/model.ts';

export const data = {
  pagination: { data: 'site.pagePages', size: 1, alias: 'pv' },
  permalink: (d: { pv: PageView }) => `${d.pv.url}index.html`,
};

const FURNITURE_LABEL: Record<string, string> = {
  masthead: '报头',
  banner: '通栏标题',
  slogan: '标语',
  'qr-notice': '二维码提示',
  'section-label': '栏目',
  'orphan-headline': '标题（正文不在本版）',
  unplaced: '未归类文字',
};

export function render({ site, pv }: TemplateData & { pv: PageView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const title = issueTitle(pv.issue);
  const body = html`<h1>第${pv.number}版 <span class="meta">${title}</span></h1>
<nav class="page-tabs" aria-label="版面导航"><ul>${pv.issuePages.map((p) => (p.number === pv.number ? html`<li><span aria-current="page">第${p.number}版</span></li>` : html`<li><a href="${u(p.url)}">第${p.number}版</a></li>`))}</ul></nav>
<section aria-labelledby="articles-title">
<h2 id="articles-title">本版文章</h2>
<ol class="teasers">${pv.articles.map((a) => teaser(a, site, { lead: true }))}</ol>
</section>
${pv.furniture.length
    ? html`<section class="furniture" aria-labelledby="furniture-title"><h2 id="furniture-title">版面其他内容</h2><dl>${pv.furniture.map(
        (f) => html`<div><dt>${FURNITURE_LABEL[f.kind] ?? f.kind}</dt><dd>${f.text.replace(/\n/gu, ' ')}</dd></div>`,
      )}</dl></section>`
    : ''}
<section aria-labelledby="original-title">
<h2 id="original-title" class="visually-hidden">本版原文</h2>
<details class="original"><summary>查看本版原文（自版面提取的文字，未经整理）</summary><pre>${pv.original}</pre></details>
</section>
<nav class="pager" aria-label="上一版和下一版">
  ${pv.prevUrl ? html`<a rel="prev" href="${u(pv.prevUrl)}">← 上一版</a>` : html`<span></span>`}
  ${pv.nextUrl ? html`<a rel="next" href="${u(pv.nextUrl)}">下一版 →</a>` : html`<span></span>`}
</nav>`;
  return layout({
    site,
    path: pv.url,
    title: `第${pv.number}版 · ${site.model.paper} ${title}`,
    crumbs: [{ label: title, url: pv.issueUrl }, { label: `第${pv.number}版` }],
    body,
  });
}
