/**
 * Nothing is lost: every non-blank character of a page, except the 下转/上接 markers
 * themselves, must end up in exactly one article field, caption or furniture item.
 *
 * `conservation` compares the two as multisets of characters and reports the difference;
 * `parseFile` turns a non-empty difference into an error message, and the tests demand none.
 */
import type { Article, Furniture } from './types.ts';
import { MARKER, takesMarker } from './steps/continuation-markers.ts';
import { isSpace } from './text.ts';

/**
 * Character counts by code point. Every page of the archive is counted, so this avoids a
 * regular expression and a string per character: BMP counts live in one reused array and
 * only the code points touched are read back and cleared. The list of those keeps its room
 * from page to page (`#touchedCount` says how much of it is in use): emptied by setting its
 * length, it was grown again for every page.
 */
class Tally {
  readonly #bmp = new Int32Array(0x10000);
  readonly #touched: number[] = [];
  #touchedCount = 0;
  readonly #astral = new Map<number, number>();

  add(text: string, sign: 1 | -1): void {
    // Fields read once into locals: this loop runs over every character of the archive twice.
    const bmp = this.#bmp;
    const touched = this.#touched;
    let count = this.#touchedCount;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        c = text.codePointAt(i)!;
        i++;
        this.#astral.set(c, (this.#astral.get(c) ?? 0) + sign);
        continue;
      }
      // White space is not counted. Han and full-width text (most characters) is never white space: one comparison.
      if (!(c > 0x3000 && c !== 0xfeff) && isSpace(c)) continue;
      if (bmp[c] === 0) touched[count++] = c;
      bmp[c]! += sign;
    }
    this.#touchedCount = count;
  }

  /** The non-zero counts, in first-seen order; the tally is empty afterwards. */
  drain(): [string, number][] {
    const out: [string, number][] = [];
    for (let k = 0; k < this.#touchedCount; k++) {
      const c = this.#touched[k]!;
      if (this.#bmp[c] !== 0) out.push([String.fromCharCode(c), this.#bmp[c]!]);
      this.#bmp[c] = 0;
    }
    for (const [c, n] of this.#astral) if (n !== 0) out.push([String.fromCodePoint(c), n]);
    this.#touchedCount = 0;
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

/** Take every text the page's articles and furniture hold off the tally. */
function subtractPlaced(page: PlacedPage): void {
  for (const a of page.articles) {
    if (a.kicker !== null) tally.add(a.kicker, -1);
    if (a.headline !== null) tally.add(a.headline, -1);
    for (const t of a.subtitles) tally.add(t, -1);
    if (a.byline !== null) tally.add(a.byline, -1);
    for (const t of a.paragraphs) tally.add(t, -1);
    for (const c of a.crossheads) tally.add(c.text, -1);
    for (const c of a.captions) {
      tally.add(c.text, -1);
      tally.add(c.credit, -1);
    }
  }
  for (const f of page.furniture) tally.add(f.text, -1);
}

export interface ConservationReport {
  /** Characters in the source but in no field: lost. */
  missing: string;
  /** Characters in fields but not in the source: invented or doubled. */
  extra: string;
}

export function conservation(original: string, page: PlacedPage): ConservationReport {
  // The 下转/上接 markers are the one text kept in no field: counted, then taken off again
  // (cheaper than a copy of the page without them); only those the markers step takes out.
  tally.add(original, 1);
  for (const marker of original.matchAll(MARKER)) if (takesMarker(marker)) tally.add(marker[0], -1);
  subtractPlaced(page);
  let missing = '';
  let extra = '';
  for (const [ch, n] of tally.drain()) {
    if (n > 0) missing += ch.repeat(n);
    if (n < 0) extra += ch.repeat(-n);
  }
  return { missing, extra };
}
