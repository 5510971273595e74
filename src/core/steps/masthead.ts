/**
 * Step: masthead (报头). Reads the front page's masthead facts and lists its lines as furniture.
 *
 * In the extracted text the masthead may be split over several lines (`2024年3月` / `29` /
 * `星期五`). Only lines at the very top of a page are considered, and only while every
 * non-blank line is a masthead item: the first line that is not ends the masthead.
 */
import { chineseNumber, squeeze, toHalfWidth } from '../text.ts';
import { joinLines, message, type LineDraft, type PageStep } from '../draft.ts';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LUNAR_YEAR = `[${STEMS}][${BRANCHES}]年`;
const LUNAR_DAY = '(闰)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿二三卅一二三四五六七八九十]{2}';
const LUNAR = new RegExp(`^${LUNAR_YEAR}${LUNAR_DAY}$`, 'u');
const LUNAR_YEAR_ALONE = new RegExp(`^${LUNAR_YEAR}$`, 'u');
const LUNAR_DAY_ALONE = new RegExp(`^${LUNAR_DAY}$`, 'u');

type Item = { read: (t: string, facts: Record<string, unknown>) => boolean };

const ITEMS: Item[] = [
  // 2024年3月29日 (whole or split)
  {
    read(t, f) {
      const m = /^(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?$/u.exec(t);
      if (!m) return false;
      f.year = Number(m[1]);
      if (m[2]) f.month = Number(m[2]);
      if (m[3]) f.day = Number(m[3]);
      return true;
    },
  },
  {
    read(t, f) {
      const m = /^(\d{1,2})月(?:(\d{1,2})日)?$/u.exec(t);
      if (!m || f.year === undefined) return false;
      f.month = Number(m[1]);
      if (m[2]) f.day = Number(m[2]);
      return true;
    },
  },
  {
    read(t, f) {
      const m = /^(\d{1,2})日?$/u.exec(t);
      if (!m || f.month === undefined || f.day !== undefined) return false;
      f.day = Number(m[1]);
      return true;
    },
  },
  { read: (t, f) => (/^星期[一二三四五六日天]$/u.test(t) ? ((f.weekday = t), true) : false) },
  { read: (t, f) => (LUNAR.test(t) ? ((f.lunarDate = t), true) : false) },
  // The lunar date split as the solar one may be (`甲辰年` / `二月二十`): the day only after its year.
  { read: (t, f) => (LUNAR_YEAR_ALONE.test(t) && f.lunarDate === undefined ? ((f.lunarYear = t), true) : false) },
  {
    read(t, f) {
      if (!LUNAR_DAY_ALONE.test(t) || typeof f.lunarYear !== 'string' || f.lunarDate !== undefined) return false;
      f.lunarDate = `${f.lunarYear}${t}`;
      return true;
    },
  },
  {
    read(t, f) {
      const m = /^第([\d〇零一二三四五六七八九十百]+)期$/u.exec(t);
      if (!m) return false;
      f.number = chineseNumber(m[1]!) ?? undefined;
      return true;
    },
  },
  {
    read(t, f) {
      const m = /^\(?总第(\d+)期\)?$/u.exec(t);
      if (!m) return false;
      f.totalNumber = Number(m[1]);
      return true;
    },
  },
  {
    read(t, f) {
      const m = /^今日([\d一二三四五六七八九十]+)版$/u.exec(t);
      if (!m) return false;
      f.pageCount = chineseNumber(m[1]!) ?? undefined;
      return true;
    },
  },
  // Licence line and schedule: furniture that carries no fact we keep.
  { read: (t) => /^[\u4e00-\u9fff]{1,3}内字第\d+号$/u.test(t) || /^(CN|国内统一连续出版物号)/u.test(t) },
  { read: (t) => /^每周[一二三四五六日、]+出版$/u.test(t) },
];

/** One masthead line may hold several items separated by spaces: `2024年3月29日 星期五`. */
function readLine(text: string, paper: string, facts: Record<string, unknown>): boolean {
  const norm = toHalfWidth(text).trim();
  if (squeeze(norm) === paper) {
    facts.paper = paper;
    return true;
  }
  const pieces = norm.split(/\s+/u);
  const trial: Record<string, unknown> = { ...facts };
  for (const piece of pieces) {
    if (!ITEMS.some((item) => item.read(piece, trial))) return false;
  }
  Object.assign(facts, trial);
  return true;
}

export const masthead: PageStep = {
  name: 'masthead',
  run(page) {
    const facts: Record<string, unknown> = {};
    const taken: LineDraft[] = [];
    for (const line of page.lines) {
      if (line.text === '') continue;
      if (!readLine(line.text, page.profile.name, facts)) break;
      taken.push(line);
    }
    // A masthead names the paper; a lone number or date at the top of a page is not one.
    if (facts.paper === undefined || taken.length < 2) return;
    const takenSet = new Set(taken);
    page.lines = page.lines.filter((l) => !takenSet.has(l));
    page.furniture.push({ kind: 'masthead', text: joinLines(taken, '\n'), line: taken[0]!.no });
    page.number ??= 1;
    const f = page.facts;
    f.paper = page.profile.name;
    if (typeof facts.year === 'number' && typeof facts.month === 'number' && typeof facts.day === 'number') {
      f.date = `${facts.year}-${String(facts.month).padStart(2, '0')}-${String(facts.day).padStart(2, '0')}`;
    } else if (facts.year !== undefined) {
      message(page, 'masthead-date-partial', 'warning', taken[0]!.no, 'The masthead prints only part of the date. Give the whole date in front matter (date: YYYY-MM-DD).', '报头只印了部分日期。请在文件开头的 front matter 中写明完整日期（date: YYYY-MM-DD）。');
    }
    if (typeof facts.weekday === 'string') f.weekday = facts.weekday;
    if (typeof facts.lunarDate === 'string') f.lunarDate = facts.lunarDate;
    if (typeof facts.number === 'number') f.number = facts.number;
    if (typeof facts.totalNumber === 'number') f.totalNumber = facts.totalNumber;
    if (typeof facts.pageCount === 'number') f.pageCount = facts.pageCount;
  },
};
