/**
 * Byline (署名) and dateline (电头): `本报讯 （记者 李 一）9月12日，`.
 *
 * The byline as printed is taken off the start of the first paragraph; the reporters are
 * the names in it with inner spaces removed (`李 一` is 李一: two-character names are set
 * with a space to fill the width). The dateline gives month and day only; the year comes
 * from the issue, later.
 */
import { squeeze } from '../text.ts';

export interface BylineParts {
  /** Byline as printed, or null. */
  byline: string | null;
  reporters: string[];
  /** The first paragraph without the byline. */
  rest: string;
  dateline: { month: number; day: number } | null;
}

const NEWS_BYLINE = /^(本报(?:讯|消息))\s*([（(][^（()）]{0,40}[）)])?/u;
const ROLES = /(本报|特约)?(记者|通讯员|实习生|评论员|摄影)/gu;
const DATELINE = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** Names in a credit: `记者 李 一`, `记者 李传芳 廖松`, `记者李一 通讯员王二`. */
export function reporterNames(credit: string): string[] {
  const names: string[] = [];
  for (const segment of credit.replace(/[（()）]/gu, '').split(ROLES)) {
    if (!segment || /^(本报|特约|记者|通讯员|实习生|评论员|摄影)$/u.test(segment)) continue;
    for (const piece of segment.split(/[、，,/／]/u)) {
      if (squeeze(piece) === '') continue;
      const tokens = piece.trim().split(/\s+/u);
      // `李 一` is one name set wide; `李传芳 廖松` is two names; `廖 松 伍文涛` is 廖松 and 伍文涛.
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const next = tokens[i + 1];
        if ([...t].length === 1 && next !== undefined && [...next].length <= 2) {
          names.push(t + next);
          i++;
        } else names.push(t);
      }
    }
  }
  return names.filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
}

export function readByline(first: string): BylineParts {
  const m = NEWS_BYLINE.exec(first);
  let byline: string | null = null;
  let reporters: string[] = [];
  let rest = first;
  if (m) {
    byline = m[0].trim();
    reporters = m[2] ? reporterNames(m[2]) : [];
    rest = first.slice(m[0].length);
  }
  // The dateline stands near the start of the first sentence.
  const d = DATELINE.exec(rest.slice(0, 80));
  const month = d ? Number(d[1]) : 0;
  const day = d ? Number(d[2]) : 0;
  const dateline = d && month >= 1 && month <= 12 && day >= 1 && day <= 31 && m ? { month, day } : null;
  return { byline, reporters, rest, dateline };
}
