/** The page frame shared by every template: head, masthead bar, breadcrumb, footer. */
import { html, type SafeHtml } from './html.ts';
import { absoluteUrl, prefixUrl } from './format.ts';

export interface SiteData {
  paper: string;
  pathPrefix: string;
  /** Origin of the published site, for canonical URLs, feeds and the sitemap. */
  siteUrl: string;
  /** Each headline-block line's markup as set, by its text (see breakableHeadline in parts.ts): made once, shown on many pages. */
  headlines?: ReadonlyMap<string, string>;
}

export interface Crumb {
  label: string;
  url?: string;
}

export interface LayoutOptions {
  site: SiteData;
  /** The page's own path, for its canonical URL. */
  path: string;
  title: string;
  description?: string;
  crumbs?: Crumb[];
  body: SafeHtml;
  head?: SafeHtml;
  /** OpenGraph type: `article` for articles, `website` otherwise. */
  ogType?: 'article' | 'website';
  noindex?: boolean;
}

/**
 * The pages' content security policy: scripts, styles, data and the search index from the
 * site itself and nothing else; WebAssembly compiled (Pagefind's search) but no eval; no
 * inline script or style, so text from an issue file can never run, even if some template
 * forgot to escape it. Sent as a <meta> so it holds on any static host; a server that can
 * set headers sends the same policy (see docs/nginx.conf), plus frame-ancestors.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'";

export function layout({ site, path, title, description, crumbs, body, head, ogType = 'website', noindex }: LayoutOptions): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const canonical = absoluteUrl(path, site);
  const trail = crumbs ? [{ label: site.paper, url: '/' }, ...crumbs] : [];
  return `<!doctype html>\n${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
${noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
<meta property="og:site_name" content="${site.paper}">
<meta property="og:title" content="${title}">
<meta property="og:type" content="${ogType}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="zh_CN">
${description ? html`<meta property="og:description" content="${description}">` : ''}
<link rel="alternate" type="application/atom+xml" title="${site.paper} 最新各期" href="${u('/feed.xml')}">
<link rel="stylesheet" href="${u('/assets/site.css')}">
<link rel="icon" href="data:,">
${head ?? ''}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
  <a class="site-name" href="${u('/')}">${site.paper}<span class="site-sub">数字报档案</span></a>
  <nav class="site-nav" aria-label="网站导航"><a href="${u('/')}">首页</a><a href="${u('/archive/')}">往期回顾</a><a href="${u('/reporters/')}">记者</a></nav>
  <form class="site-search" role="search" aria-label="站内搜索" action="${u('/search/')}" method="get"><label class="visually-hidden" for="site-q">搜索文章</label><input id="site-q" name="q" type="search" placeholder="搜索人名、地名、词语"><button type="submit">搜索</button></form>
</header>
${trail.length
    ? html`<nav class="crumbs" aria-label="位置"><ol>${trail.map((c, i) =>
        i + 1 < trail.length && c.url ? html`<li><a href="${u(c.url)}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`,
      )}</ol></nav>`
    : ''}
<main id="main">
${body}
</main>
<footer class="site-footer">
  <p>${site.paper}数字报档案，由报库（baoku）依据报纸版面文字整理生成；文字以原版为准，每版原文可查。</p>
  <p><a href="${u('/archive/')}">往期回顾</a> · <a href="${u('/reporters/')}">记者</a> · <a href="${u('/api/issues.json')}">JSON 数据接口</a> · <a href="${u('/feed.xml')}">订阅（Atom）</a></p>
</footer>
</body>
</html>`}\n`;
}
