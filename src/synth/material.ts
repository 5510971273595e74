/**
 * Real 渝中报 language for the synthetic archive: the seeds' articles as the parser reads
 * them, their furniture, reporters and captions.
 */
import type { Article, ParsedIssue } from '../core/index.ts';
import { QR_VIDEO } from '../core/steps/patterns.ts';

export interface SourceArticle {
  kicker: string | null;
  headline: string;
  subtitles: string[];
  /** Paragraphs without byline and dateline: the dateline is written anew for each use. */
  paragraphs: string[];
  /** Crossheads (小标题) where the source printed them: before paragraph `before`. */
  crossheads: { before: number; text: string }[];
  kind: 'news' | 'feature' | 'commentary';
}

export interface Material {
  articles: SourceArticle[];
  reporters: string[];
  captions: { text: string; credit: string }[];
  furniture: string[];
  slogans: string[];
}

const DATELINE = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日(至\d{1,2}日)?[，,]?/u;

function source(a: Article): SourceArticle | null {
  if (!a.headline || a.paragraphs.length < 2) return null;
  const paragraphs = [...a.paragraphs];
  if (a.byline?.startsWith('本报')) paragraphs[0] = paragraphs[0]!.replace(DATELINE, '');
  const emptyLead = paragraphs[0]!.trim() === '';
  if (emptyLead) paragraphs.shift();
  // A part cut off at 下转 ends mid-sentence: keep whole sentences only, so recombined text
  // ends its paragraphs where a paper would.
  const last = paragraphs.length - 1;
  const cut = paragraphs[last]!.search(/[。！？][”’」）)]*[^。！？”’」）)]*$/u);
  if (!/[。！？][”’」）)]*$/u.test(paragraphs[last]!)) {
    if (cut >= 0) paragraphs[last] = paragraphs[last]!.slice(0, paragraphs[last]!.slice(cut).search(/[^。！？”’」）)]/u) + cut);
    else paragraphs.pop();
  }
  if (paragraphs.length < 2) return null;
  return {
    kicker: a.kicker,
    headline: a.headline,
    subtitles: a.subtitles,
    paragraphs,
    crossheads: a.crossheads.map((c) => ({ before: c.before - (emptyLead ? 1 : 0), text: c.text })).filter((c) => c.before > 0 && c.before < paragraphs.length),
    kind: a.byline?.includes('评论员') ? 'commentary' : a.byline?.startsWith('本报讯') ? 'news' : 'feature',
  };
}

export function harvest(issues: readonly ParsedIssue[]): Material {
  const pages = issues.flatMap((i) => i.pages);
  const all = pages.flatMap((p) => p.articles);
  return {
    articles: all.map(source).filter((a): a is SourceArticle => a !== null),
    reporters: [...new Set(all.flatMap((a) => a.reporters))].sort(),
    captions: all.flatMap((a) => a.captions.map((c) => ({ text: c.text, credit: c.credit }))),
    // Standalone QR notices only: a video notice (扫码看…视频) belongs under its video's title.
    furniture: [...new Set(pages.flatMap((p) => p.furniture.filter((f) => f.kind === 'qr-notice').map((f) => f.text)))].filter((t) => !t.includes('\n') && t.includes('扫码') && !QR_VIDEO.test(t)),
    slogans: [...new Set(pages.flatMap((p) => p.furniture.filter((f) => f.kind === 'slogan' || f.kind === 'banner').map((f) => f.text)))],
  };
}
