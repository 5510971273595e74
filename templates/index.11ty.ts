/** Home: the archive's issues, newest first, with the front page's headlines. */
import { layout } from '../src/site/layout.ts';
import { html } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import { issueTitle, teaser, type TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/index.html' };

export function render({ site }: TemplateData): string {
  const { model } = site;
  const body = html`<h1>${model.paper}往期</h1>
<p class="meta">档案中共有 ${model.issues.length} 期、${model.articles.length} 篇文章。</p>
<ol class="issue-list">${model.issues.map(
    (iv) => html`<li>
  <h2><a href="${prefixUrl(iv.url, site.pathPrefix)}">${issueTitle(iv.issue.date, iv.issue.number)}</a></h2>
  <p class="meta">${iv.issue.lunarDate ?? ''}${iv.issue.totalNumber ? ` · 总第${iv.issue.totalNumber}期` : ''} · 收录第${iv.pages.map((p) => p.number).join('、')}版</p>
  <ul class="teasers">${(iv.pages[0]?.articles ?? []).slice(0, 4).map((a) => teaser(a, site))}</ul>
</li>`,
  )}</ol>`;
  return layout({ site, title: `${model.paper} · 报库`, description: `${model.paper}数字档案：按日期、版面和文章浏览。`, body });
}
