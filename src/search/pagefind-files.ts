/**
 * A year's search index as the files Pagefind's browser runtime reads (Pagefind 1.5.2's file
 * format), written by baoku rather than by Pagefind's indexer. Pure: records in, the files'
 * names and uncompressed contents out; the shell compresses and writes them (search-worker.ts)
 * and takes Pagefind's own runtime (pagefind.js, its WebAssembly) from Pagefind itself.
 *
 * Why not Pagefind's indexer (measured on one synthetic year, 3,734 articles, 1.8 million
 * tokens): its service took 5.1 s to write the files, 4.2 s of it compressing the index
 * chunks at gzip's best level (the chunks are long runs of small integers, deflate's slowest
 * input; the default level gives files 0.1% larger in a fifth of the time), and held about
 * 1.25 GB. The 2,000-issue archive's index took 52-105 s and 3.2-3.4 GB over runs, against a
 * budget of 60 s and 3 GB; written here, 11.5-37.6 s and 0.9 GB (README, `npm run bench`).
 *
 * The format, as Pagefind 1.5.2 writes it (checked against its own output by
 * tests/search/pagefind-files.test.ts): every file is gzip of `pagefind_dcd` and a payload.
 * - `pagefind.<hash>.pf_meta` (CBOR): [version, pages: [[fragment hash, word count]],
 *   index chunks: [[from, to, hash]], filters: [], sorts: [[key, page numbers in order]],
 *   metadata keys].
 * - `index/<hash>.pf_index` (CBOR): [[[word, [[page, content locations, metadata locations]],
 *   []]]], words in code-point order, a new chunk once a chunk holds 20,000 locations (each
 *   page's locations and one for the page). Pages are written as the difference from the
 *   word's page before; content locations as -25 (weight 1), then the word's positions, each
 *   as the difference from the one before. Metadata is not indexed: baoku never searches it.
 * - `fragment/<hash>.pf_fragment` (JSON): url, content, word_count, filters, meta, anchors.
 *   The content is left empty: the browser shows baoku's own excerpt from the article's text.
 * Hashes are SHA-1 in hex (each byte without a leading zero), cut to 7 characters after the
 * language (15 for the meta file), lengthened by one while two files would share a name.
 */
import { createHash } from 'node:crypto';
import { byCodePoint } from '../core/text.ts';

export const PAGEFIND_VERSION = '1.5.2';
export const LANGUAGE = 'unknown';
/** Locations per index chunk before a new one starts, as Pagefind chunks. */
const CHUNK_LOCATIONS = 20_000;
/** Pagefind's weight marker for ordinary content (weight 1). */
const CONTENT_WEIGHT = -25;

export interface IndexRecord {
  url: string;
  /** The content's words in order; a word's position is its index here. */
  words: readonly string[];
  meta: Readonly<Record<string, string>>;
  /** Sort keys and their values (compared as text, as Pagefind does for dates). */
  sort: Readonly<Record<string, string>>;
}

export interface IndexFiles {
  /** `pagefind-entry.json`'s language entry: the meta file's hash and the page count. */
  entry: { hash: string; page_count: number };
  /** Path under the index folder → payload (to be written as gzip of `pagefind_dcd` + payload). */
  files: Map<string, Uint8Array>;
}

/** A minimal CBOR writer: unsigned and negative integers, text, definite arrays. */
class Cbor {
  #buf = new Uint8Array(1 << 16);
  #at = 0;
  #encoder = new TextEncoder();

  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.#at));
    this.#buf = next;
  }

  #head(major: number, n: number): void {
    this.#room(9);
    const b = this.#buf;
    const m = major << 5;
    if (n < 24) b[this.#at++] = m | n;
    else if (n < 0x100) {
      b[this.#at++] = m | 24;
      b[this.#at++] = n;
    } else if (n < 0x10000) {
      b[this.#at++] = m | 25;
      b[this.#at++] = n >> 8;
      b[this.#at++] = n & 0xff;
    } else if (n < 0x100000000) {
      b[this.#at++] = m | 26;
      b[this.#at++] = (n >>> 24) & 0xff;
      b[this.#at++] = (n >>> 16) & 0xff;
      b[this.#at++] = (n >>> 8) & 0xff;
      b[this.#at++] = n & 0xff;
    } else throw new Error(`Cbor: ${n} is too large`);
  }

  int(n: number): this {
    if (n >= 0) this.#head(0, n);
    else this.#head(1, -1 - n);
    return this;
  }

  text(s: string): this {
    const bytes = this.#encoder.encode(s);
    this.#head(3, bytes.length);
    this.#room(bytes.length);
    this.#buf.set(bytes, this.#at);
    this.#at += bytes.length;
    return this;
  }

  array(length: number): this {
    this.#head(4, length);
    return this;
  }

  bytes(): Uint8Array {
    return this.#buf.slice(0, this.#at);
  }
}

/** SHA-1 as Pagefind spells it: each byte in hex without its leading zero (`05` is `5`). */
const sha1 = (data: Uint8Array | string) => [...createHash('sha1').update(data).digest()].map((b) => b.toString(16)).join('');

/**
 * Names by content hash, as Pagefind names them: the language, `_`, the first `length`
 * characters of the SHA-1, one more while another file already has the name.
 */
class Names {
  #taken = new Map<string, string>();
  name(data: Uint8Array | string, length = 7): string {
    const full = sha1(data);
    for (let n = length; ; n++) {
      const name = `${LANGUAGE}_${full.slice(0, n)}`;
      const holder = this.#taken.get(name);
      if (holder === undefined || holder === full) {
        this.#taken.set(name, full);
        return name;
      }
      if (n >= full.length) throw new Error(`Names: two files share the hash ${full}`);
    }
  }
}

/** The shortest prefixes that still tell the end of one chunk from the start of the next. */
function boundary(last: string, first: string): [string, string] {
  let common = 0;
  while (common < last.length && common < first.length && last[common] === first[common]) common++;
  return [last.slice(0, common + 1), first.slice(0, common + 1)];
}

/** A year's index files for its records; a record's page number is its place in the list. */
export function pagefindIndexFiles(records: readonly IndexRecord[]): IndexFiles {
  const files = new Map<string, Uint8Array>();
  const names = new Names();

  // Each word's occurrences as (page, position) pairs, pages in order, positions rising.
  const postings = new Map<string, number[]>();
  records.forEach((r, page) => {
    r.words.forEach((word, position) => {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push(page, position);
    });
  });

  // Fragments: one per record, named by their JSON.
  const encoder = new TextEncoder();
  const pages = records.map((r) => {
    const meta = Object.fromEntries(Object.entries(r.meta).sort(([a], [b]) => byCodePoint(a, b)));
    const json = encoder.encode(JSON.stringify({ url: r.url, content: '', word_count: r.words.length, filters: {}, meta, anchors: [] }));
    const hash = names.name(json);
    files.set(`fragment/${hash}.pf_fragment`, json);
    return { hash, wordCount: r.words.length };
  });

  // Index chunks: words in code-point order, cut once a chunk holds CHUNK_LOCATIONS.
  const words = [...postings.keys()].sort(byCodePoint);
  const chunks: { first: string; last: string; hash: string }[] = [];
  let start = 0;
  while (start < words.length) {
    let end = start;
    let size = 0;
    const pageCounts: number[] = [];
    while (end < words.length && size < CHUNK_LOCATIONS) {
      const list = postings.get(words[end]!)!;
      const pages = pagesIn(list);
      pageCounts.push(pages);
      // Each page: its positions, the weight marker, and one for the page itself.
      size += list.length / 2 + 2 * pages;
      end++;
    }
    const cbor = new Cbor().array(1).array(end - start);
    for (let w = start; w < end; w++) {
      const list = postings.get(words[w]!)!;
      cbor.array(3).text(words[w]!).array(pageCounts[w - start]!);
      let previous = 0;
      for (let i = 0; i < list.length; ) {
        const page = list[i]!;
        let j = i;
        while (j < list.length && list[j] === page) j += 2;
        // Page numbers are written as the difference from the word's page before.
        cbor.array(3).int(page - previous).array(1 + (j - i) / 2).int(CONTENT_WEIGHT);
        previous = page;
        // So are positions, each from the one before.
        for (let k = i; k < j; k += 2) cbor.int(list[k + 1]! - (k > i ? list[k - 1]! : 0));
        cbor.array(0);
        i = j;
      }
      cbor.array(0);
    }
    const data = cbor.bytes();
    const hash = names.name(data);
    files.set(`index/${hash}.pf_index`, data);
    chunks.push({ first: words[start]!, last: words[end - 1]!, hash });
    start = end;
  }

  // The meta file: pages, chunks, sorts, metadata keys.
  const sortKeys = [...new Set(records.flatMap((r) => Object.keys(r.sort)))].sort(byCodePoint);
  const metaKeys = [...new Set(records.flatMap((r) => Object.keys(r.meta)))].sort(byCodePoint);
  const meta = new Cbor().array(6).text(PAGEFIND_VERSION).array(pages.length);
  for (const p of pages) meta.array(2).text(p.hash).int(p.wordCount);
  meta.array(chunks.length);
  chunks.forEach((c, i) => {
    // Between two chunks, the shortest prefixes that tell them apart; a chunk whose shortened
    // end would sort before its start keeps its last word whole (as Pagefind 1.5.2 does).
    const from = i > 0 ? boundary(chunks[i - 1]!.last, c.first)[1] : c.first;
    const to = i + 1 < chunks.length ? boundary(c.last, chunks[i + 1]!.first)[0] : c.last;
    meta.array(3).text(from).text(to < from ? c.last : to).text(c.hash);
  });
  meta.array(0).array(sortKeys.length);
  for (const key of sortKeys) {
    const order = records.flatMap((r, page) => (key in r.sort ? [page] : [])).sort((a, b) => byCodePoint(records[a]!.sort[key]!, records[b]!.sort[key]!) || a - b);
    meta.array(2).text(key).array(order.length);
    for (const page of order) meta.int(page);
  }
  meta.array(metaKeys.length);
  for (const key of metaKeys) meta.text(key);
  const metaData = meta.bytes();
  const metaHash = names.name(metaData, 15);
  files.set(`pagefind.${metaHash}.pf_meta`, metaData);
  return { entry: { hash: metaHash, page_count: records.length }, files };
}

/** How many pages a posting list of (page, position) pairs names. */
function pagesIn(list: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i += 2) if (i === 0 || list[i] !== list[i - 2]) n++;
  return n;
}
