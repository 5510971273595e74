/**
 * Parsing one input file: decode, front matter, pages, then the page pipeline.
 *
 * The page pipeline is an ordered list of named steps (as markdown-it chains its rules);
 * each step reads and refines the page draft. `PAGE_STEPS` is the whole chain.
 */
import { decode, type Encoding } from './decode.ts';
import { fileMessage } from './message.ts';
import { lineDraft, type LineDraft, type PageDraft, type PageStep } from './draft.ts';
import type { PaperProfile } from './profile.ts';
import type { JumpHeadline } from './pairing.ts';
import type { Furniture, IssueFacts, Layout, Message } from './types.ts';
import { readFrontMatter, readMetaLines, type FrontMatter } from './steps/front-matter.ts';
import { layout } from './steps/layout.ts';
import { masthead } from './steps/masthead.ts';
import { continuationMarkers } from './steps/continuation-markers.ts';
import { blocks } from './steps/blocks.ts';
import { articles } from './steps/articles.ts';
import { headlines } from './steps/headlines.ts';
import { emptyArticles } from './steps/empty-articles.ts';
import { finishArticle, type PageArticle } from './steps/finish.ts';
import { conservation } from './conservation.ts';
import { yearsMentioned } from './dates.ts';

export const PAGE_STEPS: readonly PageStep[] = [layout, masthead, continuationMarkers, blocks, articles, headlines, emptyArticles];

/** A line of an input file: the issue file itself or its sidecar `.meta` file. */
export interface Place {
  file: string;
  /** 1-based; 0 when the whole file is meant. */
  line: number;
}

export interface ParsedPage {
  file: string;
  /** Position in the file (form-feed separated), 0-based. */
  index: number;
  /** Page number when known from the text or the front matter. */
  number: number | null;
  /** Where that number was given (front matter `page:`, the masthead, else the page's first line), for messages about it. */
  numberAt: Place;
  /** The file line the page starts on. */
  firstLine: number;
  layout: Layout;
  facts: IssueFacts;
  articles: PageArticle[];
  furniture: Furniture[];
  /** The page's text as extracted (原文). */
  original: string;
  /** Page markers seen: 下转 sends text elsewhere, 上接 receives it. */
  sendsContinuations: boolean;
  receivesContinuations: boolean;
  /** What the parser had to say about this page: its guesses and the text it could not place. */
  messages: Message[];
}

export interface ParsedFile {
  file: string;
  encoding: Encoding;
  meta: FrontMatter;
  /** Where each front matter key was given: a line of the file or of its sidecar `.meta`. */
  metaAt: { [K in keyof FrontMatter]?: Place };
  pages: ParsedPage[];
  /** Years the text mentions (`2023年`), most often first: evidence for the issue's year. */
  yearsMentioned: number[];
  /** The file holds no text at all (empty, binary, too large). */
  blank: boolean;
  /** Messages about the file as a whole (encoding, front matter); its pages hold their own (see fileMessages). */
  messages: Message[];
}

export interface FileInput {
  /** The file's name as the editor knows it (relative path). */
  file: string;
  bytes: Uint8Array;
  /** The text of a sidecar `.meta` file, if there is one. */
  meta?: string;
}

/** A page of an input file: its lines, and its text as extracted (原文). */
interface PageSpan {
  raw: { no: number; raw: string }[];
  original: string;
}

/**
 * The file's pages after its front matter (`lines[bodyStart]` on), split at form feeds. Each
 * page's text is a slice of the file's, not a copy joined from its lines (a parsed archive
 * keeps every page's text; the file's text is kept once either way, as the parsed pieces of
 * one line, a headline say, are slices of it).
 */
function splitPages(text: string, lines: readonly string[], bodyStart: number): PageSpan[] {
  let at = 0;
  for (let i = 0; i < bodyStart; i++) at += lines[i]!.length + 1;
  // Where each page starts in the text; it ends before the form feed that starts the next.
  const starts = [at];
  const pages: PageSpan['raw'][] = [[]];
  for (let i = bodyStart; i < lines.length; i++) {
    const raw = lines[i]!;
    // Most lines hold no form feed: no split, no array of pieces.
    if (!raw.includes('\f')) pages[pages.length - 1]!.push({ no: i + 1, raw });
    else {
      const pieces = raw.split('\f');
      for (let k = 0, from = at; k < pieces.length; from += pieces[k]!.length + 1, k++) {
        if (k > 0) {
          starts.push(from);
          pages.push([]);
        }
        pages[pages.length - 1]!.push({ no: i + 1, raw: pieces[k]! });
      }
    }
    at += raw.length + 1;
  }
  return pages.map((raw, p) => ({ raw, original: text.slice(starts[p]!, p + 1 < starts.length ? starts[p + 1]! - 1 : text.length) }));
}

/** A line the extraction began with a space: the start of a new text frame (see the layout step). */
const FRAME_START = /^[ \u3000\t]+\S/u;

/** A fresh page draft for the pipeline: lines with their frame marks, nothing decided yet. */
export function newDraft(file: string, index: number, raw: readonly { no: number; raw: string }[], profile: PaperProfile, number: number | null, jumpHeadlines: readonly JumpHeadline[] = []): PageDraft {
  // Pushed one by one, not made by `raw.map`: once V8 optimises a `map` call it makes a holey
  // array where the interpreter made a packed one, and every step that had seen only packed
  // lines threw its optimised code away (see joinLines in draft.ts).
  const lines: LineDraft[] = [];
  for (const { no, raw: r } of raw) {
    const text = r.trim();
    // Most lines start with no space: the regular expression is asked only of those that do.
    // (An empty line is not read past its end: V8 throws optimised code away at the first such read.)
    const first = r.length > 0 ? r.charCodeAt(0) : -1;
    lines.push(lineDraft(no, text, (first === 32 || first === 0x3000 || first === 9) && FRAME_START.test(r)));
  }
  return {
    file,
    index,
    lines,
    layout: 'column',
    number,
    facts: {},
    furniture: [],
    blocks: [],
    elements: [],
    captionSlots: [],
    messages: [],
    profile,
    jumpHeadlines,
  };
}

/**
 * One page through the pipeline: its lines (numbered as in the file), the page number the file
 * gives it, and the stories other pages send on to it when they are known (see
 * rereadJumpHeadlines). The page's messages include a check that no text was lost or doubled.
 */
export function runPage(file: string, index: number, raw: readonly { no: number; raw: string }[], profile: PaperProfile, number: number | null, original: string, jumpHeadlines: readonly JumpHeadline[] = []): { draft: PageDraft; page: ParsedPage } {
  const draft = newDraft(file, index, raw, profile, number, jumpHeadlines);
  for (const step of PAGE_STEPS) step.run(draft);
  const out: PageArticle[] = [];
  for (const e of draft.elements) if (e.type === 'article') out.push(finishArticle(e.article, draft));
  draft.furniture.sort((a, b) => a.line - b.line);
  const lines = draft.lines;
  const firstLine = raw.find((r) => r.raw.trim() !== '')?.no ?? raw[0]?.no ?? 0;
  const page: ParsedPage = {
    file,
    index,
    number: draft.number,
    numberAt: { file, line: firstLine },
    firstLine,
    layout: draft.layout,
    facts: draft.facts,
    articles: out,
    furniture: draft.furniture,
    original,
    sendsContinuations: lines.some((l) => l.continuedTo !== undefined),
    receivesContinuations: lines.some((l) => l.continuedFrom !== undefined),
    messages: draft.messages,
  };
  const { missing, extra } = conservation(original, page);
  if (missing || extra) {
    page.messages.push(
      fileMessage(
        file,
        'text-lost',
        'error',
        firstLine,
        `The parser lost or doubled text on the page starting at line ${firstLine} (missing: "${missing.slice(0, 40)}", extra: "${extra.slice(0, 40)}"). This is a parser bug: report it with this file.`,
        `解析器在第${firstLine}行开始的版面上丢失或重复了文字（缺：“${missing.slice(0, 40)}”，多：“${extra.slice(0, 40)}”）。这是解析器的错误：请连同此文件一起报告。`,
      ),
    );
  }
  return { draft, page };
}

/**
 * A page read again with the stories other pages send on to it known (see
 * rereadJumpHeadlines): from its text as extracted, numbered from the line it began on.
 */
export function rereadPage(page: ParsedPage, profile: PaperProfile, jumpHeadlines: readonly JumpHeadline[]): ParsedPage {
  const texts = page.original.split('\n');
  const blankBefore = texts.findIndex((t) => t.trim() !== '');
  const start = page.firstLine - Math.max(0, blankBefore);
  const raw = texts.map((t, k) => ({ no: start + k, raw: t }));
  const again = runPage(page.file, page.index, raw, profile, page.number, page.original, jumpHeadlines).page;
  again.numberAt = page.numberAt;
  return again;
}

/** Every message about a file: its own (encoding, front matter) and its pages', doubts its issue did not resolve included. */
export function fileMessages(file: ParsedFile): Message[] {
  const messages = [...file.messages];
  for (const p of file.pages) {
    messages.push(...p.messages);
    for (const a of p.articles) if (a.headlineDoubt) messages.push(a.headlineDoubt);
  }
  return messages;
}

export function parseFile(input: FileInput, profile: PaperProfile): ParsedFile {
  const { file } = input;
  const decoded = decode(input.bytes, file);
  const messages: Message[] = [...decoded.messages];
  const lines = decoded.text.split('\n');
  const front = readFrontMatter(lines, file);
  messages.push(...front.messages);
  let meta: FrontMatter = front.meta;
  const metaAt: ParsedFile['metaAt'] = {};
  const placeKeys = (lines: typeof front.lines, where: string) => {
    for (const [key, line] of Object.entries(lines) as [keyof FrontMatter, number][]) metaAt[key] = { file: where, line };
  };
  if (input.meta !== undefined) {
    const metaFile = `${file.replace(/\.txt$/u, '')}.meta`;
    // `---` lines are allowed in a sidecar too; blank them so line numbers stay the file's own.
    const side = readMetaLines(input.meta.replace(/\r\n?/gu, '\n').split('\n').map((l) => (l.trim() === '---' ? '' : l)), 1, metaFile);
    messages.push(...side.messages);
    meta = { ...side.meta, ...meta };
    placeKeys(side.lines, metaFile);
  }
  placeKeys(front.lines, file);
  const pages: ParsedPage[] = [];
  const chunks = splitPages(decoded.text, lines, front.bodyStart);
  chunks.forEach(({ raw: chunk, original }, index) => {
    if (chunk.every((l) => l.raw.trim() === '') && chunks.length > 1) return; // a trailing form feed
    // Pages of one file follow each other: the front matter's page, or the page before + 1.
    const before = pages[pages.length - 1]?.number ?? null;
    const given = meta.page !== undefined ? meta.page + index : before !== null ? before + 1 : null;
    const { page } = runPage(file, index, chunk, profile, given, original);
    if (page.number === null && page.sendsContinuations && !page.receivesContinuations) page.number = 1;
    const masthead = page.furniture.find((f) => f.kind === 'masthead');
    if (index === 0 && metaAt.page) page.numberAt = metaAt.page;
    else if (masthead && given === null) page.numberAt = { file, line: masthead.line };
    pages.push(page);
  });
  if (decoded.encoding !== 'binary' && pages.every((p) => p.articles.length === 0)) {
    const empty = decoded.text.trim() === '';
    messages.push(
      fileMessage(
        file,
        empty ? 'file-empty' : 'no-articles',
        'error',
        0,
        empty ? 'The file is empty. Put the extracted text of a page in it, or remove it.' : 'No article was recognised in this file; all its text is listed as page furniture. Check that it is the text of a newspaper page.',
        empty ? '文件是空的。请放入一个版面提取出的文字，或删除此文件。' : '此文件中没有识别出任何文章，全部文字已列为版面内容。请确认它是报纸版面的文字。',
      ),
    );
  }
  // The years, not the whole text: the parsed archive keeps each page's text once (its original), and a parse worker sends less back.
  return { file, encoding: decoded.encoding, meta, metaAt, pages, yearsMentioned: yearsMentioned(decoded.text), blank: decoded.text.trim() === '', messages };
}
