/** The reporters (记者) named in bylines, with how many articles each. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/reporters/index.html' };

export function render({ site }: TemplateData): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const body = html`<h1>记者</h1>
<p>署名中出现的 ${site.model.reporters.length} 位记者，按报道篇数排列。</p>
<ul class="reporter-list">${site.model.reporters.map((r) => html`<li><a href="${u(r.url)}">${r.name}</a> <span class="meta">${r.articles.length}篇</span></li>`)}</ul>`;
  return layout({ site, path: '/reporters/', title: `记者 · ${site.model.paper}`, crumbs: [{ label: '记者' }], body });
}
