/**
 * Calendar facts for issue dates: validation, weekday, lunar date, the publication schedule.
 * Pure: every function takes the date it works on; nothing reads the clock.
 */

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

function utc({ year, month, day }: Ymd): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export function isRealDate(d: Ymd): boolean {
  const date = utc(d);
  return date.getUTCFullYear() === d.year && date.getUTCMonth() === d.month - 1 && date.getUTCDate() === d.day;
}

export function toIso({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A month as the first seven characters of its dates' ISO form, `2024-03`: what `date.slice(0, 7)` gives. */
export function isoMonth(year: number, month: number): string {
  return toIso({ year, month, day: 1 }).slice(0, 7);
}

/** `2024-03-29` to parts; null unless it is a real calendar date. */
export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(iso.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(d) ? d : null;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: Ymd): number {
  return utc(d).getUTCDay();
}

export function weekdayName(d: Ymd): string {
  return WEEKDAYS[dayOfWeek(d)]!;
}

export function addDays(d: Ymd, days: number): Ymd {
  const date = utc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const LUNAR_DAYS = [
  '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十',
];

const lunarFormat = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/**
 * Lunar date in the masthead's form, `甲辰年二月二十`. The paper prints 二十, not 廿十;
 * for 21-29 it varies, so what is printed always wins over this computed value.
 */
export function lunarDate(d: Ymd): string | null {
  const parts = lunarFormat.formatToParts(utc(d));
  const yearName = parts.find((p) => (p.type as string) === 'yearName')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  const day = Number(parts.find((p) => p.type === 'day')?.value);
  if (!yearName || !month || !(day >= 1 && day <= 30)) return null;
  return `${yearName}年${month}${LUNAR_DAYS[day - 1]}`;
}

/**
 * The first publication day strictly after `d`: reports usually appear one to three days
 * after the event, so the issue carrying a dateline of `d` came out on the next publication day.
 */
export function nextPublicationDay(d: Ymd, publicationDays: readonly number[]): Ymd {
  let next = addDays(d, 1);
  for (let i = 0; i < 7 && !publicationDays.includes(dayOfWeek(next)); i++) next = addDays(next, 1);
  return next;
}

/** Compare two dates: negative when a is earlier. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Years the text mentions (`2023年`), most often first, the earlier one on a tie (plans name the next year). */
export function yearsMentioned(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d-])((?:19|20)\d{2})\s*年/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort(([ya, a], [yb, b]) => b - a || ya - yb).map(([y]) => y);
}
