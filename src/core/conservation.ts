/**
 * Nothing is lost: every non-blank character of a page, except the 下转/上接 markers
 * themselves, must end up in exactly one article field, caption or furniture item.
 *
 * `conservation` compares the two as multisets of characters and reports the difference;
 * `parseFile` turns a non-empty difference into an error message, and the tests demand none.
 */
import type { Article, Furniture } from './types.ts';
import { MARKER } from './steps/continuation-markers.ts';

/** White space, which conservation ignores: as `\s` in a regular expression, by code point. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x85;
}

/**
 * Character counts by code point. Every page of the archive is counted, so this avoids a
 * regular expression and a string per character: BMP counts live in one reused array and
 * only the code points touched are read back and cleared.
 */
class Tally {
  readonly #bmp = new Int32Array(0x10000);
  readonly #touched: number[] = [];
  readonly #astral = new Map<number, number>();

  add(text: string, sign: 1 | -1): void {
    // Fields read once into locals: this loop runs over every character of the archive twice.
    const bmp = this.#bmp;
    const touched = this.#touched;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        c = text.codePointAt(i)!;
        i++;
        this.#astral.set(c, (this.#astral.get(c) ?? 0) + sign);
        continue;
      }
      // Han and full-width text (most characters) is never white space: one comparison.
      if (!(c > 0x3000 && c !== 0xfeff) && isSpace(c)) continue;
      if (bmp[c] === 0) touched.push(c);
      bmp[c]! += sign;
    }
  }

  /** The non-zero counts, in first-seen order; the tally is empty afterwards. */
  drain(): [string, number][] {
    const out: [string, number][] = [];
    for (const c of this.#touched) {
      if (this.#bmp[c] !== 0) out.push([String.fromCharCode(c), this.#bmp[c]!]);
      this.#bmp[c] = 0;
    }
    for (const [c, n] of this.#astral) if (n !== 0) out.push([String.fromCodePoint(c), n]);
    this.#touched.length = 0;
    this.#astral.clear();
    return out;
  }
}

const tally = new Tally();

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
  tally.add(original.replace(MARKER, ''), 1);
  for (const t of placedTexts(page)) tally.add(t, -1);
  let missing = '';
  let extra = '';
  for (const [ch, n] of tally.drain()) {
    if (n > 0) missing += ch.repeat(n);
    if (n < 0) extra += ch.repeat(-n);
  }
  return { missing, extra };
}
