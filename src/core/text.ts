/**
 * Small text facts about Chinese newspaper copy, shared by the parser's steps.
 */

const HAN = /\p{Script=Han}/u;

/** Is this code point a Han character? The common blocks are tested by range first. */
function isHanCode(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  // ASCII, CJK punctuation (、。「」…) and full-width forms (，：！) are never Han.
  if (c < 0x2e80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return false;
  return HAN.test(String.fromCodePoint(c));
}

/** Is this one character a Han character? */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0)!);
}

/**
 * Punctuation that only running text carries: a line holding one is not a headline. A 、 may
 * stand inside a headline (`稳增长、促改革`) but not end one: there the enumeration runs on.
 */
const SENTENCE_PUNCT = /[，。；！？,;!?]|：(?!$)|、$|\.(?=\s|$)/u;

export function hasSentencePunct(text: string): boolean {
  return SENTENCE_PUNCT.test(text.trim());
}

/** White space, as `\s` in a regular expression (and `trim`), by code point. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

const codesOf = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0)!));
/** Characters that may close a sentence… */
const SENTENCE_END = codesOf('。！？!?…');
/** …and the closing quotes and brackets that may follow them. */
const AFTER_SENTENCE_END = codesOf('”’」』）)');

/**
 * Does the text end a sentence, white space and closing quotes or brackets aside? Read from
 * the end, not by a regular expression anchored at `$` (which is tried from every position
 * of the line: every line of the archive is asked).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && AFTER_SENTENCE_END.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END.has(text.charCodeAt(i));
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Display width in columns as a Chinese page sets it: Han, full-width forms and the
 * general punctuation used in Chinese text (“” ‘’ — … ·) count 2, ASCII 1.
 */
export function displayWidth(text: string): number {
  let w = 0;
  // Indexed, not `for…of` (every line is measured, several times): a surrogate pair is one character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    w += c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) || c === 0xb7 ? 2 : 1;
  }
  return w;
}

/**
 * Does the text hold digits or Latin letters? They are set narrower than Han, so a full line
 * holding them measures short by a varying amount.
 */
export function holdsNarrowCharacters(text: string): boolean {
  return /[\x21-\x7e]/u.test(text);
}

/** Closing punctuation, which may not start a line (禁则): kept at the end of the line before. */
const CLOSING_MARK = codesOf('，。、；：！？）》」』”’…,.;:!?)');

/**
 * A line's measure: its width without a closing mark at its end, which print squeezes in or
 * hangs past the column (a line may not start with it), so a line holding one is no fuller.
 */
export function lineMeasure(text: string, width?: number): number {
  const t = text.trim();
  // `width`: the trimmed line's display width, when the caller has it already.
  // The last character read, not an expression anchored at `$` (tried from every position).
  return (width ?? displayWidth(t)) - (CLOSING_MARK.has(t.charCodeAt(t.length - 1)) ? displayWidth(t.slice(-1)) : 0);
}

/** A paragraph's first line is set two characters (4 display units) in; the extraction drops the indent. */
export const INDENT = 4;

/** Join hard-wrapped lines: the extraction wrapped anywhere, so nothing is inserted. */
export function joinWrapped(lines: readonly string[]): string {
  return lines.map((l) => l.trim()).join('');
}

/**
 * The k-th smallest of the values (0-based), found in place (the array is left reordered);
 * undefined when there is no k-th. A quantile of line widths is taken for every page, block
 * and story: sorting them through a comparison function for one element cost more than
 * selecting it.
 */
export function nthSmallest(values: number[], k: number): number | undefined {
  if (k < 0 || k >= values.length) return undefined;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const a = values[lo]!;
    const b = values[(lo + hi) >>> 1]!;
    const c = values[hi]!;
    // The median of three as the pivot: sorted or equal runs split in the middle.
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    // Now lo..j hold no more than the pivot, i..hi no less, and anything between equals it.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/** Remove every white-space character: `李 一` is 李一. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A pair of Han characters as one number (two code points), cheaper to hash than a string. */
export type Bigram = number;

/** The common Han block (U+4E00–U+9FFF), which holds nearly every character of the paper's text. */
const COMMON_HAN_FIRST = 0x4e00;
const COMMON_HAN_SIZE = 0x5200;
/** Bigrams below this are pairs of the common block; every other pair numbers above. */
const COMMON_PAIRS = COMMON_HAN_SIZE * COMMON_HAN_SIZE;

/**
 * Two code points as one Bigram. A pair from the common block numbers under 2^29, a small
 * integer V8 keeps unboxed (a larger number is a heap object: one allocation per pair, and
 * the parser's garbage); any other pair numbers above every such one, so no two pairs meet.
 */
function bigramOf(a: number, b: number): Bigram {
  const x = a - COMMON_HAN_FIRST;
  const y = b - COMMON_HAN_FIRST;
  if (x >= 0 && x < COMMON_HAN_SIZE && y >= 0 && y < COMMON_HAN_SIZE) return x * COMMON_HAN_SIZE + y;
  return a * 0x110000 + b;
}

/** A bigram's slot in a table of 2^(32 - shift): the top bits of a multiplicative hash of its low 32 bits. */
function slotOf(g: Bigram, shift: number): number {
  return Math.imul(g | 0, 0x9e3779b1) >>> shift;
}

/** A bigram's bit in a BigramFilter: one of 65,536. */
function filterSlot(g: Bigram): number {
  return slotOf(g, 16);
}

/** Whether a filter of these bits and this set keeps `g`: its bit first, then the set. */
function filterKeeps(bits: Int32Array, set: ReadonlySet<Bigram>, g: Bigram): boolean {
  const h = filterSlot(g);
  return (bits[h >>> 5]! & (1 << (h & 31))) !== 0 && set.has(g);
}

/**
 * A set of bigrams to keep while scanning a text (a page's headlines, say), with a bit table
 * in front: most pairs of a story are in no headline, and a bit tells so for less than a
 * lookup in the set costs. The set decides the rest, so the answer is the set's.
 */
export class BigramFilter {
  /** One bit per filterSlot, set for the slots of the set's bigrams (read by BigramScan). */
  readonly bits = new Int32Array(2048);
  constructor(readonly set: ReadonlySet<Bigram>) {
    for (const g of set) {
      const h = filterSlot(g);
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  has(g: Bigram): boolean {
    return filterKeeps(this.bits, this.set, g);
  }
}

/**
 * Overlapping pairs of Han characters: the unit of content similarity. Characters that are
 * not Han (punctuation, digits, spaces) are skipped, so pairs run across them, and across
 * the texts fed one after another: the lines of a hard-wrapped story give the pairs of their
 * joined text without the joined string being made (a page's stories are scanned several times).
 */
export class BigramScan {
  readonly grams = new Set<Bigram>();
  #prev = -1;
  /**
   * `only`: keep just the bigrams that matter (a page's headlines), for speed. `distinct`:
   * sortedBigrams' table, which then takes the pairs instead of `grams`.
   */
  constructor(
    readonly only?: BigramFilter,
    private readonly distinct?: DistinctBigrams,
  ) {}

  add(text: string): this {
    const { grams, distinct } = this;
    // The filter's bit table and set read once, not through its `has`: this test runs for every pair.
    const bits = this.only?.bits;
    const only = this.only?.set;
    let prev = this.#prev;
    // Indexed, not `for…of`: this runs over every article's text and is the parser's hot loop.
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      let g: Bigram;
      const x = c - COMMON_HAN_FIRST;
      if (x >= 0 && x < COMMON_HAN_SIZE) {
        // The common Han block, nearly every character: its pair with a common character before it made here.
        const px = prev - COMMON_HAN_FIRST;
        if (px >= 0 && px < COMMON_HAN_SIZE) g = px * COMMON_HAN_SIZE + x;
        else if (prev < 0) {
          prev = c;
          continue;
        } else g = bigramOf(prev, c);
      } else {
        if (c < 0x2e80) continue;
        if (c >= 0xd800 && c <= 0xdbff) {
          c = text.codePointAt(i)!;
          i++;
        }
        if (!isHanCode(c)) continue;
        if (prev < 0) {
          prev = c;
          continue;
        }
        g = bigramOf(prev, c);
      }
      prev = c;
      if (distinct !== undefined) distinct.add(g);
      else if (bits === undefined) grams.add(g);
      else if (filterKeeps(bits, only!, g)) grams.add(g);
    }
    this.#prev = prev;
    return this;
  }
}

/** The Han bigrams of one text (see BigramScan). */
export function hanBigrams(text: string, only?: BigramFilter): Set<Bigram> {
  return new BigramScan(only).add(text).grams;
}

/**
 * The distinct Han bigrams of a text in ascending order, as two arrays: the common block's
 * pairs, nearly all of them, as 32-bit integers, and the few others (each numbered above
 * every common pair) apart. Copied between threads as one block of memory, half the size of
 * a Float64Array's (the continued parts' words of 2,000 issues: 29 → 15 MB, kept all build
 * long), sorted as integers (V8 sorts a Float64Array through a slower comparison that orders
 * NaN and -0: measured, most of the parser's sorting time), and intersected by one walk each
 * (`sharedCount`).
 */
export interface SortedBigrams {
  common: Int32Array;
  rare: number[];
}

/**
 * The distinct common-block pairs of one text at a time, told apart by an open-addressed
 * table kept from text to text, where a slot is in use only if it holds the current text's
 * stamp (so nothing is cleared between texts), and the pairs kept in the order found. A Set
 * grown for each continued part's text made a tenth of the parse's garbage (209 MB over
 * 2,000 issues) and cost more to fill: callgrind over 700 files 7.93 → 7.87 billion
 * instructions (the least of two runs each).
 */
class DistinctBigrams {
  #keys = new Int32Array(1 << 12);
  #stamps = new Int32Array(1 << 12);
  /** 32 less the table's size in bits (see slotOf). */
  #shift = 32 - 12;
  #stamp = 0;
  /** The pairs found, in order: room for half the table, which grows before it is fuller. */
  #found = new Int32Array(1 << 11);
  #count = 0;
  readonly rare = new Set<Bigram>();

  /** Start on a new text. */
  clear(): void {
    if (++this.#stamp === 0x7fffffff) {
      this.#stamps.fill(0);
      this.#stamp = 1;
    }
    this.#count = 0;
    this.rare.clear();
  }

  /** Add one pair of the text (as BigramScan does). */
  add(g: Bigram): void {
    if (g >= COMMON_PAIRS) {
      this.rare.add(g);
      return;
    }
    const keys = this.#keys;
    const stamps = this.#stamps;
    const stamp = this.#stamp;
    const mask = keys.length - 1;
    let slot = slotOf(g, this.#shift);
    for (; stamps[slot] === stamp; slot = (slot + 1) & mask) if (keys[slot] === g) return;
    stamps[slot] = stamp;
    keys[slot] = g;
    this.#found[this.#count++] = g;
    if (this.#count === this.#found.length) this.#grow();
  }

  /** Half full: a table and a list twice the size, with the pairs found so far entered again. */
  #grow(): void {
    const found = new Int32Array(this.#found.length * 2);
    found.set(this.#found);
    this.#found = found;
    const keys = (this.#keys = new Int32Array(this.#keys.length * 2));
    const stamps = (this.#stamps = new Int32Array(keys.length));
    this.#shift--;
    const mask = keys.length - 1;
    for (let k = 0; k < this.#count; k++) {
      const g = this.#found[k]!;
      let slot = slotOf(g, this.#shift);
      while (stamps[slot] === this.#stamp) slot = (slot + 1) & mask;
      stamps[slot] = this.#stamp;
      keys[slot] = g;
    }
  }

  /** The common pairs found, ascending, in an array of their own. */
  sortedCommon(): Int32Array {
    return this.#found.slice(0, this.#count).sort();
  }
}

const distinct = new DistinctBigrams();

export function sortedBigrams(text: string): SortedBigrams {
  distinct.clear();
  new BigramScan(undefined, distinct).add(text);
  return { common: distinct.sortedCommon(), rare: [...distinct.rare].sort((x, y) => x - y) };
}

/** How many distinct bigrams a SortedBigrams holds. */
export function bigramCount(grams: SortedBigrams): number {
  return grams.common.length + grams.rare.length;
}

/** How many bigrams two SortedBigrams share. */
export function sharedCount(a: SortedBigrams, b: SortedBigrams): number {
  return sharedSorted(a.common, b.common) + sharedSorted(a.rare, b.rare);
}

/** How many values two ascending arrays of distinct values share. */
function sharedSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * How much of `short` (a headline) is found in `long` (a body): the share of the
 * headline's Han bigrams that the body also holds. 0 = nothing in common, 1 = all.
 */
export function coverage(short: Set<Bigram>, long: Set<Bigram>): number {
  if (short.size === 0) return 0;
  let hit = 0;
  for (const g of short) if (long.has(g)) hit++;
  return hit / short.size;
}

/** Full-width digits and brackets to ASCII, for reading numbers and markers. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Chinese numerals up to the hundreds (for 第十一期, 二〇二四年). */
export function chineseNumber(text: string): number | null {
  const half = toHalfWidth(text);
  if (/^\d+$/u.test(half)) return Number(half);
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if ([...text].every((c) => c in digits)) return Number([...text].map((c) => digits[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c in digits) current = digits[c]!;
    else if (c === '十') { total += (current || 1) * 10; current = 0; }
    else if (c === '百') { total += (current || 1) * 100; current = 0; }
    else return null;
  }
  return total + current;
}

/**
 * A headline's bigrams, each weighed by how rare it is among `corpus` (the texts it could
 * match): words every article on the page shares (发展, 建设) say little about which one a
 * headline belongs to, rare ones (营商, 新年夜) say much. Weighed once per headline, then
 * compared with each candidate by `weightedCoverage`.
 */
export interface WeighedBigrams {
  grams: Bigram[];
  weights: number[];
  /** The weights' sum. */
  total: number;
}

export function weighBigrams(short: Set<Bigram>, corpus: Corpus): WeighedBigrams {
  const grams: Bigram[] = [];
  const weights: number[] = [];
  let total = 0;
  for (const g of short) {
    const df = corpus.df(g);
    // A bigram no candidate holds tells nothing about which candidate is meant.
    if (df === 0) continue;
    const w = Math.log((corpus.size + 1) / (df + 0.5));
    grams.push(g);
    weights.push(w);
    total += w;
  }
  return { grams, weights, total };
}

/** Like `coverage`, but each of the headline's bigrams counts by its weight (see `weighBigrams`). */
export function weightedCoverage(short: WeighedBigrams, long: Set<Bigram>): number {
  const { grams, weights, total } = short;
  let hit = 0;
  for (let i = 0; i < grams.length; i++) if (long.has(grams[i]!)) hit += weights[i]!;
  return total > 0 ? hit / total : 0;
}

/** The texts a headline could belong to, with how many of them hold each bigram. */
export class Corpus {
  readonly size: number;
  readonly #df = new Map<Bigram, number>();
  constructor(docs: Iterable<Set<Bigram>>) {
    let n = 0;
    for (const doc of docs) {
      n++;
      for (const g of doc) this.#df.set(g, (this.#df.get(g) ?? 0) + 1);
    }
    this.size = n;
  }
  df(gram: Bigram): number {
    return this.#df.get(gram) ?? 0;
  }
}

/**
 * Strings in plain code-unit order, not the locale's collation (localeCompare costs ICU
 * collation: a third of the site model's time). For ASCII ids, ISO dates and search index
 * words this is code-point order.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
