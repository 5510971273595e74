/** Article: headline block, byline, date, body with crossheads, captions and continuation. */
import { layout } from '../src/site/layout.ts';
import { html, jsonForScript } from '../src/site/html.ts';
import { chineseDate, prefixUrl } from '../src/site/format.ts';
import { issueTitle, type TemplateData } from '../src/site/parts.ts';
import type { ArticleView } from '../src/site/model.ts';
import type { Article } from '../src/core/index.ts';

export const data = {
  pagination: { data: 'site.model.articles', size: 1, alias: 'av' },
  permalink: (d: { av: ArticleView }) => `${d.av.article.url}index.html`,
};

function bodyOf(a: Article) {
  return a.paragraphs.map((p, k) => html`${a.crossheads.filter((c) => c.before === k).map((c) => html`<h2 class="crosshead">${c.text}</h2>`)}<p>${p}</p>`);
}

export function render({ site, av }: TemplateData & { av: ArticleView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const a = av.article;
  const issue = issueTitle(av.issue.date, av.issue.number);
  const name = a.headline ?? `第${av.pageNumber}版 无标题文章`;
  const cont = a.continuation;
  const other = av.continuation;
  const continuation = cont
    ? html`<aside class="continuation">${cont.direction === 'to' ? `下转第${cont.page}版` : `上接第${cont.page}版`}${
        other ? html`：<a href="${u(other.url)}">${other.headline ?? '续文'}</a>` : '（该版暂未收入档案）'
      }</aside>`
    : '';
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: name,
    datePublished: av.issue.date,
    ...(a.reporters.length ? { author: a.reporters.map((r) => ({ '@type': 'Person', name: r })) } : {}),
    publisher: { '@type': 'Organization', name: site.model.paper },
  };
  const body = html`<article class="story">
<header class="article-head">
  ${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ''}
  <h1>${a.headline ?? html`<span class="untitled">（标题缺失）</span>`}</h1>
  ${a.subtitles.map((s) => html`<p class="subtitle">${s}</p>`)}
</header>
<p class="byline">${a.byline ?? ''}${a.byline ? ' · ' : ''}<time datetime="${av.issue.date}">${chineseDate(av.issue.date)}</time> · <a href="${u(av.pageUrl)}">第${av.pageNumber}版</a></p>
${a.continuedFrom ? continuation : ''}
<div class="story-body">${bodyOf(a)}</div>
${a.continuedTo ? continuation : ''}
${a.captions.length ? html`<div class="captions">${a.captions.map((c) => html`<figure><figcaption>${c.text} ${c.credit}</figcaption></figure>`)}</div>` : ''}
<nav class="pager" aria-label="上一篇和下一篇">
  ${av.prev ? html`<a rel="prev" href="${u(av.prev.url)}">← ${av.prev.headline ?? '上一篇'}</a>` : html`<span></span>`}
  ${av.next ? html`<a rel="next" href="${u(av.next.url)}">${av.next.headline ?? '下一篇'} →</a>` : html`<span></span>`}
</nav>
</article>`;
  return layout({
    site,
    title: `${name} · ${site.model.paper} ${issue}`,
    description: a.paragraphs[0]?.slice(0, 80) ?? name,
    crumbs: [{ label: issue, url: av.issueUrl }, { label: `第${av.pageNumber}版`, url: av.pageUrl }, { label: name }],
    body,
    head: html`<script type="application/ld+json">${jsonForScript(ld)}</script>`,
  });
}
