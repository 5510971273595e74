/**
 * Step: continuation markers (转版). Finds `（下转2版）` and `（上接1版）`, full-width or
 * ASCII brackets, takes them out of the text and remembers them on their line.
 *
 * The markers themselves are the only text the parser does not keep in an article field:
 * they become the article's `continuedTo` / `continuedFrom`.
 */
import { chineseNumber, displayWidth } from '../text.ts';
import { message, type PageStep } from '../draft.ts';

export const MARKER = /[（(]\s*(下转|上接)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版\s*[）)]/gu;

export const continuationMarkers: PageStep = {
  name: 'continuation-markers',
  run(page) {
    for (const line of page.lines) {
      if (!line.text.includes('转') && !line.text.includes('接')) continue;
      const before = line.text;
      line.text = line.text
        .replace(MARKER, (_all, kind: string, num: string) => {
          const n = chineseNumber(num);
          if (n === null || n < 1) return _all;
          line.markerWidth += displayWidth(_all);
          if (kind === '下转') {
            if (line.continuedTo !== undefined) {
              message(page, 'marker-repeated', 'warning', line.no, `Two 下转 markers on one line; only the first (下转${line.continuedTo}版) is used.`, `一行中有两个“下转”标记，只采用第一个（下转${line.continuedTo}版）。`);
            } else line.continuedTo = n;
          } else if (line.continuedFrom === undefined) line.continuedFrom = n;
          return '';
        })
        .trimEnd();
      if (line.continuedTo !== undefined || line.continuedFrom !== undefined) line.text = line.text.trimStart();
      // The line is measured as it now reads.
      if (line.text !== before) line.width = displayWidth(line.text);
    }
  },
};
