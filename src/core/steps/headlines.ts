/**
 * Step: headlines. Gives each headline group to the article it belongs to.
 *
 * Position first: in the column layout a headline block usually follows its body, in the
 * paragraph layout it precedes it. But a block can stand far from its body, so every
 * (group, article) pair is scored by content as well: the share of the group's Han
 * bigrams that the article's text holds. Pairs are taken best first; a group that matches
 * nothing well is an orphan headline (page furniture), and an article left without one
 * keeps `headline: null` with a message: nothing is invented.
 *
 * Then a headless piece of text set under a headline that went to the text above it is
 * that article's lead (the lead paragraph under a wide headline in the column layout), and
 * captions go to the article whose text holds most of their words and their credit's name,
 * else to the nearest one.
 */
import { BigramFilter, Corpus, coverage, hanBigrams, weighBigrams, weightedCoverage, type Bigram } from '../text.ts';
import { articleBigrams, joinLines, message, pageMessage, type ArticleDraft, type HeadingGroup, type PageDraft, type PageStep } from '../draft.ts';
import { PHOTO_CREDIT } from './patterns.ts';

/** Adjacency bonus: how strongly position alone ties a group to the article before or after it. */
const ADJACENT = { column: { before: 0.25, after: 0.15 }, paragraph: { before: 0.1, after: 0.25 } } as const;
/** A non-adjacent match needs this much shared content, weighted by rarity and plain. */
const FAR_MATCH = 0.7;
const FAR_RAW = 0.3;
/** An adjacent match on the side the layout does not put headlines needs at least this much. */
const NEAR_MATCH = 0.2;

function groupText(g: HeadingGroup): string {
  return joinLines(g.blocks.flat(), '');
}

/** Every line of a headline block that stands apart must be echoed in its body. */
function everyLineEchoed(group: HeadingGroup, body: Set<Bigram>): boolean {
  return group.blocks.flat().every((line) => {
    const grams = hanBigrams(line.text);
    return grams.size < 2 || coverage(grams, body) > 0;
  });
}

function firstLine(a: ArticleDraft): number {
  return a.parts[0]?.lines[0]?.no ?? 0;
}

function matchGroups(page: PageDraft): void {
  const els = page.elements;
  // Only the bigrams some headline holds can count: the articles' other bigrams are skipped.
  const groupGrams = new Map<number, Set<Bigram>>();
  els.forEach((e, g) => e.type === 'group' && groupGrams.set(g, hanBigrams(groupText(e.group))));
  const wanted = new Set<Bigram>();
  for (const grams of groupGrams.values()) for (const gram of grams) wanted.add(gram);
  const only = new BigramFilter(wanted);
  const articleGrams = new Map<number, Set<Bigram>>();
  els.forEach((e, i) => e.type === 'article' && articleGrams.set(i, articleBigrams(e.article, only)));
  const corpus = new Corpus(articleGrams.values());
  const pairs: { g: number; a: number; score: number; cov: number; adjacent: boolean; tier: number }[] = [];
  els.forEach((e, g) => {
    if (e.type !== 'group') return;
    const grams = groupGrams.get(g)!;
    const weighed = weighBigrams(grams, corpus);
    for (const [a, body] of articleGrams) {
      const cov = weightedCoverage(weighed, body);
      const bonus = ADJACENT[page.layout];
      let adj = 0;
      if (a === g - 1) adj = bonus.before;
      if (a === g + 1) {
        const next = (els[a] as { article: ArticleDraft }).article;
        // Column layout: text under a headline that starts with no sign of a new article
        // (本报讯, 上接, a frame) is more likely the lead of the article above than a new one.
        if (page.layout === 'column') adj = e.group.framed ? ADJACENT.column.before : next.startSignal ? bonus.after : 0;
        else adj = bonus.after;
      }
      const far = adj === 0 && cov >= FAR_MATCH && coverage(grams, body) >= FAR_RAW && everyLineEchoed(e.group, body);
      // Where the layout puts a headline (after its body in columns, before it in paragraphs),
      // position alone may decide; the other side needs some shared content too.
      // The side where the layout puts a headline: after its body in columns (before it when
      // the headline opens a text frame), before its body in paragraphs.
      const primary = page.layout === 'column' ? (e.group.framed ? a === g + 1 : a === g - 1) : a === g + 1;
      const tier = primary ? 0 : adj > 0 ? 1 : 2;
      if (far || (adj > 0 && (primary || cov >= NEAR_MATCH))) pairs.push({ g, a, score: cov + adj, cov, adjacent: adj > 0, tier });
    }
  });
  // Position first: a headline where the layout puts it, then one on the other side of its
  // neighbour, and only then a block that stands apart, for a body position left without one.
  pairs.sort((x, y) => x.tier - y.tier || y.score - x.score || x.g - y.g);
  const groupTaken = new Set<number>();
  const articleTaken = new Set<number>();
  for (const p of pairs) {
    if (groupTaken.has(p.g) || articleTaken.has(p.a)) continue;
    groupTaken.add(p.g);
    articleTaken.add(p.a);
    const group = (els[p.g] as { group: HeadingGroup }).group;
    const article = (els[p.a] as { article: ArticleDraft }).article;
    article.heading = group;
    const line = group.blocks[0]![0]!.no;
    const rival = pairs.find((q) => q.g === p.g && q.a !== p.a && !articleTaken.has(q.a) && p.score - q.score < 0.08);
    if (!p.adjacent) {
      message(page, 'headline-far', 'info', line, `The headline block at line ${line} stands apart from its body (line ${firstLine(article)}); it was matched by content (${Math.round(p.cov * 100)}% shared). Check that they belong together.`, `第${line}行的标题与其正文（第${firstLine(article)}行）相隔较远，是按内容匹配的（共有词语 ${Math.round(p.cov * 100)}%）。请确认二者相符。`);
    } else if (p.cov < 0.15 || rival) {
      const rivalLine = rival ? firstLine((els[rival.a] as { article: ArticleDraft }).article) : 0;
      const doubt = pageMessage(
        page,
        'headline-uncertain',
        'warning',
        line,
        `The headline block at line ${line} was matched to the text at line ${firstLine(article)} mostly by position (${Math.round(p.cov * 100)}% shared words)${rival ? `; the text at line ${rivalLine} fits almost as well` : ''}. Check the pairing.`,
        `第${line}行的标题主要按位置与第${firstLine(article)}行的正文匹配（共有词语 ${Math.round(p.cov * 100)}%）${rival ? `；第${rivalLine}行的正文与它几乎同样相符` : ''}。请检查匹配是否正确。`,
      );
      // Over a continuation the headline repeats the front page's, which shares few words
      // with the text continued: the issue's pairing may confirm it (see assembleIssue).
      if (article.continuedFrom !== null) article.headlineDoubt = doubt;
      else page.messages.push(doubt);
    }
  }
  // Groups that found no article: headlines whose body is not on this page.
  els.forEach((e, g) => {
    if (e.type !== 'group' || groupTaken.has(g)) return;
    const lines = e.group.blocks.flat();
    page.furniture.push({ kind: 'orphan-headline', text: joinLines(lines, '\n'), line: lines[0]!.no });
    if (e.group.byline) page.furniture.push({ kind: 'unplaced', text: e.group.byline.text, line: e.group.byline.no });
    message(page, 'headline-orphan', 'info', lines[0]!.no, `The headline block at line ${lines[0]!.no} matches no text on this page; it is listed as page furniture (its article is probably on another page).`, `第${lines[0]!.no}行的标题在本版找不到对应的正文，已列为版面内容（它的文章可能在别的版）。`);
  });
}

/** A headless, unsignalled piece right under a headline that went to the text above it: that text's lead. */
function mergeLeads(page: PageDraft): void {
  const els = page.elements;
  for (let i = 2; i < els.length; i++) {
    const e = els[i]!;
    const groupEl = els[i - 1]!;
    const owner = els[i - 2]!;
    if (e.type !== 'article' || groupEl.type !== 'group' || owner.type !== 'article') continue;
    const lead = e.article;
    if (lead.heading || lead.startSignal || lead.continuedFrom !== null || owner.article.heading !== groupEl.group) continue;
    if (owner.article.continuedFrom !== null) continue;
    owner.article.parts.unshift(...lead.parts);
    owner.article.captions.push(...lead.captions);
    if (lead.continuedTo !== null && owner.article.continuedTo === null) owner.article.continuedTo = lead.continuedTo;
    owner.article.bylineLines.push(...lead.bylineLines);
    message(page, 'lead-placed', 'info', firstLine(lead), `The text at line ${firstLine(lead)} has no headline and stands under the headline at line ${groupEl.group.blocks[0]![0]!.no}; it was placed as the lead of that article. Check the order.`, `第${firstLine(lead)}行的文字没有标题，位于第${groupEl.group.blocks[0]![0]!.no}行的标题之下，已作为该文章的开头。请检查顺序。`);
    els.splice(i, 1);
    // A caption's slot after the lead now stands one element earlier.
    for (const slot of page.captionSlots) if (slot.at > i) slot.at--;
    i--;
  }
}

/** A photo credit without the words every credit has: `区住房城市建委` of `区住房城市建委供图`, `李显彦` of `摄/李显彦`. */
function creditName(credit: string): string {
  return credit.replace(/供图|摄影?|记者|通讯员|图(?=\s*[/／])/gu, ' ');
}

function placeCaptions(page: PageDraft): void {
  const els = page.elements;
  if (page.captionSlots.length === 0) return;
  const grams = new Map<ArticleDraft, Set<Bigram>>();
  const wanted = new Set<Bigram>();
  for (const { block } of page.captionSlots) for (const g of hanBigrams(joinLines(block.lines, ''))) wanted.add(g);
  const only = new BigramFilter(wanted);
  for (const e of els) if (e.type === 'article') grams.set(e.article, articleBigrams(e.article, only));
  // Where each article stands among the page's elements: its text, and its headline block.
  const places = new Map<ArticleDraft, number[]>();
  const byHeading = new Map<HeadingGroup, ArticleDraft>();
  els.forEach((e, i) => {
    if (e.type !== 'article') return;
    places.set(e.article, [i]);
    if (e.article.heading) byHeading.set(e.article.heading, e.article);
  });
  els.forEach((e, i) => {
    const owner = e.type === 'group' ? byHeading.get(e.group) : undefined;
    if (owner) places.get(owner)!.push(i);
  });
  // How many elements stand between an article (its text or its headline) and a caption slot.
  const distanceTo = (article: ArticleDraft, at: number) => Math.min(...places.get(article)!.map((i) => (i < at ? at - 1 - i : i - at)));
  for (const { block, at } of page.captionSlots) {
    const text = joinLines(block.lines, ' ', true);
    const credit = PHOTO_CREDIT.exec(text)?.[0] ?? '';
    const caption = { text: text.slice(0, text.length - credit.length).trim(), credit: credit.trim(), line: block.lines[0]!.no };
    // The credit's name too (`区住房城市建委` of `区住房城市建委供图`, a photographer who may be
    // the article's reporter): the picture's source is often the story's subject.
    const captionGrams = hanBigrams(`${caption.text} ${creditName(caption.credit)}`);
    let best: ArticleDraft | null = null;
    let bestCov = 0.25;
    let bestDistance = Infinity;
    // A tie of shared words goes to the nearer article (`山城巷传统风貌区。` / `区住房城市建委供图`:
    // its words half name the story about 区住房城市建委 beside it, half one about 传统风貌区
    // further up), the one above on a tie.
    for (const e of els) {
      if (e.type !== 'article') continue;
      const cov = coverage(captionGrams, grams.get(e.article)!);
      const distance = distanceTo(e.article, at);
      if (cov > bestCov || (cov === bestCov && best !== null && distance < bestDistance)) {
        best = e.article;
        bestCov = cov;
        bestDistance = distance;
      }
    }
    if (!best) {
      // Nearest article: the one before the caption, else the one after.
      for (let i = Math.min(at, els.length) - 1; i >= 0 && !best; i--) if (els[i]!.type === 'article') best = (els[i] as { article: ArticleDraft }).article;
      for (let i = at; i < els.length && !best; i++) if (els[i]!.type === 'article') best = (els[i] as { article: ArticleDraft }).article;
      if (best) message(page, 'caption-nearest', 'info', caption.line, `The caption at line ${caption.line} shares no words with any article; it was placed with the nearest one. Check it.`, `第${caption.line}行的图片说明与任何文章都没有共同词语，已归入最近的文章。请核对。`);
    }
    if (best) best.captions.push(caption);
    else {
      page.furniture.push({ kind: 'unplaced', text: joinLines(block.lines, '\n'), line: caption.line });
      message(page, 'caption-unplaced', 'warning', caption.line, `The caption at line ${caption.line} has no article on this page; it is listed as unplaced furniture.`, `第${caption.line}行的图片说明在本版没有对应的文章，已列为未归位的版面内容。`);
    }
  }
}

export const headlines: PageStep = {
  name: 'headlines',
  run(page) {
    matchGroups(page);
    mergeLeads(page);
    placeCaptions(page);
  },
};
