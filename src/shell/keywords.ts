/**
 * Article keywords with jieba (TF-IDF over its dictionary), for the article page's keyword
 * list and for related articles. The shell's job: nodejieba loads dictionaries from disk.
 */
import nodejieba from 'nodejieba';
import type { Article, ParsedIssue } from '../core/index.ts';
import type { Keyword } from '../site/model.ts';
import { headlineSetting, type HeadlineSetting } from '../site/headline-setting.ts';
import { breakableHeadline } from '../site/parts.ts';
import type { KeywordJob, KeywordResult } from './keyword-worker.ts';
import { runInWorker } from './ts-worker.ts';

/** Words that say nothing about one article of this paper: they are in nearly all of them. */
const STOP = new Set(['渝中', '渝中区', '重庆', '工作', '发展', '推动', '推进', '全区', '加强', '进一步', '坚持', '持续', '我们', '相关']);

/** Words already tagged: the archive's keywords come from a vocabulary of a few thousand. */
const topicWords = new Map<string, boolean>();

/** Nouns, names, places and organisations say what an article is about; verbs (打造, 调研) do not. */
function isTopicWord(word: string): boolean {
  let topic = topicWords.get(word);
  if (topic === undefined) {
    const tags = /^\d+$/u.test(word) || [...word].length < 2 ? [] : nodejieba.tag(word);
    topic = tags.length === 1 && /^(n|nr|ns|nt|nz|vn|eng)/u.test(tags[0]!.tag);
    topicWords.set(word, topic);
  }
  return topic;
}

const LEAD_CHARS = 600;

/** Keywords already extracted, by the text they were extracted from: a rebuild reuses them. */
export type KeywordCache = Map<string, Keyword[]>;

/**
 * The same parsed article object has the same keywords: a preview edit re-assembles one
 * issue, and every other article is found here without building its text again.
 */
const byArticle = new WeakMap<Article, { count: number; keywords: Keyword[] }>();

/**
 * What keywords are read from: the headline block and the lead say what a story is about;
 * reading only them keeps jieba's cost (the larger part of rendering an archive) to a third.
 */
export function keywordText(a: Article): string {
  // Joined only as far as the lead goes: the whole story was joined for every article on every build.
  let text = '';
  for (const piece of [a.kicker, a.headline, a.headline, ...a.subtitles, ...a.paragraphs]) {
    if (!piece) continue;
    text = text === '' ? piece : `${text}\n${piece}`;
    if (text.length >= LEAD_CHARS) break;
  }
  return text.slice(0, LEAD_CHARS);
}

/** jieba's TF-IDF keywords of a text: topic words only, the paper's commonplaces left out. */
export function extractKeywords(text: string, count: number): Keyword[] {
  return nodejieba
    .extract(text, count * 3)
    .filter((k) => !STOP.has(k.word) && isTopicWord(k.word))
    .slice(0, count)
    .map((k) => ({ word: k.word, weight: k.weight }));
}

export function articleKeywords(issues: readonly ParsedIssue[], count = 8, cache: KeywordCache = new Map()): Map<string, Keyword[]> {
  const out = new Map<string, Keyword[]>();
  for (const issue of issues) {
    for (const page of issue.pages) {
      for (const a of page.articles) {
        const seen = byArticle.get(a);
        if (seen?.count === count) {
          out.set(a.id, seen.keywords);
          continue;
        }
        const text = keywordText(a);
        const known = cache.get(text);
        if (known) {
          out.set(a.id, known);
          byArticle.set(a, { count, keywords: known });
          continue;
        }
        const keywords = extractKeywords(text, count);
        cache.set(text, keywords);
        byArticle.set(a, { count, keywords });
        out.set(a.id, keywords);
      }
    }
  }
  return out;
}

/**
 * Headline-block lines as set on the site, their markup by their text (see breakableHeadline
 * in src/site/parts.ts), kept for every rebuild in this process, as the topic words above are:
 * the preview's every edit rebuilds the site's data.
 */
const setLines = new Map<string, string>();

/** Where a headline may break, from jieba's tagged words (with its HMM: 黄茂军 is one word). */
export function setHeadline(headline: string): HeadlineSetting {
  return headlineSetting(nodejieba.tag(headline));
}

/** Load jieba's dictionaries now (about 1.3 s), ahead of an editor's first edit rather than on it. */
export function loadJieba(): void {
  setHeadline('渝中');
  extractKeywords('渝中', 1);
}

/** The lines of an article's headline block, each set as a headline is: 引题, 主题, 副题. */
export function headingLines(a: Pick<Article, 'kicker' | 'headline' | 'subtitles'>): string[] {
  return [a.kicker, a.headline, ...a.subtitles].filter((t): t is string => Boolean(t));
}

/** Every headline-block line of the issues as set on the site (its markup, by its text): those set before (here, or by the keyword worker) are looked up, the rest set on this thread. */
export function headlineMarkups(issues: readonly ParsedIssue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    for (const page of issue.pages) {
      for (const a of page.articles) {
        for (const line of headingLines(a)) {
          if (out.has(line)) continue;
          let markup = setLines.get(line);
          if (markup === undefined) setLines.set(line, (markup = breakableHeadline(line, setHeadline(line)).value));
          out.set(line, markup);
        }
      }
    }
  }
  return out;
}

const KEYWORD_WORKER = new URL('./keyword-worker.ts', import.meta.url);

/** Below this many articles the render stage's own thread extracts the keywords. */
const WORKER_ARTICLES = 5000;

/**
 * Extract the keywords of a large archive in a worker thread while this thread waits on other
 * work (the search index's worker processes), filling `cache`, which articleKeywords then
 * reads, and set its headline blocks there too, for headlineMarkups; the results are the
 * same jieba gives here. A small archive is left to the render. Returns how many headline-block
 * lines the worker set.
 */
export async function prepareKeywords(issues: readonly ParsedIssue[], cache: KeywordCache, count = 8, minArticles = WORKER_ARTICLES): Promise<number> {
  const articles = issues.flatMap((i) => i.pages.flatMap((p) => p.articles));
  const articleTexts = articles.map(keywordText);
  const texts = [...new Set(articleTexts)].filter((t) => !cache.has(t));
  if (texts.length < minArticles) return 0;
  const headlines = [...new Set(articles.flatMap(headingLines))].filter((h) => !setLines.has(h));
  const done = await runInWorker<KeywordResult>(KEYWORD_WORKER, { texts, count, headlines } satisfies KeywordJob, 'the keyword worker');
  texts.forEach((t, i) => cache.set(t, done.keywords[i]!));
  // Kept by article as well, as articleKeywords keeps them: the render then finds each without
  // building its text again and looking that up (0.27 s of the render's thread at 2,000 issues, now 0.04 s).
  articles.forEach((a, i) => byArticle.set(a, { count, keywords: cache.get(articleTexts[i]!)! }));
  headlines.forEach((h, i) => setLines.set(h, breakableHeadline(h, done.headlineSettings[i]!).value));
  return headlines.length;
}
