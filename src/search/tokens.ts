/**
 * Search tokens for Chinese text: every Han character alone and every overlapping pair of
 * Han characters, and Latin/digit words whole. Pagefind then matches whole tokens and
 * prefixes, so any substring of two or more characters is found as the AND of its pairs,
 * and a single character by itself. The same function rewrites the reader's query in the
 * browser (templates/assets/search.js holds its twin), so index and query always agree.
 */
const HAN = /\p{Script=Han}/u;

export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  const flushRun = () => {
    for (let i = 0; i < run.length; i++) {
      tokens.push(run[i]!);
      if (i + 1 < run.length) tokens.push(run[i]! + run[i + 1]!);
    }
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
