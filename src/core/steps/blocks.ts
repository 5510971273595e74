/**
 * Step: blocks. Groups a page's lines into blocks and says what each block is.
 *
 * A block ends at a blank line (a column end or a paragraph end), and a new one starts at
 * a new text frame (a line the extraction began with a space), at `本报讯`, at `上接`, and
 * at any line that is a byline, a caption or furniture by itself. In the paragraph layout
 * every line is a block of its own.
 *
 * Kinds: `marker` (a line that held only 下转/上接), `furniture`, `caption`, `byline`,
 * `heading` (headline-like lines: no sentence punctuation), `body` (everything else).
 */
import { endsSentence, holdsNarrowCharacters, INDENT, lineMeasure, nthSmallest } from '../text.ts';
import { joinLines, type Block, type BlockKind, type LineDraft, type PageDraft, type PageStep } from '../draft.ts';
import type { FurnitureKind } from '../types.ts';
import { NEWS_START, furnitureKindOf, isLetterSpaced, isByline, isCaptionLine, isHeadingLike, isQrNotice, PHOTO_CREDIT, QR_VIDEO } from './patterns.ts';
import { isKickerLine, isSubtitleLine } from './headline-roles.ts';

/**
 * What a line on its own is, if it is a byline, a caption or a piece of furniture (asked in
 * the order kindOf decides: furniture first). Never a line that opened with 上接: what follows
 * the marker carries on a story (`（上接1版）记者从区城` is not 记者 从区城).
 */
type AloneAs = { kind: 'furniture'; furniture: FurnitureKind } | { kind: 'byline' } | { kind: 'caption' } | null;

function aloneAs(line: LineDraft, page: PageDraft): AloneAs {
  if (line.continuedFrom !== undefined) return null;
  const furniture = furnitureKindOf(line.text, page.profile);
  if (furniture) return { kind: 'furniture', furniture };
  return isByline(line.text) ? BYLINE : isCaptionLine(line.text) ? CAPTION : null;
}

const BYLINE = { kind: 'byline' } as const;
const CAPTION = { kind: 'caption' } as const;

/**
 * The page's lines in blocks, and for each block what its first line is on its own, so that
 * kindOf need not ask again (in the paragraph layout every line is a block of its own).
 */
function group(page: PageDraft): { blocks: Block[]; firstAloneAs: AloneAs[] } {
  const blocks: Block[] = [];
  const firstAloneAs: AloneAs[] = [];
  let current: Block | null = null;
  let gap = false;
  // Whether the line last added (the current block's last line) stands alone.
  let lastAlone = false;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const line of page.lines) {
    const markerOnly = line.text === '' && (line.continuedTo !== undefined || line.continuedFrom !== undefined);
    if (line.text === '' && !markerOnly) {
      close();
      gap = true;
      continue;
    }
    const standing = markerOnly ? null : aloneAs(line, page);
    const alone = markerOnly || standing !== null;
    const prev: Block | null = current;
    const startsNew =
      prev === null ||
      alone ||
      page.layout === 'paragraph' ||
      line.framed ||
      NEWS_START.test(line.text) ||
      line.continuedFrom !== undefined ||
      prev.kind === 'marker' ||
      lastAlone;
    if (startsNew) {
      close();
      current = { kind: markerOnly ? 'marker' : 'body', lines: [line], gapBefore: gap };
      firstAloneAs.push(standing);
    } else {
      prev.lines.push(line);
    }
    lastAlone = alone;
    gap = false;
  }
  close();
  return { blocks, firstAloneAs };
}

/** `firstAloneAs`: what the block's first line is on its own (see aloneAs). */
function kindOf(block: Block, firstAloneAs: AloneAs, page: PageDraft): { kind: BlockKind; furniture?: Block['furnitureKind'] } {
  if (block.kind === 'marker') return { kind: 'marker' };
  const first = block.lines[0]!.text;
  if (block.lines.length === 1 && block.lines[0]!.continuedFrom === undefined) {
    if (firstAloneAs?.kind === 'furniture') return firstAloneAs;
    // Letter-spaced text is a slogan only when it stands alone; inside a column it is justification.
    if (isLetterSpaced(first)) return { kind: 'furniture', furniture: 'slogan' };
    if (firstAloneAs) return firstAloneAs;
  }
  const lines = block.lines;
  const headingLike =
    lines.every((l) => isHeadingLike(l.text) && l.continuedTo === undefined && l.continuedFrom === undefined) &&
    (page.layout === 'paragraph' || lines.length <= 4);
  return { kind: headingLike ? 'heading' : 'body' };
}

/**
 * A column's width from a few of its lines' measures (without a closing mark at their end,
 * which may hang past the column): the measure most of them share (the full lines of a
 * justified column), else, where no two share one, their median. Around a short block the
 * lines are few and many end paragraphs (`参加。`, `署、再推动。`): their median falls short.
 * The measures are reordered (neighbourMeasures makes them for this call).
 */
function columnOfNeighbours(measures: number[]): number {
  const counts = new Map<number, number>();
  for (const m of measures) counts.set(m, (counts.get(m) ?? 0) + 1);
  const [measure, count] = [...counts].reduce((best, c) => (c[1] > best[1] || (c[1] === best[1] && c[0] > best[0]) ? c : best));
  if (count >= 2) return measure;
  return nthSmallest(measures, Math.floor(measures.length / 2))!;
}

/**
 * The measures of the lines of the text around block `i`: of the body blocks next to it on
 * either side, up to NEIGHBOUR_BLOCKS each way and not past any other kind of block. Not only
 * the two next to it: those may be a paragraph's last line and a one-line paragraph
 * (`并提出更高要求。` / `信心比黄金更重要。`), which share no measure and make the column look
 * as narrow as they are.
 */
function neighbourMeasures(result: readonly Block[], i: number): number[] {
  const measures: number[] = [];
  const add = (block: Block) => {
    for (const l of block.lines) measures.push(lineMeasure(l.text, l.width));
  };
  for (let j = i - 1; j >= 0 && j >= i - NEIGHBOUR_BLOCKS && result[j]!.kind === 'body'; j--) add(result[j]!);
  for (let j = i + 1; j < result.length && j <= i + NEIGHBOUR_BLOCKS && result[j]!.kind === 'body'; j++) add(result[j]!);
  return measures;
}

const NEIGHBOUR_BLOCKS = 3;

/** A line as wide as a paragraph's first line: the column less the indent the extraction lost. */
function asWideAsOpening(line: LineDraft, column: number): boolean {
  return Math.abs(lineMeasure(line.text, line.width) - (column - INDENT)) <= 1;
}

/**
 * In the column layout a column can end after a line with no punctuation (`黄茂军在讲话中肯定了全区全`),
 * which then looks like a headline; so can the first lines of a paragraph that a blank line
 * (a paragraph end) and a column end cut out (`会议还研究了《渝中区国民` / `经济和社会发展第十四个五年规`).
 * Lines as wide as the column, followed by text that does not start a new article, are running text.
 */
function glueColumnEnds(result: Block[]): void {
  for (let i = 0; i < result.length; i++) {
    const block = result[i]!;
    const next = result[i + 1];
    if (block.kind !== 'heading' || !next || next.kind !== 'body' || result[i - 1]?.kind !== 'body') continue;
    const first = next.lines[0]!;
    if (first.framed || NEWS_START.test(first.text) || first.continuedFrom !== undefined) continue;
    const column = columnOfNeighbours(neighbourMeasures(result, i));
    // Within two characters of the column's width: a full line of the column, if the next
    // column goes on mid-sentence (its first line full) rather than opening a paragraph
    // (its first line short by the lost indent), which would make the lines a headline.
    // A next column that opens with a bare tail (a quarter of the column or less: `加。`,
    // `参加。`) goes on mid-sentence too, however many lines follow the tail: no story opens
    // with the end of a sentence. So does a next column of one line that only ends a sentence
    // where nothing carries it on (a 下转 marker, a heading or the page's end follows): read
    // as a new story it would be a story of one line. So does a one-line tail narrower than a
    // paragraph's opening line (`王南参加。`, or `长王南参加。` in a column of 11) after a line
    // that opens a paragraph, as wide as the column less the lost indent (`区委常委、组织部部`)
    // where the text above ended one; a headline there fills the whole column or falls
    // anywhere short of it. (Under half the column before; measured over five synthetic
    // archives, 5 articles more exact and none fewer.)
    const after = result[i + 2];
    const width = first.width;
    const opensParagraph = block.lines.length === 1 && endsSentence(result[i - 1]!.lines.at(-1)!.text) && asWideAsOpening(block.lines[0]!, column);
    // Multiplied, not divided: a quotient that is not a whole number threw away the optimised
    // code. Worked out for every heading, not only where it is asked: a product first reached
    // after V8 had optimised this function threw its optimised code away too.
    const quarterOfColumn = width * 4 <= column;
    const narrowerThanOpening = width < column - INDENT;
    const tail = endsSentence(first.text) && (quarterOfColumn || (next.lines.length === 1 && ((opensParagraph && narrowerThanOpening) || after === undefined || after.kind === 'marker' || after.kind === 'heading')));
    const nextFull = lineMeasure(first.text, width) >= column - 2 || tail;
    // A line's shortfall from the column; one holding digits or Latin letters, set narrower,
    // may fall a little shorter than a line of Han.
    const shortBy = (l: LineDraft) => column - l.width - (holdsNarrowCharacters(l.text) ? 2 : 0);
    const full = block.lines.every((l) => shortBy(l) <= 4 && l.width <= column + 2);
    // Two or more such lines, all but the first (which may have lost its indent) filling the
    // column, none a subtitle or kicker, are a column's text whatever follows: the lines of a
    // headline block do not all fill the column.
    // Not lines that end no sentence before a paragraph's opening line, one as wide as the
    // column less the indent with more of its paragraph under it (`推动主题教育成果转化为高质量发展成效`
    // / `打造党建统领基层治理“智能版”“升级版”` before `坚定不移向改革要动力、要红利、要效益，`
    // / `为谱写……`): as text they would be a paragraph that never ends. (A line that ends its
    // paragraph may be as wide by chance: `要中期评估报告》等其他事项。`.)
    const endsUnfinished = !endsSentence(block.lines.at(-1)!.text) && next.lines.length >= 2 && asWideAsOpening(first, column);
    const wrapped = block.lines.length >= 2 && !endsUnfinished && block.lines.slice(1).every((l) => shortBy(l) <= 2) && block.lines.every((l) => !isSubtitleLine(l.text) && !isKickerLine(l.text));
    if (full && (nextFull || wrapped)) block.kind = 'body';
  }
}

export const blocks: PageStep = {
  name: 'blocks',
  run(page) {
    const { blocks: result, firstAloneAs } = group(page);
    result.forEach((block, i) => {
      const { kind, furniture } = kindOf(block, firstAloneAs[i] ?? null, page);
      block.kind = kind;
      if (furniture) block.furnitureKind = furniture;
    });
    if (page.layout === 'column') glueColumnEnds(result);
    // A caption printed on two lines: the picture's description, then the credit alone.
    for (let i = 1; i < result.length; i++) {
      const block = result[i]!;
      const prev = result[i - 1]!;
      const creditOnly = block.kind === 'caption' && (PHOTO_CREDIT.exec(block.lines[0]!.text)?.[0].length ?? 0) >= block.lines[0]!.text.trim().length;
      if (creditOnly && prev.lines.length === 1 && (prev.kind === 'heading' || prev.kind === 'body') && endsSentence(prev.lines[0]!.text)) {
        const captionText = prev.lines[0]!.text;
        // Only a short description qualifies; a paragraph ending in 。 before a credit is body.
        if ([...captionText].length <= 40 && !/^本报/u.test(captionText)) {
          block.lines = [...prev.lines, ...block.lines];
          block.gapBefore = prev.gapBefore;
          result.splice(i - 1, 1);
          i--;
        }
      }
    }
    // The title of a video box: headline-like lines directly above `扫码看…视频`.
    for (let i = 1; i < result.length; i++) {
      const block = result[i]!;
      if (block.kind !== 'furniture' || block.furnitureKind !== 'qr-notice' || !QR_VIDEO.test(joinLines(block.lines, ''))) continue;
      // The notice itself may span two blocks (`扫码看` / `《渝中新闻》视频`).
      let j = i - 1;
      while (j >= 0 && result[j]!.kind === 'furniture' && result[j]!.furnitureKind === 'qr-notice') j--;
      const title: Block[] = [];
      while (j >= 0 && result[j]!.kind === 'heading') title.unshift(result[j--]!);
      for (const t of title) {
        t.kind = 'furniture';
        t.furnitureKind = 'qr-notice';
      }
    }
    // QR notice lines that are not recognised alone (`微信公众号`) but sit under one.
    for (let i = 1; i < result.length; i++) {
      const block = result[i]!;
      const prev = result[i - 1]!;
      if (prev.kind === 'furniture' && prev.furnitureKind === 'qr-notice' && block.kind === 'heading' && block.lines.length === 1 && isQrNotice(prev.lines[0]!.text) && /^(微信)?公众号|视频$/u.test(block.lines[0]!.text)) {
        block.kind = 'furniture';
        block.furnitureKind = 'qr-notice';
      }
    }
    page.blocks = result;
  },
};
