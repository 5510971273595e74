/**
 * Where a headline may break, as the paper would set it on narrower lines (its kicker and
 * subtitles likewise). Headlines break only between their clauses on the site (`word-break:
 * keep-all`; clauses are separated by a space, and each starts a line of its own when the
 * whole does not fit); a clause wider than the line had broken where the line ended, inside a
 * word (为谱写现代化新重庆渝中新篇章提供坚 / 强组织保障). Given the headline cut into words and tagged by jieba (the
 * shell's work), this finds the pieces a clause may break between: between two words, except
 * that a word of one character stays with the word it belongs to. One that leads (为 谱写, 新 重庆,
 * 在 全区, 第 79次: a preposition, adjective, conjunction, adverb, abbreviation, numeral, prefix or
 * opening mark, or the clause's first word) goes with the next word; any other (会议 上, 推进 会,
 * 2024 年, a closing mark, the clause's last word) with the one before, so a name jieba does
 * not know and cuts into characters stays whole (渝 中: an abbreviation, then a locality word).
 */

/** A word of a headline as jieba tags it (词性). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** A headline's clauses, each as the pieces it may break between. */
export type HeadlineSetting = string[][];

/** One-character words of these kinds lead into the next word: p 介词, v 动词 (谋 改革, 听 意见), a 形容词, c 连词, d 副词, j 简称 (渝), b 区别词. */
const LEADING_TAGS = new Set(['p', 'v', 'a', 'c', 'd', 'j', 'b']);
/** And these, whatever jieba tags them: numerals and prefixes (第 79次, 一 企业, 全 区), opening marks and dashes (a subtitle's ——). */
const LEADING = /^[第一二三四五六七八九十百千万两几各全每本该首总副非\p{Ps}\p{Pi}\p{Pd}]$/u;

function isSingle(w: TaggedWord): boolean {
  return [...w.word].length === 1;
}

export function headlineSetting(words: readonly TaggedWord[]): HeadlineSetting {
  const clauses: TaggedWord[][] = [[]];
  for (const w of words) {
    if (w.word.trim() === '') clauses.push([]);
    else clauses[clauses.length - 1]!.push(w);
  }
  return clauses
    .filter((c) => c.length > 0)
    .map((clause) => {
      const leads = (i: number) => isSingle(clause[i]!) && i < clause.length - 1 && (i === 0 || LEADING_TAGS.has(clause[i]!.tag) || LEADING.test(clause[i]!.word));
      const pieces: string[] = [];
      clause.forEach((w, i) => {
        const prev = clause[i - 1];
        const apart = prev !== undefined && !leads(i - 1) && !(isSingle(w) && !leads(i));
        if (i === 0 || apart) pieces.push(w.word);
        else pieces[pieces.length - 1] += w.word;
      });
      return pieces;
    });
}
