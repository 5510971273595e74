/**
 * The site's view of the archive: issues, pages and articles with their URLs and
 * neighbours, built once from the parsed issues. Pure: templates only format what is here.
 */
import type { Article, Furniture, Issue, Message, ParsedIssue } from '../core/index.ts';

export interface PageView {
  issueId: string;
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
  prevUrl: string | null;
  nextUrl: string | null;
  messages: Message[];
}

export interface ArticleView {
  article: Article;
  issue: Issue;
  issueUrl: string;
  pageNumber: number;
  pageUrl: string;
  prev: Article | null;
  next: Article | null;
  /** The other half of a continued article, when it is in the archive. */
  continuation: Article | null;
}

export interface SiteModel {
  paper: string;
  issues: IssueView[];
  pages: PageView[];
  articles: ArticleView[];
}

export function issueUrl(id: string): string {
  return `/${id.replaceAll('-', '/')}/`;
}

export function pageUrl(id: string, page: number): string {
  return `${issueUrl(id)}${page}/`;
}

export function buildSiteModel(parsed: readonly ParsedIssue[], paper: string): SiteModel {
  const sorted = [...parsed].sort((a, b) => a.issue.date.localeCompare(b.issue.date));
  const byId = new Map<string, Article>();
  for (const p of sorted) for (const page of p.pages) for (const a of page.articles) byId.set(a.id, a);
  const issues: IssueView[] = sorted.map((p, i) => {
    const url = issueUrl(p.issue.id);
    const pages: PageView[] = p.pages.map((page, k) => ({
      issueId: p.issue.id,
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
    const count = p.issue.pageCount ?? Math.max(...p.pages.map((pg) => pg.number));
    const held = new Set(p.pages.map((pg) => pg.number));
    const missingPages = Array.from({ length: count }, (_, n) => n + 1).filter((n) => !held.has(n));
    return {
      issue: p.issue,
      url,
      pages,
      missingPages,
      prevUrl: i > 0 ? issueUrl(sorted[i - 1]!.issue.id) : null,
      nextUrl: i + 1 < sorted.length ? issueUrl(sorted[i + 1]!.issue.id) : null,
      messages: p.messages,
    };
  });
  const articles: ArticleView[] = [];
  for (const iv of issues) {
    const all = iv.pages.flatMap((pg) => pg.articles.map((a) => ({ a, pg })));
    all.forEach(({ a, pg }, k) => {
      articles.push({
        article: a,
        issue: iv.issue,
        issueUrl: iv.url,
        pageNumber: pg.number,
        pageUrl: pg.url,
        prev: all[k - 1]?.a ?? null,
        next: all[k + 1]?.a ?? null,
        continuation: a.continuation?.articleId ? byId.get(a.continuation.articleId) ?? null : null,
      });
    });
  }
  return { paper, issues: [...issues].reverse(), pages: issues.flatMap((i) => i.pages), articles };
}
