/**
 * A continuation's headline (转版标题) read with the other pages known.
 *
 * In the column layout the paper prints a continued story's headline after its text on the
 * later page, repeated or shortened from the page it comes from. One page alone cannot always
 * tell it from a crosshead (小标题): when its words recur in the story printed below it
 * (`深化合作共谋发展` over a story on 合作 and 发展), it reads as that story's crosshead, the
 * two stories merge, and every headline further down the column moves up by one. Once the
 * issue's pages are together, a page whose continuation holds a crosshead repeating the
 * headline of a story sent on to it is read again with those headlines known (see the
 * articles step).
 */
import { rereadPage, type ParsedPage } from './parse-file.ts';
import { pairingKey, repeatsJumpHeadline, type JumpHeadline } from './pairing.ts';
import type { PaperProfile } from './profile.ts';

/** The pages of one issue, each page that read a jump headline as a crosshead read again. */
export function rereadJumpHeadlines(pages: readonly ParsedPage[], profile: PaperProfile): ParsedPage[] {
  // The headline blocks of the stories sent on (下转) to each page, by that page's number.
  const sentTo = new Map<number, JumpHeadline[]>();
  for (const p of pages) {
    if (p.number === null || !p.sendsContinuations) continue;
    for (const a of p.articles) {
      if (a.continuedTo === null) continue;
      const jumps = sentTo.get(a.continuedTo) ?? [];
      jumps.push({ from: p.number, heading: (a.pairing ?? pairingKey(a)).heading });
      sentTo.set(a.continuedTo, jumps);
    }
  }
  return pages.map((p) => {
    const jumps = p.number !== null && p.receivesContinuations ? sentTo.get(p.number) : undefined;
    if (jumps === undefined) return p;
    const misread = p.articles.some((a) => a.continuedFrom !== null && a.crossheads.some((c) => repeatsJumpHeadline(c.text, a.continuedFrom!, jumps)));
    return misread ? rereadPage(p, profile, jumps) : p;
  });
}
