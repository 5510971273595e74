/**
 * Step: finish. Turns the page draft's articles into published articles: headline roles,
 * byline and reporters, dateline, paragraphs, crossheads. Ids, URLs and full dates come
 * later, when the issue they belong to is known.
 */
import { joinWrapped } from '../text.ts';
import { joinLines, message, type ArticleDraft, type PageDraft } from '../draft.ts';
import type { Article, Layout, Message } from '../types.ts';
import { headlineRoles } from './headline-roles.ts';
import { pairingKey, type PairingKey } from '../pairing.ts';
import { rejoin } from './paragraphs.ts';
import { readByline, reporterNames } from './byline.ts';

/** An article before its issue is known: the dateline still lacks its year. */
export interface PageArticle extends Omit<Article, 'id' | 'url' | 'date' | 'continuation'> {
  dateline: { month: number; day: number } | null;
  /** A part marked 下转/上接: what it is paired by when the issue is assembled (see pairContinuations). */
  pairing: PairingKey | null;
  /** A 上接 part's headline matched mostly by position: the warning the pairing may withdraw (see ArticleDraft). */
  headlineDoubt: Message | null;
}

export function finishArticle(draft: ArticleDraft, page: PageDraft): PageArticle {
  const layout: Layout = page.layout;
  const heading = draft.heading;
  const roles = heading ? headlineRoles(heading.blocks, layout) : { kicker: null, headline: null, subtitles: [], above: [] };
  for (const line of roles.above) page.furniture.push({ kind: 'section-label', text: line.text, line: line.no });
  const { paragraphs, crossheads } = rejoin(draft.parts, layout);
  let byline: string | null = null;
  let reporters: string[] = [];
  let dateline: PageArticle['dateline'] = null;
  if (paragraphs.length > 0) {
    const parts = readByline(paragraphs[0]!);
    if (parts.byline) {
      byline = parts.byline;
      reporters = parts.reporters;
      dateline = parts.dateline;
      if (parts.rest.trim() === '') {
        paragraphs.shift();
        for (const c of crossheads) c.before = Math.max(0, c.before - 1);
      } else paragraphs[0] = parts.rest.trim();
    }
  }
  const apart = [...(heading?.byline ? [heading.byline] : []), ...draft.bylineLines];
  if (apart.length > 0) {
    const printed = joinLines(apart, ' ', true);
    byline = byline ? `${byline} ${printed}` : printed;
    reporters = [...reporters, ...apart.flatMap((l) => reporterNames(l.text))];
  }
  // The first and last source line among its text's, its headline's and its bylines' (loops:
  // no arrays of every line made). Not its captions': one is placed by what it says, from
  // anywhere on the page; they count only when nothing else does (a 上接 part whose text
  // extraction lost may hold only a byline or a caption).
  let from = Infinity;
  let to = -Infinity;
  const spanLine = (no: number) => {
    if (no < from) from = no;
    if (no > to) to = no;
  };
  const span = (lines: readonly { no: number }[]) => {
    for (const l of lines) spanLine(l.no);
  };
  for (const p of draft.parts) span(p.lines);
  for (const b of heading?.blocks ?? []) span(b);
  if (heading?.byline) spanLine(heading.byline.no);
  span(draft.bylineLines);
  if (from === Infinity) for (const c of draft.captions) spanLine(c.line);
  if (roles.headline === null) {
    const first = draft.parts[0]?.lines[0];
    const start = first ? joinWrapped([first.text]).slice(0, 16) : '';
    if (draft.continuedFrom !== null) {
      message(page, 'headline-missing', 'info', from, `The continued part at line ${from} (上接${draft.continuedFrom}版, "${start}…") has no jump headline on this page.`, `第${from}行的转版部分（上接${draft.continuedFrom}版，“${start}…”）在本版没有转版标题。`);
    } else {
      message(page, 'headline-missing', 'warning', from, `No headline was found for the article at line ${from} ("${start}…"); it is shown without one. If the headline was lost in extraction, add it to the file above the text.`, `第${from}行的文章（“${start}…”）没有找到标题，将不带标题显示。如果标题是在提取时丢失的，请在文件中这段正文的上方补上。`);
    }
  }
  const article: PageArticle = {
    kicker: roles.kicker,
    headline: roles.headline,
    subtitles: roles.subtitles,
    byline,
    reporters: [...new Set(reporters)],
    dateline,
    paragraphs,
    crossheads,
    captions: draft.captions,
    continuedTo: draft.continuedTo,
    continuedFrom: draft.continuedFrom,
    lines: { from, to },
    pairing: null,
    headlineDoubt: draft.headlineDoubt,
  };
  if (draft.continuedTo !== null || draft.continuedFrom !== null) article.pairing = pairingKey(article);
  return article;
}
