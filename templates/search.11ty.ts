/**
 * 搜索: the search page. The filters' values and counts come from the archive; the results
 * from the search script, which reads the query from the URL. Without JavaScript the page
 * says so and offers the calendar.
 */
import { layout } from '../src/site/layout.ts';
import { html, type SafeHtml } from '../src/site/html.ts';
import { prefixUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/search/index.html' };

function select(name: string, label: string, all: string, values: [string, number][], show: (v: string) => string): SafeHtml {
  return html`<label>${label} <select name="${name}"><option value="">${all}</option>${values.map(([v, n]) => html`<option value="${v}">${show(v)}（${n}）</option>`)}</select></label>`;
}

export function render({ site }: TemplateData): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const f = site.model.facets;
  const body = html`<h1>搜索</h1>
<div class="search" data-search data-prefix="${u('/')}" data-years="${f.years.map(([y]) => y).join(' ')}">
<form role="search" aria-label="搜索文章" action="${u('/search/')}" method="get">
  <p><label for="q">搜索全部文章</label><br><input id="q" name="q" type="search" autocomplete="off" placeholder="人名、地名、词语，如：黄茂军、解放碑、营商环境"> <button type="submit">搜索</button></p>
  <p class="search-filters">
    ${select('year', '年份', '全部', f.years, (v) => `${v}年`)}
    ${select('month', '月份', '全部', f.months, (v) => `${Number(v)}月`)}
    ${select('page', '版面', '全部', f.pages, (v) => `第${v}版`)}
    ${select('reporter', '记者', '全部', f.reporters, (v) => v)}
    <label>排序 <select name="sort"><option value="">相关度</option><option value="date">日期（新到旧）</option></select></label>
  </p>
</form>
<p data-status role="status" aria-live="polite">搜索需要浏览器启用 JavaScript；也可以<a href="${u('/archive/')}">按日期浏览</a>。</p>
<ol class="teasers" data-results></ol>
<p><button type="button" data-more hidden>显示更多</button></p>
</div>
<script type="module" src="${u('/assets/search.js')}"></script>`;
  return layout({ site, path: '/search/', title: `搜索 · ${site.model.paper}`, crumbs: [{ label: '搜索' }], body });
}
