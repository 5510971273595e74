/**
 * The newspaper's own vocabulary, as typed data.
 *
 * Everything the parser yields is plain JSON-serialisable data: the build writes it
 * to `_site/api/` unchanged, and templates only format it.
 */

/** How sure the parser is about something it reports. */
export type Severity = 'error' | 'warning' | 'info';

/** A message about the input: collected as data, never thrown. */
export interface Message {
  /** Stable machine-readable code, e.g. `headline-missing`. */
  code: string;
  severity: Severity;
  /** The input file, as the editor named it (path relative to the archive root). */
  file: string;
  /** 1-based line in that file; 0 when the message concerns the whole file. */
  line: number;
  /** A sentence an editor understands: what is wrong and what to do (the terminal's, in English). */
  text: string;
  /** The same in Chinese, as the editors' report (编辑报告) shows it. */
  zh: string;
}

/** One line of an input file, after decoding. */
export interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  /** The line without trailing white space and without a leading frame space. */
  text: string;
  /** The extraction put a space before the line: a new text frame starts here. */
  framed: boolean;
}

/** Facts printed in the masthead (报头), or given by the editor. */
export interface IssueFacts {
  paper?: string;
  /** ISO date, `2024-03-29`. */
  date?: string;
  /** `星期五` as printed. */
  weekday?: string;
  /** Lunar date as printed, `甲辰年二月二十`. */
  lunarDate?: string;
  /** Issue number of the year (第36期). */
  number?: number;
  /** Cumulative number (总第2021期). */
  totalNumber?: number;
  /** Pages today (今日4版). */
  pageCount?: number;
}

/** Where a fact came from. */
export type FactSource = 'masthead' | 'front-matter' | 'inferred' | 'none';

/** Furniture kinds: page furniture is everything that is printed but is not an article. */
export type FurnitureKind =
  | 'masthead' // 报头
  | 'banner' // series banner, 通栏
  | 'slogan' // 标语
  | 'qr-notice' // 扫码…
  | 'section-label' // 栏目
  | 'orphan-headline' // a headline block whose body is not on this page
  | 'unplaced'; // text the parser could not place anywhere else (always with a message)

export interface Furniture {
  kind: FurnitureKind;
  /** The text as printed (lines joined by newlines). */
  text: string;
  /** 1-based source line of its first line. */
  line: number;
}

/** A picture caption (图片说明) with its credit. */
export interface Caption {
  text: string;
  /** `摄/李显彦`, `区住房城市建委供图`; empty when none was printed. */
  credit: string;
  line: number;
}

/** The other half of a continued article (转版). */
export interface ContinuationLink {
  /** `to`: this part continues there (下转); `from`: this part continues from there (上接). */
  direction: 'to' | 'from';
  /** Page number printed in the marker. */
  page: number;
  /** The article on that page holding the other half; null when that page is not in the archive. */
  articleId: string | null;
  url: string | null;
}

export interface Article {
  /** `2024-03-29-1-2`: issue date, page, position on the page. */
  id: string;
  url: string;
  /** 引题 */
  kicker: string | null;
  /** 主题: multi-line headlines joined by a space; null when none was printed or found. */
  headline: string | null;
  /** 副题 */
  subtitles: string[];
  /** Byline as printed: `本报讯 （记者 李 一）`, `本报评论员`, `记者 姚延洋`. */
  byline: string | null;
  /** Reporter names with inner spaces removed. */
  reporters: string[];
  /** Dateline as a full ISO date, the year taken from the issue. */
  date: string | null;
  /** Body paragraphs: hard wraps and column breaks rejoined. */
  paragraphs: string[];
  /** 小标题, with the index of the paragraph they stand before. */
  crossheads: { before: number; text: string }[];
  captions: Caption[];
  /** 下转N版 */
  continuedTo: number | null;
  /** 上接N版 */
  continuedFrom: number | null;
  /** The other half, once the issue's pages have been paired. */
  continuation: ContinuationLink | null;
  /** Source lines this article was built from: first and last. */
  lines: { from: number; to: number };
}

export interface Page {
  number: number;
  /** Input file this page came from. */
  source: string;
  /** Extraction layout found on this page. */
  layout: Layout;
  articles: Article[];
  furniture: Furniture[];
  /** The page's text exactly as extracted (原文). */
  original: string;
}

export type Layout = 'column' | 'paragraph';

export interface Issue {
  /** ISO date, which is the issue's identity in a one-paper archive. */
  id: string;
  paper: string;
  date: string;
  weekday: string;
  lunarDate: string | null;
  number: number | null;
  totalNumber: number | null;
  pageCount: number | null;
  /** Where the date came from. */
  dateSource: FactSource;
}

export interface ParsedIssue {
  issue: Issue;
  pages: Page[];
  messages: Message[];
}
