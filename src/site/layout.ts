/** The page frame shared by every template: head, masthead bar, breadcrumb, footer. */
import { html, type SafeHtml } from './html.ts';
import { prefixUrl } from './format.ts';

export interface SiteData {
  paper: string;
  pathPrefix: string;
}

export interface Crumb {
  label: string;
  url?: string;
}

export interface LayoutOptions {
  site: SiteData;
  title: string;
  description?: string;
  crumbs?: Crumb[];
  body: SafeHtml;
  head?: SafeHtml;
}

export function layout({ site, title, description, crumbs = [], body, head }: LayoutOptions): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const trail = [{ label: site.paper, url: '/' }, ...crumbs];
  return `<!doctype html>\n${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<link rel="stylesheet" href="${u('/assets/site.css')}">
${head ?? ''}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
  <a class="site-name" href="${u('/')}">${site.paper}<span class="site-sub">报库 · 数字档案</span></a>
  <nav aria-label="网站导航"><a href="${u('/')}">往期</a> <a href="${u('/api/issues.json')}">数据</a></nav>
</header>
<nav class="crumbs" aria-label="位置">${trail.map((c, i) =>
    i + 1 < trail.length && c.url ? html`<a href="${u(c.url)}">${c.label}</a><span aria-hidden="true"> › </span>` : html`<span aria-current="page">${c.label}</span>`,
  )}</nav>
<main id="main">
${body}
</main>
<footer class="site-footer">
  <p>${site.paper}数字档案 · 由报库（baoku）自报纸版面文字生成 · <a href="${u('/api/issues.json')}">JSON 数据接口</a></p>
</footer>
</body>
</html>`}\n`;
}
