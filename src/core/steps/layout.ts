/**
 * Step: layout. Which of the two extraction layouts a page is in.
 *
 * - column: narrow columns hard-wrapped every 10-30 characters; most lines are followed
 *   directly by another line; headline blocks usually come after their body.
 * - paragraph: one paragraph per line, usually with blank lines between them; headline
 *   blocks come before their body.
 */
import type { PageStep } from '../draft.ts';
import { nthSmallest } from '../text.ts';

export const layout: PageStep = {
  name: 'layout',
  run(page) {
    const lines = page.lines;
    let text = 0;
    let followedByBlank = 0;
    const widths: number[] = [];
    lines.forEach((l, i) => {
      if (l.text === '') return;
      text++;
      widths.push(l.width);
      const next = lines[i + 1];
      if (!next || next.text === '') followedByBlank++;
    });
    const median = nthSmallest(widths, Math.floor(widths.length / 2)) ?? 0;
    const long = widths.filter((w) => w > 80).length;
    page.layout = text > 0 && (followedByBlank / text >= 0.75 || long / text >= 0.3 || median > 80) ? 'paragraph' : 'column';
    // A leading space marks a new text frame only where it is rare: in the paragraph layout,
    // or where most lines are indented, it is just indentation.
    const framed = lines.filter((l) => l.framed).length;
    if (page.layout === 'paragraph' || framed > text * 0.3) for (const l of lines) l.framed = false;
  },
};
