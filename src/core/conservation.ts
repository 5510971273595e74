/**
 * Nothing is lost: every non-blank character of a page, except the 下转/上接 markers
 * themselves, must end up in exactly one article field, caption or furniture item.
 *
 * `conservation` compares the two as multisets of characters and reports the difference;
 * `parseFile` turns a non-empty difference into an error message, and the tests demand none.
 */
import type { Article, Furniture } from './types.ts';
import { MARKER } from './steps/continuation-markers.ts';

function count(text: string, into: Map<string, number>, sign: 1 | -1): void {
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    into.set(ch, (into.get(ch) ?? 0) + sign);
  }
}

/** What a page holds, whether assembled into an issue or not yet. */
export interface PlacedPage {
  articles: readonly Pick<Article, 'kicker' | 'headline' | 'subtitles' | 'byline' | 'paragraphs' | 'crossheads' | 'captions'>[];
  furniture: readonly Furniture[];
}

/** Every text the page's articles and furniture hold. */
export function placedTexts(page: PlacedPage): string[] {
  const out: string[] = [];
  for (const a of page.articles) {
    out.push(a.kicker ?? '', a.headline ?? '', ...a.subtitles, a.byline ?? '', ...a.paragraphs);
    out.push(...a.crossheads.map((c) => c.text), ...a.captions.flatMap((c) => [c.text, c.credit]));
  }
  out.push(...page.furniture.map((f) => f.text));
  return out;
}

export interface ConservationReport {
  /** Characters in the source but in no field: lost. */
  missing: string;
  /** Characters in fields but not in the source: invented or doubled. */
  extra: string;
}

export function conservation(original: string, page: PlacedPage): ConservationReport {
  const tally = new Map<string, number>();
  count(original.replace(MARKER, ''), tally, 1);
  for (const t of placedTexts(page)) count(t, tally, -1);
  let missing = '';
  let extra = '';
  for (const [ch, n] of tally) {
    if (n > 0) missing += ch.repeat(n);
    if (n < 0) extra += ch.repeat(-n);
  }
  return { missing, extra };
}
