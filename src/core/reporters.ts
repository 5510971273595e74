/**
 * Reporter names across the archive: two spellings one character apart (`袁侨` and `袁侨偲`)
 * are most often one reporter whose byline lost a character in extraction (a rare character
 * the PDF's font did not map), which splits their articles between two reporter pages.
 */
import type { Article, Message, ParsedIssue } from './types.ts';
import { fileMessage } from './message.ts';

/** A spelling signed this often or less is noted at each article; more, once. */
const EACH_UP_TO = 5;

interface Signed {
  article: Article;
  file: string;
}

/** Every spelling `name` has with one character left out, of at least two characters: a name's shortest. */
function withOneLeftOut(name: string): Set<string> {
  const chars = [...name];
  const out = new Set<string>();
  if (chars.length < 3) return out;
  for (let i = 0; i < chars.length; i++) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  return out;
}

/** `1 article`, `3 articles`. */
function articles(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/**
 * A note on each article signed by the rarer of two reporter names one character apart (the
 * shorter on a tie), naming the other spelling, how often each is signed and where the other
 * first is: if they are one reporter, the editor corrects the byline. A spelling signed more
 * than EACH_UP_TO times is noted once, at its first article. Two reporters may truly be named
 * so (李一, 李一鸣), which is why it is a note, not a warning.
 */
export function reporterNameVariants(issues: readonly ParsedIssue[]): Message[] {
  const byName = new Map<string, Signed[]>();
  for (const issue of issues) {
    for (const page of issue.pages) {
      for (const article of page.articles) {
        for (const name of new Set(article.reporters)) {
          let signed = byName.get(name);
          if (!signed) byName.set(name, (signed = []));
          signed.push({ article, file: page.source });
        }
      }
    }
  }
  const messages: Message[] = [];
  for (const [long, longSigned] of byName) {
    for (const short of withOneLeftOut(long)) {
      const shortSigned = byName.get(short);
      if (!shortSigned) continue;
      const [rare, rareSigned, common, commonSigned] = shortSigned.length <= longSigned.length ? [short, shortSigned, long, longSigned] : [long, longSigned, short, shortSigned];
      const example = commonSigned[0]!;
      const where = `${example.file} line ${example.article.lines.from}`;
      const whereZh = `${example.file} 第${example.article.lines.from}行`;
      const longer = common.length > rare.length;
      // A character lost here and there: each byline to correct. Signed often, the two may be two
      // reporters, or a fault of a run of issues to correct in bulk: one note, at the first.
      const noted = rareSigned.length <= EACH_UP_TO ? rareSigned : rareSigned.slice(0, 1);
      const rest = noted.length < rareSigned.length;
      for (const { article, file } of noted) {
        const line = article.lines.from;
        messages.push(
          fileMessage(
            file,
            'reporter-name-variant',
            'info',
            line,
            `The byline of the article at line ${line} (${article.byline}) names ${rare}, who signs ${articles(rareSigned.length)} in the archive; ${common}, one character ${longer ? 'longer' : 'shorter'}, signs ${articles(commonSigned.length)} (the first at ${where}). If they are one reporter, a character was lost or misread in extraction: correct the byline${rest ? `s (the reporter page of ${rare} lists every article; this note stands at the first only)` : ''}, and the reporter's articles are listed together.`,
            `第${line}行文章的署名（${article.byline}）是“${rare}”，共署名 ${rareSigned.length} 篇；${longer ? '多' : '少'}一个字的“${common}”署名 ${commonSigned.length} 篇（第一篇见 ${whereZh}）。如果是同一位记者，应是提取时丢了字或读错了字：请改正署名${rest ? `（记者“${rare}”的页面列出了全部文章；本说明只标在第一篇）` : ''}，这位记者的文章就会列在一起。`,
          ),
        );
      }
    }
  }
  return messages;
}
