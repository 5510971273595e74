/** Pieces of markup shared by several templates. */
import type { Article } from '../core/index.ts';
import { html, type SafeHtml } from './html.ts';
import { chineseDate, prefixUrl } from './format.ts';
import type { SiteModel } from './model.ts';
import type { SiteData } from './layout.ts';

/** What every template receives from Eleventy's data cascade. */
export interface TemplateData {
  site: SiteData & { model: SiteModel };
}

/** Headline block in the paper's order: 引题 small above, 主题 large, 副题 below. */
export function teaser(a: Article, site: SiteData): SafeHtml {
  return html`<li>
  <a href="${prefixUrl(a.url, site.pathPrefix)}">
    ${a.kicker ? html`<span class="kicker">${a.kicker}</span>` : ''}
    <span class="headline">${a.headline ?? html`<span class="untitled">（标题缺失）${a.paragraphs[0]?.slice(0, 24) ?? ''}…</span>`}</span>
  </a>
  ${a.subtitles.map((s) => html`<span class="subtitle">${s}</span>`)}
  <span class="meta">${[a.byline, a.date ? chineseDate(a.date, false) : null, a.continuedFrom ? `上接${a.continuedFrom}版` : null, a.continuedTo ? `下转${a.continuedTo}版` : null].filter(Boolean).join(' · ')}</span>
</li>`;
}

export function issueTitle(date: string, number: number | null): string {
  return `${chineseDate(date)}${number ? ` 第${number}期` : ''}`;
}
