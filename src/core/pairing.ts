/**
 * What the two halves of a continued story (下转/上接) share: the words of their text, and the
 * headline the paper repeats, often shortened, over the continuation (转版标题).
 */
import type { Article } from './types.ts';
import { sortedBigrams, squeeze, type SortedBigrams } from './text.ts';

/**
 * What a 下转/上接 part is paired by (see pairContinuations). Worked out where the page is
 * parsed (on every core, see finishArticle), not when the issue is assembled (in one thread,
 * after every file is parsed): the headlines were squeezed and cut into pairs of characters
 * there for every candidate pair, 100 of the assembly's 170 ms of pairing at 2,000 issues
 * (assembly 0.54 → 0.49 s). Kept as strings: their pairs as typed arrays cost two more
 * ArrayBuffers per part to make and copy between threads, 0.5 s more CPU in all.
 */
export interface PairingKey {
  /** The Han bigrams of its whole text, ascending: the words two halves share. */
  words: SortedBigrams;
  /** Its headline block (引题, 主题, 副题) without white space: what a jump headline repeats. */
  heading: string;
  /** Its headline (主题) alone without white space: over a 上接 part, the jump headline (转版标题). */
  headline: string;
}

type Pairable = Pick<Article, 'kicker' | 'headline' | 'subtitles' | 'paragraphs'>;

export function pairingKey(a: Pairable): PairingKey {
  const heading = [a.kicker, a.headline, ...a.subtitles];
  return {
    words: sortedBigrams([...heading, ...a.paragraphs].join('')),
    heading: squeeze(heading.join('')),
    headline: squeeze(a.headline ?? ''),
  };
}

/**
 * The share of `short`'s pairs of adjacent characters (digits included: `第61次` and `第70次`
 * differ) that `long` holds; 0 when `short` has none. Both without white space.
 */
export function repeatedPairs(short: string, long: string): number {
  const chars = [...short];
  const pairs = new Set<string>();
  let hit = 0;
  for (let i = 1; i < chars.length; i++) {
    const pair = chars[i - 1]! + chars[i]!;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    if (long.includes(pair)) hit++;
  }
  return pairs.size === 0 ? 0 : hit / pairs.size;
}

/**
 * Share of a jump headline's pairs that the headline block it repeats must hold: the paper
 * repeats it word for word or shortened, while a crosshead (小标题) of the continuation, or
 * another story's headline, names its own matter.
 */
const JUMP_HEADLINE_SHARE = 0.8;

/** Does `headline` (over a continuation) repeat `heading`, the headline block of the story it continues (both without white space)? */
export function repeatsHeadline(headline: string, heading: string): boolean {
  return repeatedPairs(headline, heading) >= JUMP_HEADLINE_SHARE;
}

/**
 * How much of the 上接 part's headline the 下转 part's headline block holds: the share of the
 * jump headline's pairs that the headline block holds, plus one if it holds the whole jump
 * headline.
 */
export function headlineEcho(from: PairingKey, to: PairingKey): number {
  // Repeated word for word (`区政府召开第61次常务会议`, or its first clause): all but certain.
  const verbatim = from.heading.includes(to.headline) ? 1 : 0;
  return repeatedPairs(to.headline, from.heading) + verbatim;
}

/** A story sent on to a page (下转N版): the page it comes from and its headline block, without white space. */
export interface JumpHeadline {
  from: number;
  heading: string;
}

/** Does `text`, a heading over the continuation of a story from page `from`, repeat that story's headline? */
export function repeatsJumpHeadline(text: string, from: number, jumps: readonly JumpHeadline[]): boolean {
  const heading = squeeze(text);
  return jumps.some((j) => j.from === from && repeatsHeadline(heading, j.heading));
}
