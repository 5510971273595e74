/** The shape of a seed's golden file: the issue facts and each page's articles and furniture. */
import type { ParsedIssue } from '../../src/core/index.ts';
import type { articleSummary } from '../helpers.ts';

export function goldenOf(issues: ParsedIssue[], file: string, summarise: typeof articleSummary) {
  const issue = issues.find((i) => i.pages.some((p) => p.source === file));
  if (!issue) throw new Error(`${file} is in no issue`);
  return {
    issue: issue.issue,
    pages: issue.pages
      .filter((p) => p.source === file)
      .map((p) => ({
        number: p.number,
        layout: p.layout,
        articles: p.articles.map((a) => ({ id: a.id, lines: `${a.lines.from}-${a.lines.to}`, ...summarise(a) })),
        furniture: p.furniture.map((f) => `${f.line} ${f.kind}: ${f.text.replace(/\n/gu, ' / ')}`),
      })),
    messages: issue.messages.filter((m) => m.file === file && m.code !== 'continuation-page-missing').map((m) => `${m.line} ${m.severity} ${m.code}`),
  };
}
