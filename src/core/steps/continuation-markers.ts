/**
 * Step: continuation markers (转版). Finds `（下转2版）` and `（上接1版）`, full-width or
 * ASCII brackets, takes them out of the text and remembers them on their line.
 *
 * A narrow column may wrap a marker onto the next line (`…工作（下转2` / `版）`): one that
 * begins at the end of a line and ends at the start of the line right below it is taken out
 * of both. A 下转 is kept on the line it begins on (the text before it ends a story), a 上接 on
 * the line it ends on (the text after it carries a story on).
 *
 * The markers themselves are the only text the parser does not keep in an article field:
 * they become the article's `continuedTo` / `continuedFrom`. `takesMarker` says which of
 * MARKER's matches in a page's text this step takes out, for the check that nothing else is
 * lost (conservation.ts).
 */
import { chineseNumber, displayWidth } from '../text.ts';
import { message, type LineDraft, type PageDraft, type PageStep } from '../draft.ts';

export const MARKER = /[（(]\s*(下转|上接)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版\s*[）)]/gu;

/** MARKER at one place only: for a marker that may wrap onto the next line. */
const MARKER_HERE = new RegExp(MARKER.source, 'uy');

/** The page a marker names, or null when it names none (`下转0版` is text, not a marker). */
function markedPage(num: string): number | null {
  const n = chineseNumber(num);
  return n !== null && n >= 1 ? n : null;
}

/**
 * Whether a match of MARKER in a page's text is one this step takes out: it names a page, and
 * it stands on one line or wraps from one line onto the next (one line break in it at most).
 */
export function takesMarker(match: RegExpMatchArray): boolean {
  const text = match[0];
  const firstBreak = text.indexOf('\n');
  return markedPage(match[2]!) !== null && (firstBreak === -1 || text.indexOf('\n', firstBreak + 1) === -1);
}

/** A marker's words (下转, 上接) stand whole on one line even when the marker wraps: that line holds 转 or 接. */
const mayHoldMarker = (text: string) => text.includes('转') || text.includes('接');

/** A MARKER match that begins in `text` at or after `from` and ends in `next`: where it begins, and how much of `next` it takes. */
function wrappedMarker(text: string, from: number, next: string): { start: number; end: number; kind: string; num: string } | null {
  for (let open = openBracket(text, from); open !== -1; open = openBracket(text, open + 1)) {
    const tail = text.length - open;
    MARKER_HERE.lastIndex = 0;
    const m = MARKER_HERE.exec(`${text.slice(open)}\n${next}`);
    if (m && m[0].length > tail) return { start: open, end: m[0].length - tail - 1, kind: m[1]!, num: m[2]! };
  }
  return null;
}

function openBracket(text: string, from: number): number {
  const full = text.indexOf('（', from);
  const ascii = text.indexOf('(', from);
  return full === -1 ? ascii : ascii === -1 ? full : Math.min(full, ascii);
}

/** Keeps a marker on its line; false when it names no page (then it stays in the text). */
function take(page: PageDraft, line: LineDraft, kind: string, num: string): boolean {
  const n = markedPage(num);
  if (n === null) return false;
  if (kind === '下转') {
    if (line.continuedTo !== undefined) {
      message(page, 'marker-repeated', 'warning', line.no, `Two 下转 markers on one line; only the first (下转${line.continuedTo}版) is used.`, `一行中有两个“下转”标记，只采用第一个（下转${line.continuedTo}版）。`);
    } else line.continuedTo = n;
  } else if (line.continuedFrom === undefined) line.continuedFrom = n;
  return true;
}

export const continuationMarkers: PageStep = {
  name: 'continuation-markers',
  run(page) {
    const lines = page.lines;
    const marker = new RegExp(MARKER.source, 'gu');
    // Left by a marker that wrapped onto the next line: where that line's own markers are looked
    // for from, and how much of it the marker took (0 when it named no page and was left as text).
    let scanFrom = 0;
    let cutTo = 0;
    // Whether each line may hold a marker's words, asked once a line (as the next line, then as this one).
    let here = lines.length > 0 && mayHoldMarker(lines[0]!.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1];
      const text = line.text;
      const nextHolds = next !== undefined && mayHoldMarker(next.text);
      const canWrap = next !== undefined && next.no === line.no + 1 && next.text !== '' && (here || nextHolds);
      const from = scanFrom;
      const cut = cutTo;
      scanFrom = 0;
      cutTo = 0;
      const holds = here;
      here = nextHolds;
      if (!holds && !canWrap && cut === 0) continue;
      // The text kept: what lies between the markers taken out.
      let kept = '';
      let keptFrom = cut;
      let scanned = from;
      if (holds) {
        marker.lastIndex = from;
        for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
          scanned = m.index + m[0].length;
          if (!take(page, line, m[1]!, m[2]!)) continue;
          kept += text.slice(keptFrom, m.index);
          keptFrom = scanned;
          line.markerWidth += displayWidth(m[0]);
        }
      }
      const wrap = canWrap ? wrappedMarker(text, scanned, next.text) : null;
      if (wrap) {
        scanFrom = wrap.end;
        if (take(page, wrap.kind === '下转' ? line : next!, wrap.kind, wrap.num)) {
          cutTo = wrap.end;
          kept += text.slice(keptFrom, wrap.start);
          keptFrom = text.length;
          line.markerWidth += displayWidth(text.slice(wrap.start));
          next!.markerWidth += displayWidth(next!.text.slice(0, wrap.end));
        }
      }
      kept = (kept + text.slice(keptFrom)).trimEnd();
      if (cut > 0 || line.continuedTo !== undefined || line.continuedFrom !== undefined) kept = kept.trimStart();
      // The line is measured as it now reads.
      if (kept !== text) {
        line.text = kept;
        line.width = displayWidth(kept);
      }
    }
  },
};
