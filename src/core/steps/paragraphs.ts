/**
 * Paragraphs: rejoin hard wraps and column breaks into the paragraphs the paper printed.
 *
 * Lines are joined with nothing between them (the extraction wrapped anywhere, even inside
 * a word). A paragraph ends only where the source ends one: a line that closes a sentence
 * and is either visibly shorter than the column (than the column less the lost indent, for a
 * paragraph's first line; by one character on a strict grid, two where full lines vary), or
 * the last line before a blank line, or followed by a line about two characters short (the
 * lost indent of a new paragraph) (column layout); or any line that closes a sentence
 * (paragraph layout). Crossheads
 * (小标题) close the paragraph before them.
 */
import { endsSentence, holdsNarrowCharacters, INDENT, lineMeasure, nthSmallest } from '../text.ts';
import { joinLines, type ArticleDraft, type LineDraft } from '../draft.ts';
import { isLetterSpaced } from './patterns.ts';
import type { Layout } from '../types.ts';

export interface Paragraphs {
  paragraphs: string[];
  crossheads: { before: number; text: string }[];
}

/**
 * A column's first line as wide as the column: it carries on a paragraph (a new paragraph's
 * first line lost its indent and is short). A line that closes a sentence never counts as
 * full: it may be a paragraph's last line that happens to fill the column.
 */
function fullLine(line: LineFacts, width: number): boolean {
  return line.width - line.markerWidth >= width - 1 && !line.ends;
}

/** What the rules ask of a line, measured once (each is asked several times). */
interface LineFacts {
  /** Its width in the column, counting a 上接/下转 marker it held. */
  width: number;
  /** Its measure in the column (without a closing mark at its end), counting a marker it held. */
  measure: number;
  markerWidth: number;
  /** It closes a sentence. */
  ends: boolean;
  /** It holds digits or Latin letters (set narrower than Han). */
  narrow: boolean;
}

/** The lines' measures, in a new array (columnWidth sorts it). */
function measuresOf(lines: readonly LineFacts[]): number[] {
  const measures: number[] = [];
  for (const l of lines) measures.push(l.measure);
  return measures;
}

function factsOf(line: LineDraft): LineFacts {
  const text = line.text;
  const markerWidth = line.markerWidth;
  const width = line.width;
  return { width: width + markerWidth, measure: lineMeasure(text, width) + markerWidth, markerWidth, ends: endsSentence(text), narrow: holdsNarrowCharacters(text) };
}

/**
 * A column's width from its lines' measures: most lines of a justified column are full, so a
 * high share of them (COLUMN_SHARE) is at least this wide; paragraph ends, lost indents and
 * lines holding narrower digits fall below it. (Measured on the synthetic archive: 0.75 of the
 * lines' measures, rather than 0.65 of their widths with closing marks, cut paragraph errors
 * from 225 to 122 in 7,169 articles; the seeds parse as before.)
 */
function columnWidth(values: number[]): number {
  // Reordered in place: every caller hands in an array made for this call.
  return nthSmallest(values, Math.floor(values.length * COLUMN_SHARE)) ?? 0;
}

const COLUMN_SHARE = 0.75;

/**
 * Set on a strict grid: nearly every line of the block that runs on (no sentence ends on it)
 * and holds only Han and full-width marks measures the column or the column less the indent.
 * Such a column shows a paragraph end one character short; a column whose full lines vary
 * (punctuation squeezed in print, as in the seeds) needs two.
 */
function onGrid(lines: readonly LineFacts[], width: number): boolean {
  // Counted in one loop: asked of every block of every story.
  let running = 0;
  let onColumn = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]!;
    if (l.ends || l.narrow) continue;
    running++;
    if (l.width === width || l.width === width - INDENT || l.measure === width || l.measure === width - INDENT) onColumn++;
  }
  return running >= 4 && onColumn >= running * GRID_SHARE;
}

const GRID_SHARE = 0.9;

export function rejoin(parts: ArticleDraft['parts'], layout: Layout): Paragraphs {
  const paragraphs: string[] = [];
  const crossheads: Paragraphs['crossheads'] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current.trim());
    current = '';
  };
  // The article's usual column width: a short block (a column end) is measured against it.
  // Only columns are measured: in the paragraph layout a line is a paragraph's whole text.
  // (These arrays are pushed in loops, not made by `map`: see joinLines.)
  const facts: LineFacts[][] = [];
  for (const part of parts) {
    const f: LineFacts[] = [];
    if (part.type === 'body' && layout === 'column') for (const line of part.lines) f.push(factsOf(line));
    facts.push(f);
  }
  const usual = columnWidth(measuresOf(facts.flat()));
  // Each block's own column width: most lines of a justified column are full, a few run over
  // by a closing punctuation mark, paragraph ends are short. A short block (under four lines)
  // is measured against the article's usual width.
  const widths: number[] = [];
  const tight: boolean[] = [];
  for (const f of facts) {
    const width = f.length >= 4 ? columnWidth(measuresOf(f)) : usual;
    widths.push(width);
    tight.push(f.length > 0 && onGrid(f, width));
  }
  parts.forEach((part, p) => {
    if (part.type === 'crosshead') {
      flush();
      crossheads.push({ before: paragraphs.length, text: joinLines(part.lines, ' ', true) });
      return;
    }
    const width = widths[p]!;
    part.lines.forEach((line, i) => {
      // Letter-spaced justification in a narrow column (`措 施 得 落`) is not part of the text.
      const text = isLetterSpaced(line.text) ? line.text.replace(/\s+/gu, '') : line.text.trim();
      const opensParagraph = current === '';
      current += text;
      if (!endsSentence(text)) return;
      if (layout === 'paragraph') return flush();
      const own = facts[p]![i]!;
      const lastOfPart = i === part.lines.length - 1;
      // Short of the column by more than its noise: one character on a strict grid, two where
      // full lines vary. Digits and Latin letters are set narrower than Han: a line holding
      // them measures short although it is full, so it must be clearly short to count.
      const slack = own.narrow ? 8 : tight[p] ? 2 : 4;
      // A paragraph's first line holds the column less its lost indent: that much is full.
      const short = own.width <= width - slack - (opensParagraph ? INDENT : 0);
      // The extraction drops a paragraph's two-character indent: a next line about two
      // characters short of the column opens a paragraph. (Within one character of the
      // column is noise: punctuation is set narrower in print.)
      const next = facts[p]![i + 1];
      const nextWidth = next ? next.measure : 0;
      // But a next line that itself ends a sentence and its block is a paragraph's last line:
      // else it would be a paragraph of one line exactly as wide as an indented first line.
      const nextEndsBlock = next !== undefined && i + 1 === part.lines.length - 1 && next.ends;
      const indented = next !== undefined && !nextEndsBlock && nextWidth >= width - 6 && nextWidth <= width - 3;
      // A column break right after a full line that closes a sentence ends the paragraph,
      // unless the next column starts with a full line: then the paragraph runs on.
      const following = parts[p + 1];
      const nextColumn = following?.type === 'body' ? facts[p + 1]![0]! : null;
      const breakEnds = lastOfPart && (short || nextColumn === null || !fullLine(nextColumn, widths[p + 1]!));
      if (breakEnds || (!lastOfPart && (short || indented))) flush();
    });
  });
  flush();
  return { paragraphs, crossheads };
}
