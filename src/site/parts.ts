/** Pieces of markup shared by several templates. */
import type { Article, Issue } from '../core/index.ts';
import { escapeHtml, html, raw, type SafeHtml } from './html.ts';
import { articleName, chineseDate, leadingCharacters, prefixUrl } from './format.ts';
import { issueUrl, reporterUrl, type ArticleRef, type MonthView, type ReporterView, type SiteModel } from './model.ts';
import type { SiteData } from './layout.ts';
import type { HeadlineSetting } from './headline-setting.ts';
import type { BuildReport } from './report.ts';

/** What every template receives from Eleventy's data cascade. */
export interface TemplateData {
  site: SiteData & { model: SiteModel; report: BuildReport };
}

export function issueTitle(issue: Pick<Issue, 'date' | 'number'>): string {
  return `${chineseDate(issue.date)}${issue.number ? ` 第${issue.number}期` : ''}`;
}

export { articleName } from './format.ts';

/**
 * A headline with its clauses and break opportunities as `setting` gives them (see
 * headline-setting.ts): each clause of a headline of several in a box of its own, so that it
 * starts a line when they do not fit on one, and a `<wbr>` between the pieces a clause may
 * break between; balanced by site.css. Without a setting, or one that does not spell the
 * headline, its clauses only.
 */
export function breakableHeadline(text: string, setting: HeadlineSetting | undefined): SafeHtml {
  const spelled = setting?.flat().join('') === text.replace(/\s+/gu, '');
  const clauses = spelled ? setting!.map((pieces) => pieces.map(escapeHtml).join('<wbr>')) : text.split(/\s+/u).filter(Boolean).map(escapeHtml);
  return raw(clauses.length > 1 ? clauses.map((c) => `<span class="clause">${c}</span>`).join(' ') : (clauses[0] ?? ''));
}

/** A line of an article's headline block (主题, 引题 or 副题) as set on the site: its markup made once (`site.headlines`), else set by its clauses only. */
export function headlineMarkup(headline: string, site: SiteData): SafeHtml {
  const set = site.headlines?.get(headline);
  return set === undefined ? breakableHeadline(headline, undefined) : raw(set);
}

/** The opening of an article's first paragraph, under its headline in a list. */
function lede(paragraph: string): SafeHtml {
  const { text, cut } = leadingCharacters(paragraph, 80);
  return html`<span class="lede">${text}${cut ? '…' : ''}</span>`;
}

/** Headline block in the paper's order: 引题 small above, 主题 large, 副题 below. */
export function teaser(a: Article, site: SiteData, opts: { lead?: boolean; date?: string; page?: number } = {}): SafeHtml {
  const facts = [
    opts.date ? chineseDate(opts.date, false) : null,
    opts.page ? `第${opts.page}版` : null,
    a.byline,
    a.continuedFrom ? `上接${a.continuedFrom}版` : null,
    a.continuedTo ? `下转${a.continuedTo}版` : null,
  ].filter(Boolean);
  return html`<li class="teaser">
  ${a.kicker ? html`<span class="kicker">${headlineMarkup(a.kicker, site)}</span>` : ''}
  <a class="headline" href="${prefixUrl(a.url, site.pathPrefix)}">${a.headline === null ? html`<span class="untitled">${articleName(a)}</span>` : headlineMarkup(a.headline, site)}</a>
  ${a.subtitles.map((s) => html`<span class="subtitle">${headlineMarkup(s, site)}</span>`)}
  ${opts.lead && a.paragraphs[0] ? lede(a.paragraphs[0]) : ''}
  ${facts.length ? html`<span class="meta">${facts.join(' · ')}</span>` : ''}
</li>`;
}

/** A reporter's years, each with its count and a link to its page; the year shown, if any, marked as current. */
export function reporterYearList(rv: Pick<ReporterView, 'name' | 'years'>, site: SiteData, current?: string): SafeHtml {
  return html`<nav class="year-list" aria-label="${rv.name}的报道按年份"><ul>${rv.years.map((y) =>
    y.year === current
      ? html`<li aria-current="page">${y.year}年 <span class="meta">${y.articles.length}篇</span></li>`
      : html`<li><a href="${prefixUrl(y.url, site.pathPrefix)}">${y.year}年</a> <span class="meta">${y.articles.length}篇</span></li>`,
  )}</ul></nav>`;
}

export function refTeaser(ref: ArticleRef, site: SiteData): SafeHtml {
  return teaser(ref.article, site, { date: ref.issueId, page: ref.page });
}

/** A reporter's name as a byline may print it, spaced out or not (`李 一`); made once per name. */
const namePatterns = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) namePatterns.set(name, (pattern = new RegExp([...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'u')));
  return pattern;
}

/** The byline as printed, each reporter's name a link to their page (`李 一` matches 李一). */
export function bylineWithLinks(a: Article, site: SiteData): SafeHtml | string {
  if (!a.byline) return '';
  let parts: (string | SafeHtml)[] = [a.byline];
  for (const name of a.reporters) {
    const pattern = namePattern(name);
    parts = parts.flatMap((p) => {
      if (typeof p !== 'string') return [p];
      const m = pattern.exec(p);
      if (!m) return [p];
      return [p.slice(0, m.index), html`<a href="${prefixUrl(reporterUrl(name), site.pathPrefix)}">${m[0]}</a>`, p.slice(m.index + m[0].length)];
    });
  }
  return html`${parts}`;
}

const WEEKDAY_HEADS = ['一', '二', '三', '四', '五', '六', '日'];

/** A month as its page and its calendar title it: `2024年3月`. */
export function monthTitle(mv: Pick<MonthView, 'year' | 'month'>): string {
  return `${mv.year}年${mv.month}月`;
}

/**
 * A month calendar: days with an issue link to it; publication days without one say so.
 * `titled`: the calendar heads itself with the month, linked to the month's page; the month's
 * own page, whose h1 already names the month, shows it without.
 */
export function monthCalendar(mv: MonthView, site: SiteData, titled = true): SafeHtml {
  const title = monthTitle(mv);
  const heading = titled ? html`<h2><a href="${prefixUrl(mv.url, site.pathPrefix)}">${title}</a></h2>` : '';
  return html`<div class="month">
${heading}
<table class="calendar">
<caption class="visually-hidden">${title}，本月档案收录${mv.issueCount}期</caption>
<thead><tr>${WEEKDAY_HEADS.map((d) => html`<th scope="col" abbr="星期${d}">${d}</th>`)}</tr></thead>
<tbody>${mv.weeks.map(
    (week) => html`<tr>${week.map((cell) => {
      if (!cell) return html`<td></td>`;
      if (cell.issue) {
        return html`<td class="has-issue"><a href="${prefixUrl(issueUrl(cell.issue.id), site.pathPrefix)}" aria-label="${chineseDate(cell.iso)}${cell.issue.number ? ` 第${cell.issue.number}期` : ''}">${cell.day}</a></td>`;
      }
      return cell.publicationDay
        ? html`<td class="missing" title="出版日，档案未收录"><span>${cell.day}<span class="visually-hidden">日，出版日，档案未收录</span></span></td>`
        : html`<td class="off" title="非出版日"><span>${cell.day}<span class="visually-hidden">日，非出版日</span></span></td>`;
    })}</tr>`,
  )}</tbody>
</table>
</div>`;
}

/** The publication days as the legend names them, Monday first: `周一、三、五`. */
export function publicationDaysText(days: readonly number[]): string {
  // 0 (Sunday) to 6 as places in the calendar's Monday-first week.
  const places = [...new Set(days)].filter((d) => d >= 0 && d <= 6).map((d) => (d + 6) % 7).sort((a, b) => a - b);
  return places.length === 7 ? '每天' : `周${places.map((k) => WEEKDAY_HEADS[k]).join('、')}`;
}

export function calendarLegend(publicationDays: readonly number[]): SafeHtml {
  // Each key with its words in one box, so a narrow screen wraps between entries, not inside one.
  return html`<p class="legend"><span><span class="key has-issue">29</span> 有报纸，点击阅读</span> <span><span class="key missing">27</span> 出版日（${publicationDaysText(publicationDays)}），档案尚未收录</span> <span><span class="key off">28</span> 非出版日</span></p>`;
}
