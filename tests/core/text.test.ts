/** Text facts the steps share: widths as a Chinese page sets them, and Han character pairs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverage, displayWidth, hanBigrams } from '../../src/core/text.ts';

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
