/** Text facts the steps share: widths as a Chinese page sets them, and Han character pairs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigramCount, BigramFilter, BigramScan, Corpus, coverage, displayWidth, endsSentence, hanBigrams, isSpace, nthSmallest, sharedCount, sortedBigrams, weighBigrams, weightedCoverage, type SortedBigrams } from '../../src/core/text.ts';

test('display width: Han and full-width marks count 2, ASCII 1, a character beyond the BMP once', () => {
  assert.equal(displayWidth('渝中报'), 6);
  assert.equal(displayWidth('第2021期，'), 2 + 4 + 2 + 2);
  assert.equal(displayWidth('𠀋𠀋'), 4, 'two astral Han characters (surrogate pairs) are two characters');
  assert.equal(displayWidth('a\ud840b'), 4, 'a lone high surrogate is one character and the next is still counted');
});

test('han bigrams: overlapping Han pairs, across punctuation and digits, each pair one distinct number', () => {
  assert.equal(hanBigrams('渝中报').size, 2);
  assert.equal(hanBigrams('渝中，报').size, 2, 'a pair runs across the comma');
  assert.deepEqual(hanBigrams('渝中渝中'), hanBigrams('渝中渝'), 'the same pair twice is one');
  // Pairs from the common block, from Extension A (㐀) and beyond the BMP (𠀋) never share a number.
  const texts = ['一一', '一丁', '丁一', '㐀一', '一㐀', '㐀㐀', '𠀋一', '一𠀋', '鿿鿿', '龥一'];
  const numbers = texts.map((t) => [...hanBigrams(t)]);
  assert.ok(numbers.every((n) => n.length === 1));
  assert.equal(new Set(numbers.flat()).size, texts.length);
  assert.equal(coverage(hanBigrams('营商环境'), hanBigrams('打造优质高效营商环境')), 1);
  assert.equal(coverage(hanBigrams('营商环境'), hanBigrams('商营境环')), 0);
});

test('bigrams of lines fed one after another are the bigrams of their joined text', () => {
  const lines = ['加快打造城市', '更新渝中', '样板，推动', '高质量发展'];
  assert.deepEqual(lines.reduce((scan, l) => scan.add(l), new BigramScan()).grams, hanBigrams(lines.join('')));
  const only = hanBigrams('新渝中');
  assert.deepEqual([...lines.reduce((scan, l) => scan.add(l), new BigramScan(new BigramFilter(only))).grams].sort(), [...hanBigrams('更新渝中')].filter((g) => only.has(g)).sort(), '`only` keeps just the pairs asked for, across lines too');
  // Lines that end or start outside the common block (㐀, 𠀋): the pairs across them as in the joined text.
  const mixed = ['㐀渝', '中𠀋', '区，㐀', '政府𠀋', '一'];
  assert.deepEqual(mixed.reduce((scan, l) => scan.add(l), new BigramScan()).grams, hanBigrams(mixed.join('')));
  const wanted = hanBigrams('中𠀋区㐀政𠀋一');
  assert.deepEqual([...mixed.reduce((scan, l) => scan.add(l), new BigramScan(new BigramFilter(wanted))).grams].sort(), [...hanBigrams(mixed.join(''))].filter((g) => wanted.has(g)).sort());
});

test('sorted bigrams: the distinct pairs ascending; two of them share what the two sets share', () => {
  const all = (s: SortedBigrams) => [...s.common, ...s.rare];
  const text = '区政府召开第61次常务会议，研究城市管理';
  const a = sortedBigrams(text);
  assert.deepEqual(all(a), [...hanBigrams(text)].sort((x, y) => x - y));
  assert.deepEqual(a.rare, [], 'every pair of the common block is held as a 32-bit integer');
  assert.equal(bigramCount(a), hanBigrams(text).size);
  // Pairs with a character outside the common block (𠀋, 㐀) number above all of its pairs, and are held apart.
  const mixed = '㐀渝中𠀋区㐀政府𠀋';
  const m = sortedBigrams(mixed);
  assert.deepEqual(all(m), [...hanBigrams(mixed)].sort((x, y) => x - y));
  assert.deepEqual([m.common.length, m.rare.length], [2, 6]);
  const texts = ['区政府召开常务会议研究城市管理', '城市管理', '', '𠀋一区政府', '完全不同的内容', '㐀渝中𠀋区', mixed];
  for (const t of texts) {
    for (const other of [a, m]) {
      const expected = [...hanBigrams(t)].filter((g) => all(other).includes(g)).length;
      assert.equal(sharedCount(other, sortedBigrams(t)), expected, t);
      assert.equal(sharedCount(sortedBigrams(t), other), expected, `${t}, either way round`);
    }
  }
});

test('sorted bigrams of a long text, then of short ones: each text its own pairs, however many the last held', () => {
  // 6,000 Han characters in a fixed random order: thousands of distinct pairs, more than the table first holds.
  let x = 7;
  const long = Array.from({ length: 6000 }, () => String.fromCharCode(0x4e00 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 3000))).join('');
  const expected = [...hanBigrams(long)].sort((p, q) => p - q);
  assert.ok(expected.length > 5000);
  for (const text of [long, '区政府召开会议', long, '', '会议会议会议']) {
    assert.deepEqual([...sortedBigrams(text).common], text === long ? expected : [...hanBigrams(text)].sort((p, q) => p - q), text.slice(0, 10));
  }
});

test('weighted coverage: a headline pair that few candidates hold counts more; a pair that none holds, not at all', () => {
  // 渝中 is in every story of the page, 营商 in one; 夜市 in none.
  const stories = ['渝中区召开会议', '渝中区优化营商环境', '渝中区举办活动'].map((t) => hanBigrams(t));
  const corpus = new Corpus(stories);
  const headline = weighBigrams(hanBigrams('渝中营商夜市'), corpus);
  assert.equal(headline.grams.length, 2, 'only 渝中 and 营商 weigh: 中营 and 商夜, 夜市 are in no story');
  const [common, rare] = [weightedCoverage(headline, stories[0]!), weightedCoverage(headline, stories[1]!)];
  assert.ok(common > 0 && rare > common, `the story holding 营商 covers more (${rare}) than one holding only 渝中 (${common})`);
  assert.ok(Math.abs(rare - 1) < 1e-12, 'the story holding both covers all the weight');
  assert.equal(weightedCoverage(weighBigrams(hanBigrams('夜市'), corpus), stories[1]!), 0, 'nothing weighs: no coverage');
});

test('a sentence ends in 。！？!?… , maybe followed by closing quotes or brackets and white space', () => {
  for (const t of ['会议召开。', '他说：“要抓落实。”', '（完）。）', '真的吗？ ', '就这样……', 'Done!\u3000', '“好！”’」』)']) assert.ok(endsSentence(t), t);
  for (const t of ['', '区政府召开常务会议', '会议指出，', '。”文字', '”', '研究、部署', '“好”。字']) assert.ok(!endsSentence(t), t);
});

test('a bigram filter answers as its set does, for pairs of every range', () => {
  const kept = hanBigrams('营商环境𠀋一㐀㐀');
  const filter = new BigramFilter(kept);
  const others = hanBigrams('打造优质高效营商环境，一𠀋一㐀，区政府召开常务会议');
  for (const g of [...kept, ...others]) assert.equal(filter.has(g), kept.has(g), String(g));
  assert.ok([...others].some((g) => kept.has(g)) && [...others].some((g) => !kept.has(g)));
});

test('white space by code point is exactly what `\\s` matches', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('the k-th smallest of some values is the k-th of them sorted, for every k, with runs of equal values', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n <= 40; n++) {
    const values = Array.from({ length: n }, () => next() % (n % 3 === 0 ? 4 : 100));
    const sorted = [...values].sort((a, b) => a - b);
    for (let k = 0; k < n; k++) assert.equal(nthSmallest([...values], k), sorted[k], `n=${n} k=${k} of ${values.join(',')}`);
    assert.equal(nthSmallest([...values], n), undefined);
    assert.equal(nthSmallest([...values], -1), undefined);
  }
  assert.equal(nthSmallest([5, 4, 3, 2, 1, 0], 2), 2, 'descending');
});
