/**
 * Search tokens. Pagefind matches whole words and word prefixes, and splits the reader's
 * query with the browser's Chinese word segmenter (chosen by the page's language), which
 * would cut a character pair apart again. So each Han character is written as a code of
 * four Latin letters (its code point in base 26), and the index holds, for every run of Han
 * characters, the 8-letter code of each overlapping pair plus the 4-letter code of the run's
 * last character. Any typed substring of two or more characters is then the AND of its
 * pairs' codes, exactly as indexed; a single character is a 4-letter prefix of every pair
 * it starts, or the run's last character. ASCII words and numbers stay themselves, lower
 * case; any other letter or digit is coded as Han is, so the index holds ASCII words only,
 * which baoku writes itself (pagefind-files.ts) and Pagefind's query parser leaves whole.
 * No code starts with a letter after `l` (code points stop below 26⁴·12/26), so the filter
 * tokens below, which start with `q`, can never meet one.
 *
 * Measured before this design: Han pairs as plain text lost articles whenever the pair's
 * second character ended a run (放碑 in 解放碑、): the browser split the query pair into
 * two characters and found no word starting with the second.
 */
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CODE = 4;

/** `n` in base 26 as exactly `width` letters a–z. */
function letters(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** The 4-letter code of one Han character. */
export function hanCode(ch: string): string {
  return codeOf(ch.codePointAt(0)!);
}

/**
 * What each code point is, and each Han character's code, remembered: every article of the
 * archive is tokenized on each build, and a few thousand characters make up nearly all of it.
 */
const HAN_KIND = 1;
const WORD_KIND = 2;
const OTHER_KIND = 0;
const kinds = new Map<number, number>();
const codes = new Map<number, string>();

function kindOf(cp: number): number {
  if (cp >= 0x4e00 && cp <= 0x9fff) return HAN_KIND;
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? WORD_KIND : OTHER_KIND;
  let kind = kinds.get(cp);
  if (kind === undefined) {
    // Any other letter or digit (full-width Ａ１, kana, é, ②) is coded as Han is, so every
    // word of the index is plain ASCII, which Pagefind's query parser leaves as it is.
    const ch = String.fromCodePoint(cp);
    kind = HAN.test(ch) || WORD_CHAR.test(ch) ? HAN_KIND : OTHER_KIND;
    kinds.set(cp, kind);
  }
  return kind;
}

function codeOf(cp: number): string {
  let code = codes.get(cp);
  if (code === undefined) codes.set(cp, (code = letters(cp, CODE)));
  return code;
}

/**
 * Han runs (as their characters' codes) and the Latin/number words of a text, in order, in
 * one pass over its code points: a Han character ends a Latin word and extends a run;
 * another letter or digit ends a run and extends a word (lower case); anything else ends both.
 */
function pieces(text: string): { han: string[][]; latin: string[] } {
  const han: string[][] = [];
  const latin: string[] = [];
  let run: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    const kind = kindOf(cp);
    if (kind !== HAN_KIND && run.length) {
      han.push(run);
      run = [];
    }
    if (kind !== WORD_KIND && word) {
      latin.push(word);
      word = '';
    }
    if (kind === HAN_KIND) run.push(codeOf(cp));
    else if (kind === WORD_KIND) word += String.fromCodePoint(cp).toLowerCase();
  }
  if (run.length) han.push(run);
  if (word) latin.push(word);
  return { han, latin };
}

/** The 8-letter codes of a run's overlapping character pairs, in order. */
function pairCodes(run: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < run.length; i++) out.push(run[i - 1]! + run[i]!);
  return out;
}

export function searchTokens(text: string): string[] {
  const { han, latin } = pieces(text);
  const out: string[] = [];
  for (const run of han) out.push(...pairCodes(run), run[run.length - 1]!);
  return [...out, ...latin];
}

/** The query as the index holds it: pair codes for Han runs (a lone character's own code). */
export function queryTokens(query: string): string[] {
  const { han, latin } = pieces(query);
  const runCodes = han.flatMap((run) => (run.length === 1 ? [run[0]!] : pairCodes(run)));
  return [...new Set([...runCodes, ...latin])];
}

/**
 * Filters travel as tokens in the indexed content, so a filtered search is the query's
 * tokens AND the filter's token. (Pagefind's own filter files are written in hash-map order
 * and differ between two builds of the same input; tokens keep the output byte-identical.)
 * A token is lowercase Latin letters of one fixed length per kind, so Pagefind's prefix
 * matching can never widen one value into another, and no Chinese text produces one.
 */
export type FilterKind = 'month' | 'page' | 'reporter';

const FILTER_PREFIX: Record<FilterKind, string> = { month: 'qxm', page: 'qxp', reporter: 'qxr' };

/** FNV-1a over the UTF-16 code units: a stable number for a reporter's name. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The token for a filter value: month `03` (of any year), page `3`, reporter `黄茂军`.
 * Reporters are hashed into 26⁶ (309 million) values; a collision could only add a
 * candidate, which the browser's check of the reporter list then drops.
 */
export function filterToken(kind: FilterKind, value: string): string {
  if (kind === 'reporter') return FILTER_PREFIX.reporter + letters(fnv1a(value) % 26 ** 6, 6);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n >= 26 ** 2) throw new Error(`filterToken: ${kind} must be a small whole number, not ${value}`);
  return FILTER_PREFIX[kind] + letters(n, 2);
}

/** The reader's query as terms: whitespace separates them; every term must be in a result. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.trim().split(/\s+/u).filter(Boolean))];
}

/** Text with line breaks and spaces removed and Latin letters lower-cased, for matching. */
export function matchable(text: string): string {
  return text.replace(/\s+/gu, '').toLowerCase();
}

/** Whether the text holds every term (ignoring spaces and line breaks inside the text). */
export function holdsAll(text: string, terms: readonly string[]): boolean {
  const flat = matchable(text);
  return terms.every((t) => flat.includes(matchable(t)));
}
