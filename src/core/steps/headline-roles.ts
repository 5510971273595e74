/**
 * Headline roles: which lines of a headline block are the kicker (引题), the headline (主题)
 * and the subtitles (副题).
 *
 * Rules, in order:
 * 1. A line that opens with a dash (`——因地制宜发展新质生产力②`) or names who presided,
 *    attended or spoke (`谢东主持`, `谢东主持 何积光出席`) is a subtitle.
 * 2. A line that ends in what someone said (`…时强调`, `…指出`, `区交通局：`) is the kicker.
 * 3. Where the source set the block in parts (blank lines between), a single-line first part
 *    followed by another headline part is the kicker.
 * 4. The headline is the first remaining line and, if there is one before any subtitle, the
 *    next one (two parallel clauses), unless the first line is already two parallel clauses;
 *    lines after the headline are subtitles.
 */
import { joinLines, type LineDraft } from '../draft.ts';
import type { Layout } from '../types.ts';

// What the people named in a subtitle did at the event: 谢东主持, 何积光出席, 黄茂军主持并讲话.
const SUBTITLE_VERBS = '(主持|出席|参加|讲话|致辞|安排工作|布置工作|陪同|见证签约|主持并讲话|等参加|等出席)';
const SUBTITLE = new RegExp(`^(——|──|—|-{2})|^[\\p{Script=Han}、\\s]{2,24}${SUBTITLE_VERBS}(\\s+[\\p{Script=Han}、]{2,16}${SUBTITLE_VERBS})*$`, 'u');
const KICKER = /(时强调|上强调|强调|指出|表示|要求|时说|提出)$|[:：]$/u;

/** Two clauses set on one line with a space between: `抢抓机遇谋发展 乘势而上开新局`. */
const PARALLEL = /^\S{4,}\s+\S{4,}$/u;

export function isSubtitleLine(text: string): boolean {
  const t = text.trim();
  // A subtitle of names is short: `谢东主持`, not `区政府召开第61次常务会议`.
  return SUBTITLE.test(t) && (t.startsWith('—') || t.startsWith('-') || [...t].length <= 24);
}

export function isKickerLine(text: string): boolean {
  return KICKER.test(text.trim());
}

export interface HeadlineRoles {
  kicker: string | null;
  headline: string | null;
  subtitles: string[];
  /** Lines before a recognised kicker that belong to no role: furniture above the block. */
  above: LineDraft[];
}

export function headlineRoles(blocks: readonly LineDraft[][], layout: Layout): HeadlineRoles {
  const lines = blocks.flat();
  const partOf = new Map<LineDraft, number>();
  blocks.forEach((b, i) => b.forEach((l) => partOf.set(l, i)));
  let kickerIndex = lines.findIndex((l) => isKickerLine(l.text) && !isSubtitleLine(l.text));
  if (kickerIndex < 0 && layout === 'column' && blocks.length >= 2 && blocks[0]!.length === 1) {
    const next = blocks[1]![0]!;
    if (!isSubtitleLine(next.text) && !isSubtitleLine(blocks[0]![0]!.text)) kickerIndex = 0;
  }
  // A kicker that is not the first line: what stands above it belongs to no role.
  const above = kickerIndex > 0 ? lines.slice(0, kickerIndex) : [];
  const rest = kickerIndex >= 0 ? lines.slice(kickerIndex + 1) : lines;
  const kicker = kickerIndex >= 0 ? lines[kickerIndex]!.text.trim() : null;
  const headlineLines: LineDraft[] = [];
  const subtitles: string[] = [];
  for (const line of rest) {
    const t = line.text.trim();
    if (headlineLines.length === 0 && !isSubtitleLine(t)) headlineLines.push(line);
    else if (
      headlineLines.length === 1 &&
      // A first line that is already two parallel clauses (`探索… 打造…`) takes no second line.
      !PARALLEL.test(headlineLines[0]!.text.trim()) &&
      subtitles.length === 0 &&
      !isSubtitleLine(t) &&
      // In the column layout a new part after the headline is a subtitle, not a second line.
      (layout === 'paragraph' || partOf.get(line) === partOf.get(headlineLines[0]!))
    ) {
      headlineLines.push(line);
    } else subtitles.push(t);
  }
  const headline = headlineLines.length > 0 ? joinLines(headlineLines, ' ', true) : null;
  // A block of subtitles only (no headline line) keeps them as subtitles: nothing is invented.
  return { kicker, headline, subtitles, above };
}
