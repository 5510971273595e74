/** Formatting helpers for templates: dates in Chinese, URLs under the site's path prefix. */
import { DateTime } from 'luxon';
import type { Article } from '../core/index.ts';
import { weekdayName } from '../core/dates.ts';

/**
 * The first `count` characters (code points) of a text, and whether any were left: without
 * spreading the whole text into an array (a lede is cut from every article's first paragraph).
 */
export function leadingCharacters(text: string, count: number): { text: string; cut: boolean } {
  let end = 0;
  let n = 0;
  for (const ch of text) {
    if (n === count) return { text: text.slice(0, end), cut: true };
    end += ch.length;
    n++;
  }
  return { text, cut: false };
}

/** The title an article is known by (pages, feed, search results): its headline, or its opening words when none survived. */
export function articleName(a: Pick<Article, 'headline' | 'paragraphs'>): string {
  return a.headline ?? `无标题文章：${leadingCharacters(a.paragraphs[0] ?? '', 16).text}…`;
}

/** Dates already spelled out: a few thousand issue dates, asked for on nearly every page. */
const spelled = new Map<string, string>();

/**
 * `2024年3月29日 星期五`; a text that is not a date is given back as it is. luxon reads the
 * date; the weekday is named as the core names it (as a masthead prints it), not by luxon's
 * `toFormat` in zh-CN, whose Intl formatter cost 55 µs a date (each render thread spells
 * 4,000 at 2,000 issues: 222 ms, now 55 ms).
 */
export function chineseDate(iso: string, withWeekday = true): string {
  const key = `${iso}${withWeekday ? '+' : ''}`;
  let text = spelled.get(key);
  if (text === undefined) {
    const d = DateTime.fromISO(iso, { zone: 'utc' });
    const date = `${d.year}年${d.month}月${d.day}日`;
    text = !d.isValid ? iso : withWeekday ? `${date} ${weekdayName(d)}` : date;
    spelled.set(key, text);
  }
  return text;
}

/** Characters encodeURI leaves as they are (but `%`, which a path might hold unencoded). */
const URI_SAFE = /^[A-Za-z0-9\-_.!~*'();/?:@&=+$,#]*$/u;

/** A site path under the path prefix: `prefixUrl('/2024/03/29/', '/baoku/')` → `/baoku/2024/03/29/`. */
export function prefixUrl(path: string, prefix: string): string {
  const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const full = `${p}${path.startsWith('/') ? path : `/${path}`}`;
  // Most paths (dates and numbers) hold nothing encodeURI would change: no call for them.
  return URI_SAFE.test(full) ? full : encodeURI(full);
}

/** The absolute URL of a site path, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string, site: { siteUrl: string; pathPrefix: string }): string {
  return `${site.siteUrl.replace(/\/$/u, '')}${prefixUrl(path, site.pathPrefix)}`;
}
