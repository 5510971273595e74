/**
 * Search tokens for Chinese text: every overlapping pair of Han characters (a lone Han
 * character stays itself), and Latin/digit words whole. Pagefind matches whole tokens and
 * prefixes, so any substring of two or more characters is found as the AND of its pairs,
 * and a single character as the first of a pair. Indexing single characters too found
 * nothing more for two-character queries and cost a third more index time. The browser
 * rewrites the reader's query with `queryTokens` from this same file, so they agree.
 */
const HAN = /\p{Script=Han}/u;

export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  const flushRun = () => {
    if (run.length === 1) tokens.push(run[0]!);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i]! + run[i + 1]!);
    run = [];
  };
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    for (const ch of word) {
      if (HAN.test(ch)) run.push(ch);
      else {
        flushRun();
      }
    }
    flushRun();
    const latin = word.replace(/\p{Script=Han}+/gu, ' ').trim();
    if (latin) tokens.push(...latin.toLowerCase().split(/\s+/u));
  }
  return tokens;
}

/** The query as Pagefind should search it: pairs for Han runs (a lone character stays). */
export function queryTokens(query: string): string[] {
  const out: string[] = [];
  for (const word of query.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const han = [...word].filter((c) => HAN.test(c));
    if (han.length === 1) out.push(han[0]!);
    for (let i = 0; i + 1 < han.length; i++) out.push(han[i]! + han[i + 1]!);
    const latin = word.replace(/\p{Script=Han}+/gu, ' ').trim();
    if (latin) out.push(...latin.toLowerCase().split(/\s+/u));
  }
  return [...new Set(out)];
}
