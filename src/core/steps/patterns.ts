/**
 * Line patterns of newspaper furniture and article parts, shared by the steps.
 * Each is a general rule about Chinese newspaper print, not about one file.
 */
import { displayWidth, hasSentencePunct, isSpace, squeeze } from '../text.ts';
import type { PaperProfile } from '../profile.ts';
import type { FurnitureKind } from '../types.ts';

/** `本报讯 （记者 李 一）`, `本报讯(记者李一)`: the start of a news report. */
export const NEWS_START = /^本报(讯|消息)/u;

/** A name in a byline: 2-4 characters, or a two-character name set wide (`李 一`). */
const NAME = String.raw`(?:\p{Script=Han}{2,4}|\p{Script=Han}\s\p{Script=Han})`;
const ROLE = '(?:本报)?(?:特约)?(?:记者|通讯员|实习生)';
/**
 * A byline standing alone: `本报评论员`, `记者 姚延洋`, `本报记者 李一 通讯员 王二`. Every name
 * is whole and separated, so `记者从区城市管理局获悉` (running text) is not one.
 */
export const BYLINE_ALONE = new RegExp(`^(?:本报(?:特约)?评论员|${ROLE}\\s*${NAME}(?:(?:\\s+|、)(?:${ROLE}\\s*)?${NAME})*)$`, 'u');

/** A picture credit at the end of a caption: `摄/李显彦`, `区住房城市建委供图`, `记者 李一 摄`. */
export const PHOTO_CREDIT = /(摄影?\s*[/／:：]\s*[\p{Script=Han}\s、]{2,12}|[\p{Script=Han}A-Za-z]{2,20}供图|图\s*[/／]\s*[\p{Script=Han}\s]{2,12}|(记者|通讯员)\s*[\p{Script=Han}\s]{2,8}摄)$/u;

/** QR-code notices: `扫码关注渝中新闻`, `微信公众号`, `扫码看《渝中新闻》视频`. */
export const QR_NOTICE = /扫码|扫一扫|二维码|公众号|视频号/u;
/** A QR notice that introduces a video: the headline-like lines just above it are the video's title. */
export const QR_VIDEO = /扫码看|视频$/u;

export function isByline(text: string): boolean {
  // Asked of every line: a longer one is not tried (see isCaptionLine).
  return text.length <= 40 && BYLINE_ALONE.test(text.trim()) && displayWidth(text) <= 40;
}

export function isCaptionLine(text: string): boolean {
  // Cheap tests first: this runs on every line of every page. No line is narrower than it is
  // long (each character is 1 or 2 columns, a surrogate pair 2), so a longer one is not measured.
  return text.length <= 80 && (text.includes('摄') || text.includes('图')) && displayWidth(text) <= 80 && PHOTO_CREDIT.test(text.trim());
}

export function isQrNotice(text: string): boolean {
  // Asked of every line: a longer one is not tried (see isCaptionLine).
  return text.length <= 40 && QR_NOTICE.test(text) && displayWidth(text) <= 40 && !hasSentencePunct(text);
}

const LETTER_SPACED = /^(\S\s+){3,}\S$/u;

/** Text set with a space between every character: `敢 闯 敢 干 唯 实 争 先`. */
export function isLetterSpaced(text: string): boolean {
  const t = text.trim();
  // Asked of every line: only one of four characters or more with white space between (seven
  // code units at least) and white space after its first character can be (a code point beyond
  // the BMP is two code units, so its space stands third). Shorter text is not read past its
  // end: V8 throws optimised code away at the first such read.
  return t.length >= 7 && (isSpace(t.charCodeAt(1)) || isSpace(t.charCodeAt(2))) && LETTER_SPACED.test(t);
}

/** The kind of furniture a line is, if the line alone tells. */
export function furnitureKindOf(text: string, profile: PaperProfile): FurnitureKind | null {
  const t = text.trim();
  if (isQrNotice(t)) return 'qr-notice';
  const flat = squeeze(t);
  if (profile.slogans.includes(flat)) return 'slogan';
  if (profile.banners.some((re) => re.test(flat))) return 'banner';
  return null;
}

/** A line that could be part of a headline block: no sentence punctuation, not too long. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !hasSentencePunct(t) && displayWidth(t) <= 96;
}
