/** Article: headline block, byline, date, body with crossheads, captions and continuation. */
import { layout } from '../src/site/layout.ts';
import { html, jsonForScript, type SafeHtml } from '../src/site/html.ts';
import { absoluteUrl, chineseDate, leadingCharacters, prefixUrl } from '../src/site/format.ts';
import { inlineText } from '../src/site/markdown.ts';
import { articleName, bylineWithLinks, headlineMarkup, issueTitle, refTeaser } from '../src/site/parts.ts';
import type { SiteData } from '../src/site/layout.ts';
import { issueUrl, type ArticleView } from '../src/site/model.ts';
import type { Article } from '../src/core/index.ts';

export const data = {
  // The article pages Eleventy writes: every article, or none when a large archive's are written from a queue beside it (see renderStage in src/shell/build.ts).
  pagination: { data: 'site.articlePages', size: 1, alias: 'av' },
  // Only the article's URL: the render worker makes the pages' folders by it before it has the views.
  permalink: (d: { av: { article: Pick<Article, 'url'> } }) => `${d.av.article.url}index.html`,
};

function bodyOf(a: Article, level: 2 | 3 = 2): SafeHtml[] {
  return a.paragraphs.map(
    (p, k) =>
      html`${a.crossheads.filter((c) => c.before === k).map((c) => (level === 2 ? html`<h2 class="crosshead">${c.text}</h2>` : html`<h3 class="crosshead">${c.text}</h3>`))}<p>${inlineText(p)}</p>`,
  );
}

export function render({ site, av }: { site: SiteData; av: ArticleView }): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const a = av.article;
  const issue = issueTitle(av.issue);
  const name = articleName(a);
  const cont = a.continuation;
  const other = av.continuation;
  // 上接: where this part comes from. 下转: the rest of the article, shown inline.
  const from = a.continuedFrom
    ? html`<p class="continuation from">上接第${a.continuedFrom}版${
        other ? html`：<a href="${u(other.article.url)}">${articleName(other.article)}</a>` : '（该版暂未收入档案）'
      }</p>`
    : '';
  const to =
    a.continuedTo && cont
      ? other
        ? html`<p class="jump-marker">（下转第${a.continuedTo}版）</p>
<section class="continued" aria-labelledby="continued-title">
  <h2 id="continued-title"><span class="jump-label">续文 · 第${a.continuedTo}版</span>${other.article.headline === null ? '' : headlineMarkup(other.article.headline, site)}</h2>
  ${bodyOf(other.article, 3)}
  <p class="source-note">此部分刊于<a href="${u(other.article.url)}">第${other.page}版</a>。</p>
</section>`
        : html`<p class="continuation to">（下转第${a.continuedTo}版）第${a.continuedTo}版暂未收入档案，续文待补。</p>`
      : '';
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: name,
    ...(a.kicker || a.subtitles.length ? { alternativeHeadline: [a.kicker, ...a.subtitles].filter(Boolean).join(' ') } : {}),
    datePublished: av.issue.date,
    ...(a.date ? { dateCreated: a.date } : {}),
    inLanguage: 'zh-CN',
    url: absoluteUrl(a.url, site),
    mainEntityOfPage: absoluteUrl(a.url, site),
    printEdition: issue,
    printSection: `第${av.pageNumber}版`,
    ...(a.reporters.length ? { author: a.reporters.map((r) => ({ '@type': 'Person', name: r })) } : {}),
    publisher: { '@type': 'Organization', name: site.paper },
    ...(av.keywords.length ? { keywords: av.keywords.join(',') } : {}),
  };
  const body = html`<article class="story">
<header class="article-head">
  ${a.kicker ? html`<p class="kicker">${headlineMarkup(a.kicker, site)}</p>` : ''}
  <h1>${a.headline === null ? html`<span class="untitled">（原标题缺失）</span>` : headlineMarkup(a.headline, site)}</h1>
  ${a.subtitles.map((s) => html`<p class="subtitle">${headlineMarkup(s, site)}</p>`)}
  <p class="byline">${bylineWithLinks(a, site)}</p>
  <p class="dateline"><time datetime="${av.issue.date}">${chineseDate(av.issue.date)}</time> · <a href="${u(av.issueUrl)}">${av.issue.number ? `第${av.issue.number}期` : '本期'}</a> · <a href="${u(av.pageUrl)}">第${av.pageNumber}版</a></p>
</header>
${from}
<div class="story-body">${bodyOf(a)}</div>
${to}
${a.captions.length ? html`<section class="captions" aria-label="图片说明">${a.captions.map((c) => html`<figure><figcaption>【图片】${c.text}${c.credit ? html` <span class="credit">${c.credit}</span>` : ''}</figcaption></figure>`)}</section>` : ''}
${av.keywords.length ? html`<p class="keywords">关键词：${av.keywords.map((k, i) => html`${i ? '、' : ''}<span>${k}</span>`)}</p>` : ''}
</article>
<nav class="pager" aria-label="上一篇和下一篇">
  ${av.prev ? html`<a rel="prev" href="${u(av.prev.url)}">← 上一篇：${articleName(av.prev)}</a>` : html`<span></span>`}
  ${av.next ? html`<a rel="next" href="${u(av.next.url)}">下一篇：${articleName(av.next)} →</a>` : html`<span></span>`}
</nav>
<nav class="pager secondary" aria-label="上一版、下一版和上一期、下一期">
  ${av.prevPageUrl ? html`<a href="${u(av.prevPageUrl)}">上一版</a>` : ''}
  ${av.nextPageUrl ? html`<a href="${u(av.nextPageUrl)}">下一版</a>` : ''}
  ${av.prevIssue ? html`<a href="${u(issueUrl(av.prevIssue.id))}">上一期</a>` : ''}
  ${av.nextIssue ? html`<a href="${u(issueUrl(av.nextIssue.id))}">下一期</a>` : ''}
</nav>
${av.related.length ? html`<section class="related" aria-labelledby="related-title"><h2 id="related-title">相关报道</h2><ul class="teasers">${av.related.map((r) => refTeaser(r, site))}</ul></section>` : ''}`;
  return layout({
    site,
    path: a.url,
    title: `${name} · ${site.paper} ${issue}`,
    description: leadingCharacters(a.paragraphs[0] ?? name, 90).text,
    crumbs: [{ label: issue, url: av.issueUrl }, { label: `第${av.pageNumber}版`, url: av.pageUrl }, { label: name }],
    body,
    ogType: 'article',
    head: html`<meta property="article:published_time" content="${av.issue.date}">
<script type="module" src="${u('/assets/highlight.js')}"></script>
<script type="application/ld+json">${jsonForScript(ld)}</script>`,
  });
}
