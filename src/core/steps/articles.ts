/**
 * Step: articles. Walks the page's blocks in order and cuts the body text into articles,
 * with the headline groups between them kept in place for the next step to match.
 *
 * - A body block starts a new article at a sign of one (`本报讯`, `上接`, a new text frame),
 *   after a `下转` marker, and after a headline group; otherwise it continues the article.
 * - In the column layout a headline group closes the article before it (headlines follow
 *   their body); in the paragraph layout the next body opens a new article.
 * - A short headline-like block inside running text is a crosshead (小标题) of the article;
 *   in the column layout, not when the text below does not echo it (it is the headline of the
 *   text above), nor when it repeats the headline of the story a 上接 part continues, once the
 *   issue's other pages tell it (see rereadJumpHeadlines).
 * - Captions wait for the headline step, which places them by content.
 */
import { BigramFilter, coverage, displayWidth, endsSentence } from '../text.ts';
import { articleBigrams, joinLines, message, wrappedBigrams, type ArticleDraft, type Block, type HeadingGroup, type LineDraft, type PageStep } from '../draft.ts';
import { NEWS_START } from './patterns.ts';
import { isKickerLine, isSubtitleLine } from './headline-roles.ts';
import { repeatsJumpHeadline } from '../pairing.ts';

export function startsArticle(lines: readonly LineDraft[]): boolean {
  const first = lines[0];
  return first !== undefined && (first.framed || NEWS_START.test(first.text) || first.continuedFrom !== undefined);
}

function newArticle(): ArticleDraft {
  return { parts: [], captions: [], continuedTo: null, continuedFrom: null, startSignal: false, markerLine: null, heading: null, bylineLines: [], headlineDoubt: null };
}

/**
 * A headline block runs kicker → headline → subtitles. A kicker line, or a non-subtitle line
 * after a subtitle, therefore begins the next headline block.
 */
function continuesGroup(group: HeadingGroup, block: Block): boolean {
  const first = block.lines[0]!.text;
  const lastLines = group.blocks[group.blocks.length - 1]!;
  const last = lastLines[lastLines.length - 1]!.text;
  if (group.byline) return false;
  if (isKickerLine(first) && !isSubtitleLine(first)) return false;
  return !(isSubtitleLine(last) && !isSubtitleLine(first));
}

/** Short: one or two lines of at most 12 characters, or one line of two such phrases (`A B`). */
function crossheadShaped(block: Block): boolean {
  const short = (t: string) => displayWidth(t) <= 24;
  const lines = block.lines;
  const pair = lines.length === 1 && lines[0]!.text.split(/\s+/u).length === 2 && lines[0]!.text.split(/\s+/u).every(short);
  return (
    lines.length <= 2 &&
    !lines[0]!.framed &&
    lines.every((l) => (short(l.text) || pair) && !isKickerLine(l.text) && !isSubtitleLine(l.text))
  );
}

/**
 * Column layout: is a crosshead-shaped heading between two runs of text the headline of the
 * text above (printed after its body, as this layout puts headlines) rather than a crosshead
 * (小标题) of one story running on? A crosshead announces its section, so its words recur in
 * the text below (CROSSHEAD_ECHO of its bigrams, and more than one: a single pair is chance,
 * as 整体 below 聚焦整体构架) and not clearly more in the text above; any other heading there
 * closes the story above.
 */
function closesTextAbove(heading: Block, above: ArticleDraft, below: readonly Block[]): boolean {
  const grams = wrappedBigrams([heading]);
  // Only the heading's bigrams can count in its coverage.
  const only = new BigramFilter(grams);
  const aboveCov = coverage(grams, articleBigrams(above, only));
  const belowCov = coverage(grams, wrappedBigrams(below, only));
  // Coverage is the share of the heading's pairs found: this many of them.
  const echoedPairs = Math.round(belowCov * grams.size);
  return !(belowCov >= CROSSHEAD_ECHO && echoedPairs >= CROSSHEAD_PAIRS && belowCov + HEADLINE_MARGIN > aboveCov);
}

/**
 * Measured on the synthetic archive (2,000 issues): requiring this echo below cut wrong
 * articles from 249 to 171; the seeds' crossheads echo their sections at 0.31 and 0.40.
 */
const CROSSHEAD_ECHO = 0.2;
const HEADLINE_MARGIN = 0.15;
/**
 * Pairs of its words a crosshead's section holds at least. Measured: the seeds' crossheads
 * share 4 and 6; wrong articles 131 → 123 of 48,114 (2,000 issues, seed 1), 39 → 37 of 9,597
 * (400 issues, seed 7), 24 of 9,622 either way (seed 11).
 */
const CROSSHEAD_PAIRS = 2;

/** The body blocks that run on after block `i` up to the next heading, marker or sign of a new article. */
function runningTextAfter(blocks: readonly Block[], i: number): Block[] {
  const run: Block[] = [];
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === 'caption' || b.kind === 'furniture' || b.kind === 'byline') continue;
    if (b.kind !== 'body' || (run.length > 0 && startsArticle(b.lines))) break;
    run.push(b);
    if (b.lines.some((l) => l.continuedTo !== undefined)) break;
  }
  return run;
}

export const articles: PageStep = {
  name: 'articles',
  run(page) {
    const elements = page.elements;
    const captions = page.captionSlots;
    let open: ArticleDraft | null = null;
    let pendingByline: LineDraft[] = [];
    const last = () => elements[elements.length - 1];

    const startArticle = (): ArticleDraft => {
      const article = newArticle();
      if (pendingByline.length > 0) {
        article.bylineLines.push(...pendingByline);
        pendingByline = [];
      }
      elements.push({ type: 'article', article });
      open = article;
      return article;
    };

    page.blocks.forEach((block, i) => {
      const next = page.blocks[i + 1];
      switch (block.kind) {
        case 'furniture':
          page.furniture.push({ kind: block.furnitureKind ?? 'unplaced', text: joinLines(block.lines, '\n'), line: block.lines[0]!.no });
          if (last()?.type !== 'furniture') elements.push({ type: 'furniture' });
          return;
        case 'caption':
          captions.push({ block, at: elements.length });
          return;
        case 'marker': {
          const line = block.lines[0]!;
          if (line.continuedTo !== undefined) {
            const target: ArticleDraft | null = open ?? (last()?.type === 'article' ? (last() as { article: ArticleDraft }).article : null);
            if (target && target.continuedTo === null) target.continuedTo = line.continuedTo;
            else message(page, 'marker-unattached', 'warning', line.no, `下转${line.continuedTo}版 stands where no article precedes it; it was kept with the nearest article. Check the order of the text around it.`, `“下转${line.continuedTo}版”前面没有文章，已归入最近的文章。请检查它前后文字的顺序。`);
            open = null;
          }
          if (line.continuedFrom !== undefined) {
            const article = startArticle();
            article.continuedFrom = line.continuedFrom;
            article.startSignal = true;
            article.markerLine = line.no;
          }
          return;
        }
        case 'byline': {
          const lastEl = last();
          if (lastEl?.type === 'group' && lastEl.group.byline === null && open === null) lastEl.group.byline = block.lines[0]!;
          else if (open !== null) (open as ArticleDraft).bylineLines.push(block.lines[0]!);
          // Right after a body that a 下转 closed, the byline still signs that body.
          else if (lastEl?.type === 'article') lastEl.article.bylineLines.push(block.lines[0]!);
          else pendingByline.push(block.lines[0]!);
          return;
        }
        case 'heading': {
          const lastEl = last();
          const continuesText = next?.kind === 'body' && !startsArticle(next.lines) && crossheadShaped(block) && block.gapBefore !== false;
          const openArticle = open as ArticleDraft | null;
          const lastPart = openArticle?.parts[openArticle.parts.length - 1];
          const afterSentence = lastPart?.type === 'body' && endsSentence(lastPart.lines[lastPart.lines.length - 1]!.text);
          const crosshead = continuesText && openArticle && afterSentence && openArticle.continuedTo === null;
          const from = openArticle?.continuedFrom ?? null;
          if (crosshead && page.layout === 'column' && from !== null && repeatsJumpHeadline(joinLines(block.lines, ''), from, page.jumpHeadlines)) {
            const line = block.lines[0]!.no;
            message(page, 'jump-headline', 'info', line, `The short heading at line ${line} repeats the headline of the story continued from 第${from}版, so it was read as the headline over that story's continuation (转版标题), printed after it, not as a crosshead (小标题) of the text below. If it is a crosshead, check the stories around it.`, `第${line}行的短标题与第${from}版转来的文章标题相同，因此被看作这篇转版文章的转版标题（排在正文之后），而不是下文的小标题。如果它其实是小标题，请检查前后的文章。`);
          } else if (crosshead && page.layout === 'column' && closesTextAbove(block, openArticle, runningTextAfter(page.blocks, i))) {
            const line = block.lines[0]!.no;
            message(page, 'heading-closes-story', 'info', line, `The short heading at line ${line} stands between two runs of text with no sign of a new story; its words are not the text below's, so it was read as the headline of the story above. If it is a crosshead (小标题) inside one story, check the stories around it.`, `第${line}行的短标题夹在两段正文之间，没有新文章开始的迹象；它的词语不见于下文，因此被看作上一篇文章的标题。如果它是一篇文章中的小标题，请检查前后的文章。`);
          } else if (crosshead) {
            openArticle.parts.push({ type: 'crosshead', lines: block.lines });
            return;
          }
          if (continuesText && page.layout === 'column' && lastEl?.type === 'group') {
            // Column layout: the crosshead opens the next column of an article whose
            // beginning is elsewhere on the page.
            startArticle().parts.push({ type: 'crosshead', lines: block.lines });
            return;
          }
          if (lastEl?.type === 'group' && open === null && continuesGroup(lastEl.group, block)) {
            lastEl.group.blocks.push(block.lines);
            return;
          }
          const group: HeadingGroup = { blocks: [block.lines], byline: null, framed: block.lines[0]!.framed };
          elements.push({ type: 'group', group });
          open = null;
          return;
        }
        case 'body': {
          const openArticle = open as ArticleDraft | null;
          const article = openArticle && !startsArticle(block.lines) ? openArticle : startArticle();
          if (article.parts.length === 0 && startsArticle(block.lines)) article.startSignal = true;
          const first = block.lines[0]!;
          if (first.continuedFrom !== undefined && article.continuedFrom === null) article.continuedFrom = first.continuedFrom;
          article.parts.push({ type: 'body', lines: block.lines, gapBefore: block.gapBefore });
          const to = block.lines.find((l) => l.continuedTo !== undefined);
          if (to) {
            article.continuedTo = to.continuedTo!;
            open = null;
            const after = block.lines.slice(block.lines.indexOf(to) + 1);
            if (after.length > 0) {
              message(page, 'text-after-marker', 'warning', after[0]!.no, `Text follows the 下转 marker of line ${to.no} in the same block; it was kept in the same article. Check whether it belongs to another article.`, `第${to.no}行的下转标记之后、同一段文字中还有内容，已归入同一篇文章。请检查它是否属于另一篇文章。`);
            }
          }
          return;
        }
      }
    });
    if (pendingByline.length > 0) {
      for (const line of pendingByline) page.furniture.push({ kind: 'unplaced', text: line.text, line: line.no });
      message(page, 'byline-unplaced', 'warning', pendingByline[0]!.no, 'A byline stands where no article follows it; it is listed as unplaced furniture. Move it next to its article.', '一处署名后面没有文章，已列为未归位的版面内容。请把它移到所属文章旁边。');
    }
  },
};
