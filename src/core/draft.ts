/**
 * The parser's working state: what the steps read and write while a page is parsed.
 * Only the final step turns a draft into the published types of `types.ts`.
 */
import { fileMessage } from './message.ts';
import type { Caption, Furniture, FurnitureKind, IssueFacts, Layout, Message, SourceLine } from './types.ts';
import type { PaperProfile } from './profile.ts';
import { BigramScan, displayWidth, type Bigram, type BigramFilter } from './text.ts';
import type { JumpHeadline } from './pairing.ts';

/** A source line with the continuation markers found in it taken out. */
export interface LineDraft extends SourceLine {
  /** Display width of the text: measured once, when the line is read, and again by a step that changes the text. */
  width: number;
  /** 下转N版 found in this line. */
  continuedTo?: number;
  /** 上接N版 found in this line. */
  continuedFrom?: number;
  /** Display width of the marker text taken out of this line (it took room in the column); 0 if none. */
  markerWidth: number;
}

/**
 * A line as the parser first reads it, measured, with no marker found yet. Every field a step
 * may set later is set here, so that every line has one shape: lines given new fields
 * mid-parse (a marker's) had V8 throw away the steps' optimised code, which had seen only
 * lines without (measured: fewer recompilations, about 0.1 s less CPU per thread over 2,000
 * issues).
 */
export function lineDraft(no: number, text: string, framed: boolean): LineDraft {
  return { no, text, width: displayWidth(text), framed, markerWidth: 0, continuedTo: undefined, continuedFrom: undefined };
}

export type BlockKind = 'body' | 'heading' | 'byline' | 'caption' | 'furniture' | 'marker';

/** Lines that belong together: between blank lines, frame starts or article starts. */
export interface Block {
  kind: BlockKind;
  lines: LineDraft[];
  /** A blank line stood before this block (a column end or a paragraph end). */
  gapBefore: boolean;
  furnitureKind?: FurnitureKind;
}

/** Consecutive headline lines: 引题, 主题, 副题 in some order, plus a byline printed with them. */
export interface HeadingGroup {
  /** The group's sub-blocks, split where the source had a blank line. */
  blocks: LineDraft[][];
  /** A byline printed with the headline (`本报评论员`). */
  byline: LineDraft | null;
  framed: boolean;
}

export interface ArticleDraft {
  /** Body blocks in reading order, with crossheads between them. */
  parts: ({ type: 'body'; lines: LineDraft[]; gapBefore: boolean } | { type: 'crosshead'; lines: LineDraft[] })[];
  captions: Caption[];
  continuedTo: number | null;
  continuedFrom: number | null;
  /** The body began with a sign of a new article: 本报讯, 上接, a new text frame. */
  startSignal: boolean;
  /** The line of the 上接 marker, standing alone, that began this article; null when none did. */
  markerLine: number | null;
  heading: HeadingGroup | null;
  /** A byline printed apart from the body (`记者 姚延洋` after it, `本报评论员` with the headline). */
  bylineLines: LineDraft[];
  /**
   * A 上接 part's headline matched mostly by position: the warning, held back until the issue
   * is assembled, where the front page's headline, which a jump headline repeats, may confirm it.
   */
  headlineDoubt: Message | null;
}

/**
 * The page in reading order: articles, headline groups, and where furniture stood between
 * them (a slogan between a headline and a text means they are not neighbours).
 */
export type Element = { type: 'article'; article: ArticleDraft } | { type: 'group'; group: HeadingGroup } | { type: 'furniture' };

export interface PageDraft {
  file: string;
  /** Position of this page in its file (form-feed separated), 0-based. */
  index: number;
  lines: LineDraft[];
  layout: Layout;
  /** Page number, when the file or the text tells it. */
  number: number | null;
  facts: IssueFacts;
  furniture: Furniture[];
  blocks: Block[];
  elements: Element[];
  /** Captions met while cutting articles, with the element index they stood at. */
  captionSlots: { block: Block; at: number }[];
  messages: Message[];
  profile: PaperProfile;
  /**
   * The stories other pages of the issue send on to this one (下转), when the page is read again
   * with them known (see rereadJumpHeadlines); empty the first time.
   */
  jumpHeadlines: readonly JumpHeadline[];
}

/** One named step of the page pipeline. Steps may read and replace any part of the draft. */
export interface PageStep {
  name: string;
  run(page: PageDraft): void;
}

/** A message about a line of the page, not yet said (see ArticleDraft.headlineDoubt): `text` in English, `zh` the same in Chinese. */
export function pageMessage(page: PageDraft, code: string, severity: Message['severity'], line: number, text: string, zh: string): Message {
  return fileMessage(page.file, code, severity, line, text, zh);
}

/** Says a message about a line of the page. */
export function message(page: PageDraft, code: string, severity: Message['severity'], line: number, text: string, zh: string): void {
  page.messages.push(pageMessage(page, code, severity, line, text, zh));
}

/** The Han bigrams of blocks or parts, as of their wrapped text (see BigramScan): `only` as there. */
export function wrappedBigrams(pieces: readonly { lines: readonly LineDraft[] }[], only?: BigramFilter): Set<Bigram> {
  const scan = new BigramScan(only);
  for (const p of pieces) for (const l of p.lines) scan.add(l.text);
  return scan.grams;
}

/** The Han bigrams of an article's text so far. */
export function articleBigrams(a: ArticleDraft, only?: BigramFilter): Set<Bigram> {
  return wrappedBigrams(a.parts, only);
}

/**
 * The lines' text joined by `separator`, each line trimmed first when `trim`. Collected in a
 * loop, not by `lines.map(...).join(...)`: V8's optimised `map` makes a holey array where the
 * interpreter's made a packed one, so the `join` optimised beside it failed on its own result
 * and every function holding one threw its optimised code away (measured in the parse of
 * 2,000 issues: one recompilation per such function and thread).
 */
export function joinLines(lines: readonly LineDraft[], separator: string, trim = false): string {
  const texts: string[] = [];
  for (const l of lines) texts.push(trim ? l.text.trim() : l.text);
  return texts.join(separator);
}
