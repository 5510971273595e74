/** Not found: say so plainly and offer the ways into the archive. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/404.html' };

export function render({ site }: TemplateData): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const body = html`<h1>未找到这个页面</h1>
<p>您要找的页面不在档案中：可能网址有误，或这一期、这一版尚未收入档案。</p>
<ul><li><a href="${u('/')}">回到首页</a></li><li><a href="${u('/archive/')}">按日期浏览往期</a></li><li><a href="${u('/reporters/')}">按记者浏览</a></li></ul>`;
  return layout({ site, path: '/404.html', title: `未找到 · ${site.model.paper}`, body, noindex: true });
}
