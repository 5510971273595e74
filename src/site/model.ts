/**
 * The site's view of the archive: issues, pages and articles with their URLs and
 * neighbours, the date calendar, reporters and related articles, built once from the
 * parsed issues. Pure: templates only format what is here.
 */
import type { Article, Furniture, Issue, Message, ParsedIssue } from '../core/index.ts';
import { dayOfWeek, parseIso } from '../core/dates.ts';
import { byCodePoint } from '../core/text.ts';
import { sitemapFiles, type SitemapFile } from './sitemap.ts';

export interface Keyword {
  word: string;
  weight: number;
}

export interface PageView {
  issue: Issue;
  issueUrl: string;
  /** Every page of its issue (the 版 tabs), one list shared by the issue's pages. */
  issuePages: readonly { number: number; url: string }[];
  number: number;
  url: string;
  source: string;
  layout: string;
  articles: Article[];
  furniture: Furniture[];
  original: string;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface IssueView {
  issue: Issue;
  url: string;
  pages: PageView[];
  /** Pages of the issue that are not in the archive. */
  missingPages: number[];
  prev: Issue | null;
  next: Issue | null;
  messages: Message[];
}

/** An article as listed elsewhere: with the date and page it appeared on. */
export interface ArticleRef {
  article: Article;
  issueId: string;
  page: number;
}

export interface ArticleView {
  article: Article;
  issue: Issue;
  issueUrl: string;
  pageNumber: number;
  pageUrl: string;
  prev: Article | null;
  next: Article | null;
  prevPageUrl: string | null;
  nextPageUrl: string | null;
  prevIssue: Issue | null;
  nextIssue: Issue | null;
  /** The other half of a continued article, when it is in the archive. */
  continuation: ArticleRef | null;
  keywords: string[];
  related: ArticleRef[];
}

export interface ReporterView {
  name: string;
  url: string;
  /** Newest first. */
  articles: ArticleRef[];
  /** The years with their articles, newest first: each has a page of its own. */
  years: ReporterYearView[];
}

/** One reporter's articles of one year: a prolific reporter's whole list would be thousands of lines. */
export interface ReporterYearView {
  name: string;
  year: string;
  url: string;
  reporterUrl: string;
  /** Newest first. */
  articles: ArticleRef[];
}

export interface DayCell {
  day: number;
  iso: string;
  /** The issue of that day, when the archive holds it. */
  issue: Issue | null;
  publicationDay: boolean;
}

export interface MonthView {
  year: number;
  month: number;
  url: string;
  /** Weeks Monday first; null where the day belongs to another month. */
  weeks: (DayCell | null)[][];
  issueCount: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface YearView {
  year: number;
  url: string;
  months: MonthView[];
  issueCount: number;
}

export interface SiteModel {
  paper: string;
  /** The days of the week the paper comes out, 0 for Sunday (the profile's). */
  publicationDays: readonly number[];
  /** Newest first. */
  issues: IssueView[];
  pages: PageView[];
  articles: ArticleView[];
  reporters: ReporterView[];
  /** Every reporter's year pages, for pagination. */
  reporterYears: ReporterYearView[];
  years: YearView[];
  months: MonthView[];
  /** What the search page offers to narrow by, with how many articles each value holds. */
  facets: SearchFacets;
  /** The sitemap's files, which /sitemap.xml indexes (see sitemap.ts). */
  sitemaps: SitemapFile[];
}

/** Values with article counts: years newest first, months and pages in order, reporters by name. */
export interface SearchFacets {
  years: [string, number][];
  months: [string, number][];
  pages: [string, number][];
  reporters: [string, number][];
}

function countBy(values: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

export function searchFacets(articles: readonly ArticleView[]): SearchFacets {
  const numeric = (a: [string, number], b: [string, number]) => Number(a[0]) - Number(b[0]);
  return {
    years: [...countBy(articles.map((a) => a.issue.date.slice(0, 4)))].sort(([a], [b]) => b.localeCompare(a)),
    months: [...countBy(articles.map((a) => a.issue.date.slice(5, 7)))].sort(numeric),
    pages: [...countBy(articles.map((a) => String(a.pageNumber)))].sort(numeric),
    reporters: [...countBy(articles.flatMap((a) => a.article.reporters))].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')),
  };
}

export function issueUrl(id: string): string {
  return `/${id.replaceAll('-', '/')}/`;
}

export function pageUrl(id: string, page: number): string {
  return `${issueUrl(id)}${page}/`;
}

export function reporterUrl(name: string): string {
  return `/reporters/${name}/`;
}

export function reporterYearUrl(name: string, year: string): string {
  return `${reporterUrl(name)}${year}/`;
}

export function monthUrl(year: number, month: number): string {
  return `/${year}/${String(month).padStart(2, '0')}/`;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month calendars from the first to the last month holding an issue, every month in between. */
function calendar(issues: readonly Issue[], publicationDays: readonly number[]): { years: YearView[]; months: MonthView[] } {
  if (issues.length === 0) return { years: [], months: [] };
  const byDate = new Map(issues.map((i) => [i.date, i]));
  const first = parseIso(issues[0]!.date)!;
  const last = parseIso(issues[issues.length - 1]!.date)!;
  const months: MonthView[] = [];
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? (y++, (m = 1)) : m++) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const lead = (dayOfWeek({ year: y, month: m, day: 1 }) + 6) % 7; // Monday first
    const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null);
    let count = 0;
    for (let d = 1; d <= days; d++) {
      const date = iso(y, m, d);
      const issue = byDate.get(date) ?? null;
      if (issue) count++;
      cells.push({ day: d, iso: date, issue, publicationDay: publicationDays.includes(dayOfWeek({ year: y, month: m, day: d })) });
    }
    while (cells.length % 7) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
    months.push({ year: y, month: m, url: monthUrl(y, m), weeks, issueCount: count, prevUrl: null, nextUrl: null });
  }
  months.forEach((mv, i) => {
    mv.prevUrl = months[i - 1]?.url ?? null;
    mv.nextUrl = months[i + 1]?.url ?? null;
  });
  const years: YearView[] = [];
  for (const mv of months) {
    let yv = years.find((y) => y.year === mv.year);
    if (!yv) years.push((yv = { year: mv.year, url: `/${mv.year}/`, months: [], issueCount: 0 }));
    yv.months.push(mv);
    yv.issueCount += mv.issueCount;
  }
  return { years, months };
}

/**
 * Related articles: those sharing the most keyword weight. Keywords held by very many
 * articles (names of officials, the district) are skipped as candidates' only link, so the
 * cost stays near-linear on a large archive.
 */
function relatedArticles(refs: readonly ArticleRef[], keywords: ReadonlyMap<string, Keyword[]>, count = 5): Map<string, ArticleRef[]> {
  // Articles by number, scores in one typed array: the whole archive's related lists are
  // recomputed after every preview edit, so this loop is kept free of allocation.
  const postings = new Map<string, { ref: number; weight: number }[]>();
  const articleKeywords = refs.map((ref) => keywords.get(ref.article.id) ?? []);
  articleKeywords.forEach((words, i) => {
    for (const k of words) {
      let list = postings.get(k.word);
      if (!list) postings.set(k.word, (list = []));
      list.push({ ref: i, weight: k.weight });
    }
  });
  // A keyword in more than this many articles links too much to say what is related; the
  // fixed bound also keeps the cost linear in the size of the archive.
  const cap = 120;
  const scores = new Float64Array(refs.length);
  const touched: number[] = [];
  const out = new Map<string, ArticleRef[]>();
  refs.forEach((ref, i) => {
    for (const k of articleKeywords[i]!) {
      const list = postings.get(k.word)!;
      if (list.length > cap) continue;
      for (const p of list) {
        if (p.ref === i) continue;
        if (scores[p.ref] === 0) touched.push(p.ref);
        scores[p.ref]! += k.weight * p.weight;
      }
    }
    const other = ref.article.continuation?.articleId;
    const ranked = touched
      .filter((j) => refs[j]!.article.id !== other && scores[j]! > 0)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, count)
      .map((j) => refs[j]!);
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    out.set(ref.article.id, ranked);
  });
  return out;
}

export interface ModelOptions {
  paper: string;
  publicationDays: readonly number[];
  /** Keywords per article id (from jieba, computed by the shell). */
  keywords?: ReadonlyMap<string, Keyword[]>;
}

export function buildSiteModel(parsed: readonly ParsedIssue[], options: ModelOptions): SiteModel {
  const keywords = options.keywords ?? new Map<string, Keyword[]>();
  const sorted = [...parsed].sort((a, b) => byCodePoint(a.issue.date, b.issue.date));
  const refs = new Map<string, ArticleRef>();
  for (const p of sorted) for (const page of p.pages) for (const a of page.articles) refs.set(a.id, { article: a, issueId: p.issue.id, page: page.number });
  const issues: IssueView[] = sorted.map((p, i) => {
    const url = issueUrl(p.issue.id);
    const issuePages = p.pages.map((page) => ({ number: page.number, url: pageUrl(p.issue.id, page.number) }));
    const pages: PageView[] = p.pages.map((page, k) => ({
      issue: p.issue,
      issueUrl: url,
      issuePages,
      number: page.number,
      url: pageUrl(p.issue.id, page.number),
      source: page.source,
      layout: page.layout,
      articles: page.articles,
      furniture: page.furniture,
      original: page.original,
      prevUrl: k > 0 ? pageUrl(p.issue.id, p.pages[k - 1]!.number) : null,
      nextUrl: k + 1 < p.pages.length ? pageUrl(p.issue.id, p.pages[k + 1]!.number) : null,
    }));
    const count = Math.max(p.issue.pageCount ?? 0, ...p.pages.map((pg) => pg.number));
    const held = new Set(p.pages.map((pg) => pg.number));
    return {
      issue: p.issue,
      url,
      pages,
      missingPages: Array.from({ length: count }, (_, n) => n + 1).filter((n) => !held.has(n)),
      prev: sorted[i - 1]?.issue ?? null,
      next: sorted[i + 1]?.issue ?? null,
      messages: p.messages,
    };
  });
  const related = relatedArticles([...refs.values()], keywords);
  const articles: ArticleView[] = [];
  for (const iv of issues) {
    const all = iv.pages.flatMap((x) => x.articles);
    iv.pages.forEach((pg, k) => {
      pg.articles.forEach((a) => {
        const at = all.indexOf(a);
        articles.push({
          article: a,
          issue: iv.issue,
          issueUrl: iv.url,
          pageNumber: pg.number,
          pageUrl: pg.url,
          prev: all[at - 1] ?? null,
          next: all[at + 1] ?? null,
          prevPageUrl: iv.pages[k - 1]?.url ?? null,
          nextPageUrl: iv.pages[k + 1]?.url ?? null,
          prevIssue: iv.prev,
          nextIssue: iv.next,
          continuation: a.continuation?.articleId ? refs.get(a.continuation.articleId) ?? null : null,
          keywords: (keywords.get(a.id) ?? []).map((kw) => kw.word),
          related: related.get(a.id) ?? [],
        });
      });
    });
  }
  const byReporter = new Map<string, ArticleRef[]>();
  for (const ref of refs.values()) {
    for (const name of ref.article.reporters) {
      const list = byReporter.get(name);
      if (list) list.push(ref);
      else byReporter.set(name, [ref]);
    }
  }
  const reporters = [...byReporter]
    // Newest issue first; within an issue, in page and reading order (refs come in that order).
    .map(([name, list]): ReporterView => {
      const articles = list.sort((a, b) => byCodePoint(b.issueId, a.issueId));
      const years: ReporterYearView[] = [];
      for (const ref of articles) {
        const year = ref.issueId.slice(0, 4);
        if (years[years.length - 1]?.year !== year) years.push({ name, year, url: reporterYearUrl(name, year), reporterUrl: reporterUrl(name), articles: [] });
        years[years.length - 1]!.articles.push(ref);
      }
      return { name, url: reporterUrl(name), articles, years };
    })
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'zh-CN'));
  const { years, months } = calendar(sorted.map((p) => p.issue), options.publicationDays);
  const views = { issues: [...issues].reverse(), pages: issues.flatMap((i) => i.pages), articles, reporters, reporterYears: reporters.flatMap((r) => r.years), years, months };
  return { paper: options.paper, publicationDays: options.publicationDays, ...views, facets: searchFacets(articles), sitemaps: sitemapFiles(views) };
}
