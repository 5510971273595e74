/**
 * Paragraphs: rejoin hard wraps and column breaks into the paragraphs the paper printed.
 *
 * Lines are joined with nothing between them (the extraction wrapped anywhere, even inside
 * a word). A paragraph ends only where the source ends one: a line that closes a sentence
 * and is either visibly shorter than the column, or the last line before a blank line, or
 * followed by a line about two characters short (the lost indent of a new paragraph)
 * (column layout); or any line that closes a sentence (paragraph layout). Crossheads
 * (小标题) close the paragraph before them.
 */
import { displayWidth, endsSentence } from '../text.ts';
import type { ArticleDraft } from '../draft.ts';
import { isLetterSpaced } from './patterns.ts';
import type { Layout } from '../types.ts';

export interface Paragraphs {
  paragraphs: string[];
  crossheads: { before: number; text: string }[];
}

export function rejoin(parts: ArticleDraft['parts'], layout: Layout): Paragraphs {
  const paragraphs: string[] = [];
  const crossheads: Paragraphs['crossheads'] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current.trim());
    current = '';
  };
  // The article's usual column width: a short block (a column end) is measured against it.
  const all = parts.flatMap((p) => (p.type === 'body' ? p.lines.map((l) => displayWidth(l.text.trim())) : [])).sort((a, b) => a - b);
  const usual = all[Math.floor(all.length * 0.8)] ?? 0;
  for (const part of parts) {
    if (part.type === 'crosshead') {
      flush();
      crossheads.push({ before: paragraphs.length, text: part.lines.map((l) => l.text.trim()).join(' ') });
      continue;
    }
    const widest = Math.max(...part.lines.map((l) => displayWidth(l.text.trim())));
    const width = part.lines.length < 4 ? Math.max(widest, usual) : widest;
    part.lines.forEach((line, i) => {
      // Letter-spaced justification in a narrow column (`措 施 得 落`) is not part of the text.
      const text = isLetterSpaced(line.text) ? line.text.replace(/\s+/gu, '') : line.text.trim();
      current += text;
      if (!endsSentence(text)) return;
      const lastOfPart = i === part.lines.length - 1;
      const short = displayWidth(text) <= width - 4;
      // The extraction drops a paragraph's two-character indent: a next line about two
      // characters short of the column, itself followed by more text, opens a paragraph.
      const next = part.lines[i + 1];
      const nextWidth = next ? displayWidth(next.text.trim()) : 0;
      const indented = next !== undefined && i + 2 < part.lines.length && nextWidth >= width - 6 && nextWidth <= width - 3 && !endsSentence(next.text);
      if (layout === 'paragraph' || lastOfPart || short || indented) flush();
    });
  }
  flush();
  return { paragraphs, crossheads };
}
