/** Scoring the parser against the synthetic archive's truth. */
import type { Article, ParsedIssue } from '../core/index.ts';
import type { TruthArticle } from './generate.ts';

export interface Score {
  articles: number;
  found: number;
  exact: number;
  /** How many articles got each field wrong. */
  wrong: Record<string, number>;
  /** A few wrong articles, for looking at. */
  examples: { id: string; field: string; expected: unknown; actual: unknown }[];
  pairs: number;
  pairsResolved: number;
}

const FIELDS = ['kicker', 'headline', 'subtitles', 'byline', 'reporters', 'date', 'paragraphs', 'crossheads', 'captions', 'continuedTo', 'continuedFrom'] as const;

/** White space is compared away: the extraction drops it at line ends, and sets names wide. */
const flat = (t: string | null) => t?.replace(/\s+/gu, '') ?? null;

function actualField(a: Article, field: (typeof FIELDS)[number]): unknown {
  if (field === 'captions') return a.captions.map((c) => ({ text: flat(c.text), credit: flat(c.credit) }));
  if (field === 'byline') return flat(a.byline);
  if (field === 'paragraphs') return a.paragraphs.map(flat);
  return a[field];
}

function expectedField(t: TruthArticle, field: (typeof FIELDS)[number]): unknown {
  if (field === 'captions') return t.captions.map((c) => ({ text: flat(c.text), credit: flat(c.credit) }));
  if (field === 'byline') return flat(t.byline);
  if (field === 'paragraphs') return t.paragraphs.map(flat);
  return t[field];
}

export function scoreArchive(issues: readonly ParsedIssue[], truth: readonly TruthArticle[], maxExamples = 20): Score {
  const parsed = new Map<string, Article>();
  for (const i of issues) for (const p of i.pages) for (const a of p.articles) parsed.set(a.id, a);
  const score: Score = { articles: truth.length, found: 0, exact: 0, wrong: {}, examples: [], pairs: 0, pairsResolved: 0 };
  for (const t of truth) {
    const a = parsed.get(t.id);
    if (t.pair && t.continuedTo !== null) {
      score.pairs++;
      const other = parsed.get(t.pair);
      if (a?.continuation?.articleId === t.pair && other?.continuation?.articleId === t.id) score.pairsResolved++;
    }
    if (!a) {
      score.wrong.missing = (score.wrong.missing ?? 0) + 1;
      if (score.examples.length < maxExamples) score.examples.push({ id: t.id, field: 'missing', expected: t.headline, actual: null });
      continue;
    }
    score.found++;
    let exact = true;
    for (const field of FIELDS) {
      const expected = expectedField(t, field);
      const actual = actualField(a, field);
      if (JSON.stringify(expected) !== JSON.stringify(actual)) {
        exact = false;
        score.wrong[field] = (score.wrong[field] ?? 0) + 1;
        if (score.examples.length < maxExamples) score.examples.push({ id: t.id, field, expected, actual });
      }
    }
    if (exact) score.exact++;
  }
  return score;
}
