/**
 * The synthetic archive: N realistic 渝中报 issue files, deterministic for a seed, and the
 * truth of what was printed, so the parser can be scored at archive scale.
 *
 * Each issue has 4 pages on the Mon/Wed/Fri schedule, 第N期 restarting each year and
 * 总第N期 counting on; page 1 carries a masthead. Pages are set in either extraction layout
 * (narrow hard-wrapped columns of varying width with headlines after their bodies and lost
 * paragraph indents; or one paragraph a line with headlines first). Front-page articles
 * continue on later pages with matching 下转/上接 markers. Some issues are one file with form
 * feeds between pages, others a file per page with front matter. Text, headline blocks,
 * captions and furniture are the seeds' own, recombined.
 */
import { addDays, dayOfWeek, lunarDate, toIso, weekdayName, type Ymd } from '../core/dates.ts';
import { displayWidth } from '../core/text.ts';
import { isKickerLine } from '../core/steps/headline-roles.ts';
import type { Article, Caption } from '../core/types.ts';
import type { Material, SourceArticle } from './material.ts';
import { Random } from './random.ts';

/** What was printed for one article: the parser's fields, with captions lacking line numbers. */
export interface TruthArticle
  extends Pick<Article, 'id' | 'kicker' | 'headline' | 'subtitles' | 'byline' | 'reporters' | 'date' | 'paragraphs' | 'crossheads' | 'continuedTo' | 'continuedFrom'> {
  captions: Omit<Caption, 'line'>[];
  /** The id of the other half of a continued article. */
  pair: string | null;
}

export interface SynthFile {
  name: string;
  text: string;
}

export interface SynthArchive {
  files: SynthFile[];
  truth: TruthArticle[];
}

export interface SynthOptions {
  issues: number;
  seed: number;
  /** First issue date (a publication day or the next one after it). */
  start?: Ymd;
  /** 总第N期 of the first issue. */
  firstTotal?: number;
}

type Layout = 'column' | 'paragraph';

interface Planned {
  truth: TruthArticle;
  /** Index of the source article, to keep captions with their own story. */
  source: number;
  commentary: boolean;
  /** Byline at the end of a feature in the column layout (`记者 姚延洋`). */
  trailingByline: string | null;
}

const PUBLICATION_DAYS = [1, 3, 5];

function zhDateline(d: Ymd): string {
  return `${d.month}月${d.day}日，`;
}

/** Punctuation a line may not start with (禁则): it stays at the end of the line before. */
const NO_LINE_START = /[，。、；：！？）》」』”’…,.;:!?)\s]/u;

/** Hard-wrap a paragraph to a column `units` wide; the first line loses its 2-character indent. */
function wrap(text: string, units: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let capacity = units - 4;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > capacity && line !== '' && !NO_LINE_START.test(ch)) {
      lines.push(line);
      line = '';
      width = 0;
      capacity = units;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Print a two-clause headline (`A B`) on two lines, anything else on one. */
function headlineLines(headline: string): string[] {
  const parts = headline.split(' ');
  return parts.length === 2 && parts.every((p) => [...p].length >= 4) ? parts : [headline];
}

function reporterByline(names: string[], layout: Layout): string {
  if (layout === 'paragraph') return `本报讯(记者${names.join(' ')})`;
  const printed = names.map((n) => ([...n].length === 2 ? [...n].join(' ') : n));
  return `本报讯 （记者 ${printed.join(' ')}）`;
}

class IssueWriter {
  constructor(
    private readonly rng: Random,
    private readonly material: Material,
  ) {}

  /** Sources already used in the issue being written: a paper does not print a story twice. */
  used = new Set<number>();

  plan(date: Ymd, page: number, position: () => number, layout: Layout): Planned {
    const rng = this.rng;
    let index = rng.int(0, this.material.articles.length - 1);
    for (let tries = 0; this.used.has(index) && tries < 50; tries++) index = rng.int(0, this.material.articles.length - 1);
    this.used.add(index);
    const sa: SourceArticle = this.material.articles[index]!;
    const id = `${toIso(date)}-${page}-${position()}`;
    const paragraphs = [...sa.paragraphs];
    // Recombine: sometimes a paragraph or two of another story of the same kind follows.
    if (rng.chance(0.3)) {
      const other = rng.pick(this.material.articles.filter((a) => a.kind === sa.kind));
      paragraphs.push(...other.paragraphs.slice(-rng.int(1, 2)));
    }
    const commentary = sa.kind === 'commentary';
    let byline: string | null = null;
    let reporters: string[] = [];
    let dateline: string | null = null;
    let trailingByline: string | null = null;
    if (sa.kind === 'news') {
      reporters = Array.from(new Set(Array.from({ length: rng.chance(0.2) ? 2 : 1 }, () => rng.pick(this.material.reporters))));
      byline = reporterByline(reporters, layout);
      const when = addDays(date, -rng.int(1, 3));
      dateline = toIso(when);
      paragraphs[0] = zhDateline(when) + paragraphs[0]!;
    } else if (commentary) {
      byline = '本报评论员';
    } else if (layout === 'column' && rng.chance(0.5)) {
      reporters = [rng.pick(this.material.reporters)];
      trailingByline = `记者 ${reporters[0]}`;
      byline = trailingByline;
    }
    const kicker = sa.kicker && (layout === 'column' || isKickerLine(sa.kicker)) ? sa.kicker : null;
    // A crosshead (小标题) stays before the section it announces, as the source printed it.
    const crossheads: TruthArticle['crossheads'] = rng.chance(0.5) ? sa.crossheads.map((c) => ({ ...c })) : [];
    const captions = this.material.captions.filter((c) => this.material.articles.findIndex((a) => a.paragraphs.some((p) => p.includes(c.text.replace(/。$/u, '')))) === index);
    return {
      truth: {
        id,
        kicker,
        headline: sa.headline,
        subtitles: sa.subtitles,
        byline,
        reporters,
        date: dateline,
        paragraphs,
        crossheads,
        captions: captions.length && rng.chance(0.5) ? [captions[0]!] : [],
        continuedTo: null,
        continuedFrom: null,
        pair: null,
      },
      source: index,
      commentary,
      trailingByline,
    };
  }
}

function headlineBlock(t: TruthArticle, layout: Layout, byline: string | null): string[] {
  const lines: string[] = [];
  if (layout === 'column') {
    if (t.kicker) lines.push(t.kicker, '');
    if (t.headline) lines.push(...headlineLines(t.headline));
    lines.push(...t.subtitles);
    if (byline) lines.push('', byline);
  } else {
    if (t.kicker) lines.push(t.kicker, '');
    if (t.headline) for (const l of headlineLines(t.headline)) lines.push(l, '');
    for (const s of t.subtitles) lines.push(s, '');
    if (byline) lines.push(byline, '');
  }
  return lines;
}

function captionLines(t: TruthArticle, rng: Random): string[] {
  return t.captions.flatMap((c) => (rng.chance(0.5) ? ['', ` ${c.text} ${c.credit}`] : ['', c.text, '', c.credit]));
}

const PARAGRAPH_GAP = 0.9;

/** The body of an article in the column layout: wrapped, with column breaks and crossheads. */
function columnBody(t: TruthArticle, units: number, rng: Random, newsByline: string | null, from: number | null): string[] {
  const lines: string[] = [];
  let sinceBreak = 0;
  let breakAt = rng.int(8, 18);
  t.paragraphs.forEach((p, k) => {
    const head = crossheadBefore(t, k);
    if (head) lines.push('', ...head.split(' '), '');
    let text = p;
    if (k === 0 && from !== null) text = `（上接${from}版）${p}`;
    // The byline is set as it is printed: reporters' names are never split across lines.
    const wrapped = k === 0 && newsByline ? [newsByline, ...wrap(p, units)] : wrap(text, units);
    for (const line of wrapped) {
      lines.push(line);
      if (++sinceBreak >= breakAt) {
        lines.push('');
        sinceBreak = 0;
        breakAt = rng.int(8, 18);
      }
    }
    // The extraction leaves a blank line after most paragraphs (51 of the 55 short lines that
    // end a paragraph in the seeds' column pages), not after all.
    if (lines[lines.length - 1] !== '' && rng.chance(PARAGRAPH_GAP)) lines.push('');
  });
  while (lines[lines.length - 1] === '') lines.pop();
  // Each story is a text frame of its own in the PDF; the extraction marks most frame starts
  // with a leading space (always for 本报讯 and 上接, mostly for the rest).
  if (lines[0] !== undefined && (newsByline || from !== null || rng.chance(0.7))) lines[0] = ` ${lines[0]}`;
  return lines;
}

function crossheadBefore(t: TruthArticle, k: number): string | null {
  return t.crossheads.find((c) => c.before === k)?.text ?? null;
}

function writeArticle(p: Planned, layout: Layout, units: number, rng: Random): string[] {
  const t = p.truth;
  const news = t.byline?.startsWith('本报讯') ? t.byline : null;
  const marker = t.continuedTo !== null ? (layout === 'paragraph' ? `(下转${t.continuedTo}版)` : `（下转${t.continuedTo}版）`) : null;
  if (layout === 'paragraph') {
    const lines = headlineBlock(t, layout, p.commentary ? t.byline : null);
    t.paragraphs.forEach((para, k) => {
      const head = crossheadBefore(t, k);
      if (head) lines.push(head, '');
      const prefix = k === 0 && news ? news : k === 0 && t.continuedFrom !== null ? `(上接${t.continuedFrom}版)` : '';
      lines.push(prefix + para, '');
    });
    if (marker) lines.push(marker, '');
    lines.push(...captionLines(t, rng), '');
    return lines;
  }
  const body = columnBody(t, units, rng, news, t.continuedFrom);
  if (marker) {
    if (rng.chance(0.5)) body[body.length - 1] += ` ${marker}`;
    else body.push(marker);
  }
  // A feature is signed at its very end: not where it jumps to another page.
  if (p.trailingByline && t.continuedTo === null) body.push('', p.trailingByline);
  return [...body, '', ...headlineBlock(t, layout, p.commentary ? t.byline : null), ...captionLines(t, rng), ''];
}

function masthead(date: Ymd, number: number, total: number, layout: Layout): string[] {
  const lines = ['渝中报', `${date.year}年${date.month}月`, String(date.day), weekdayName(date), lunarDate(date) ?? '', '渝内字第538号', '每周一、三、五出版', `第${number}期`, `(总第${total}期)`, '今日4版'];
  return layout === 'paragraph' ? ['', '', ...lines.flatMap((l) => [l, ''])] : [...lines, ''];
}

export function generateArchive(material: Material, options: SynthOptions): SynthArchive {
  const rng = new Random(options.seed);
  const writer = new IssueWriter(rng, material);
  const files: SynthFile[] = [];
  const truth: TruthArticle[] = [];
  let date: Ymd = options.start ?? { year: 2016, month: 1, day: 4 };
  while (!PUBLICATION_DAYS.includes(dayOfWeek(date))) date = addDays(date, 1);
  let number = 0;
  let year = date.year;
  for (let n = 0; n < options.issues; n++) {
    if (date.year !== year) {
      year = date.year;
      number = 0;
    }
    number++;
    const total = (options.firstTotal ?? 1) + n;
    const iso = toIso(date);
    writer.used.clear();
    const layouts: Layout[] = [1, 2, 3, 4].map(() => (rng.chance(0.5) ? 'column' : 'paragraph'));
    const counters = [0, 0, 0, 0];
    const pos = (page: number) => () => ++counters[page - 1]!;
    const pages: Planned[][] = [[], [], [], []];
    // Page 1: the front page, most of its stories continued inside.
    const front = rng.int(5, 7);
    for (let k = 0; k < front; k++) pages[0]!.push(writer.plan(date, 1, pos(1), layouts[0]!));
    const inside: { planned: Planned; page: number }[] = [];
    for (const p of pages[0]!.slice(0, rng.int(3, 4))) {
      if (p.truth.paragraphs.length < 3) continue;
      const target = rng.chance(0.6) ? 2 : rng.int(3, 4);
      const keep = rng.int(1, Math.min(3, p.truth.paragraphs.length - 2));
      const rest = p.truth.paragraphs.splice(keep);
      const jumpCrossheads = p.truth.crossheads.filter((c) => c.before > keep).map((c) => ({ before: c.before - keep, text: c.text }));
      p.truth.crossheads = p.truth.crossheads.filter((c) => c.before < keep);
      p.truth.continuedTo = target;
      if (p.trailingByline) {
        // The signature goes with the end of the story, on the continuation page.
        p.truth.byline = null;
        p.truth.reporters = [];
      }
      const jump: Planned = {
        truth: {
          id: '',
          kicker: null,
          headline: p.truth.headline!.split(' ')[0]!,
          subtitles: [],
          byline: null,
          reporters: [],
          date: null,
          paragraphs: rest,
          crossheads: jumpCrossheads,
          captions: [],
          continuedTo: null,
          continuedFrom: 1,
          pair: p.truth.id,
        },
        source: p.source,
        commentary: false,
        trailingByline: null,
      };
      inside.push({ planned: jump, page: target });
    }
    for (let page = 2; page <= 4; page++) {
      const own = Array.from({ length: rng.int(4, 6) }, () => writer.plan(date, page, () => 0, layouts[page - 1]!));
      const jumps = inside.filter((j) => j.page === page).map((j) => j.planned);
      const all = [...jumps, ...own];
      // Continued parts usually lead an inside page, as in the paper.
      for (const p of all) p.truth.id = `${iso}-${page}-${pos(page)()}`;
      pages[page - 1] = all;
    }
    // Link the halves both ways now that every id is known.
    for (const j of inside) {
      const front = pages[0]!.find((p) => p.truth.id === j.planned.truth.pair)!;
      front.truth.pair = j.planned.truth.id;
    }
    const texts = pages.map((planned, k) => {
      const layout = layouts[k]!;
      const units = 2 * rng.int(11, 22);
      const lines: string[] = k === 0 ? masthead(date, number, total, layout) : [];
      if (k === 0 && rng.chance(0.3) && material.slogans.length) lines.push(rng.pick(material.slogans), '');
      planned.forEach((p, i) => {
        lines.push(...writeArticle(p, layout, units, rng));
        if (i === 1 && material.furniture.length && rng.chance(0.5)) lines.push(rng.pick(material.furniture), '');
      });
      truth.push(...planned.map((p) => p.truth));
      return lines.join('\n').replace(/\n{3,}/gu, '\n\n');
    });
    if (rng.chance(0.5)) files.push({ name: `${iso}.txt`, text: texts.join('\f') });
    else {
      texts.forEach((text, k) => files.push({ name: `${iso}-p${k + 1}.txt`, text: k === 0 ? text : `---\ndate: ${iso}\npage: ${k + 1}\n---\n${text}` }));
    }
    do date = addDays(date, 1);
    while (!PUBLICATION_DAYS.includes(dayOfWeek(date)));
  }
  return { files, truth };
}
