/**
 * What the search index holds for each article, built from the parsed issues (never by
 * re-reading the HTML). Pure: the shell writes these records as one index per year.
 *
 * An article's record words are the search tokens of its headline block, crossheads, body
 * and captions (codes of Han character pairs, see tokens.ts), each once, the headline
 * block's once more (so an article about a name outranks one that mentions it), plus one
 * token per filter value. Its real text is a small gzip-compressed file of its own beside the
 * year's index (`pagefind/<year>/text/<id>.pf_text`, compressed as the index files are,
 * whatever the host does), fetched by the browser for the excerpt and for the check that a
 * result really holds what was typed.
 *
 * Measured on 2,854 articles (Pagefind's own indexer, before baoku wrote the files itself):
 * the text as packed metadata cost a third of the time, and every token repeated within an
 * article 30% of the tokens; the index's size still grows with each token occurrence.
 */
import type { Article, ParsedIssue } from '../core/index.ts';
import { articleName, prefixUrl } from '../site/format.ts';
import { filterToken, searchTokens } from './tokens.ts';

export interface SearchRecord {
  url: string;
  /** Filter tokens: month, page, each reporter. */
  filters: string[];
  meta: Record<string, string>;
  /** ISO date, for sorting newest first. */
  date: string;
  /** The article's searchable text (see articleSearchText), and its file under the year's index folder. */
  text: string;
  textFile: string;
}

export interface YearRecords {
  year: string;
  records: SearchRecord[];
}

/**
 * The words of an article the reader can search: the headline block, a newline, then the
 * byline (readers search for reporters), crossheads, body and captions.
 */
export function articleSearchText(a: Article): string {
  const heading = [a.kicker, a.headline, ...a.subtitles].filter(Boolean).join(' ');
  const body = [...(a.byline ? [a.byline] : []), ...a.crossheads.map((c) => c.text), ...a.paragraphs, ...a.captions.map((c) => [c.text, c.credit].filter(Boolean).join(' '))].join('\n');
  return `${heading}\n${body}`;
}

/**
 * The words the index holds for a record: its tokens, each once, the headline block's once
 * more, then its filter tokens. Computed by the index workers, so both cores tokenize.
 */
export function recordWords(r: Pick<SearchRecord, 'text' | 'filters'>): string[] {
  const heading = r.text.slice(0, r.text.indexOf('\n'));
  return [...new Set(searchTokens(heading)), ...new Set(searchTokens(r.text)), ...r.filters];
}

/** Records grouped by the year of their issue, newest year first. */
export function searchRecordsByYear(issues: readonly ParsedIssue[], pathPrefix = '/'): YearRecords[] {
  const byYear = new Map<string, SearchRecord[]>();
  for (const issue of issues) {
    const date = issue.issue.date;
    const year = date.slice(0, 4);
    const list = byYear.get(year) ?? [];
    byYear.set(year, list);
    for (const page of issue.pages) {
      for (const a of page.articles) {
        const text = articleSearchText(a);
        const filters = [filterToken('month', date.slice(5, 7)), filterToken('page', String(page.number)), ...a.reporters.map((r) => filterToken('reporter', r))];
        const textFile = `text/${a.id.slice(5)}.pf_text`;
        list.push({
          url: prefixUrl(a.url, pathPrefix),
          filters,
          meta: {
            title: articleName(a),
            ...(a.kicker ? { kicker: a.kicker } : {}),
            date,
            page: String(page.number),
            ...(a.reporters.length ? { reporters: a.reporters.join('、') } : {}),
            text: prefixUrl(`/pagefind/${year}/${textFile}`, pathPrefix),
          },
          date,
          text,
          textFile,
        });
      }
    }
  }
  return [...byYear].sort(([a], [b]) => b.localeCompare(a)).map(([year, records]) => ({ year, records }));
}
