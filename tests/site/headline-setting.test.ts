/**
 * Where a headline may break: jieba's tagged words (as jieba tags these headlines of the
 * seeds) and the pieces each clause may break between, side by side.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineSetting, type TaggedWord } from '../../src/site/headline-setting.ts';

/** `为/p 谱写/v` → tagged words; a lone `_` is the space between two clauses. */
const tagged = (line: string): TaggedWord[] =>
  line.split(' ').map((t) => (t === '_' ? { word: ' ', tag: 'x' } : { word: t.slice(0, t.lastIndexOf('/')), tag: t.slice(t.lastIndexOf('/') + 1) }));

const FIXTURES: [string, string[][]][] = [
  // One-character words lead into the next (为 p, 新 a, 渝 j) or follow the one before (中 f):
  // the clause no longer breaks inside 坚强 at the line's end.
  ['加快/v 建设/vn 新/a 时代/n 城市/ns 党建/j 渝/j 中/f 范例/n _ 为/p 谱写/v 现代化/vn 新/a 重庆/ns 渝/j 中/f 新篇章/n 提供/v 坚强/v 组织/v 保障/v',
    [['加快', '建设', '新时代', '城市', '党建', '渝中', '范例'], ['为谱写', '现代化', '新重庆', '渝中', '新篇章', '提供', '坚强', '组织', '保障']]],
  // A numeral and 第 lead; a measure word, 会 at the clause's end and 上 follow.
  ['区政府/n 召开/v 第/m 79/m 次/q 常务会议/n', [['区政府', '召开', '第79次', '常务会议']]],
  ['区/n 住房/n 城市/ns 建委/j 召开/v 招商引资/n 工作/vn 推进/v 会/v', [['区住房', '城市', '建委', '召开', '招商引资', '工作', '推进会']]],
  ['黄茂军/x 在/p 全区/n 组织/v 工作/vn 会议/n 上/f 强调/v', [['黄茂军', '在全区', '组织', '工作', '会议上', '强调']]],
  ['渝中区/nt 举行/v 2024/m 年/m 重点项目/n', [['渝中区', '举行', '2024年', '重点项目']]],
  // An opening mark leads, a closing one follows: a quotation stays whole (弦 follows 安全).
  ['绷紧/v “/x 安全/an 弦/n ”/x 守好/v', [['绷紧', '“安全弦”', '守好']]],
  // A subtitle's dash leads into its words; a circled numeral ends it.
  ['—/x —/x 因地制宜/i 发展/vn 新质/n 生产力/n ②/x', [['——因地制宜', '发展', '新质', '生产力②']]],
  // A one-character verb takes its object.
  ['着眼/v 大局/n 谋/v 改革/vn', [['着眼', '大局', '谋改革']]],
  // A headline of one word, and one of a single character.
  ['会议/n', [['会议']]],
  ['会/v', [['会']]],
];

for (const [input, expected] of FIXTURES) {
  test(`headline setting: ${input.replace(/\/[a-z]+/gu, '')}`, () => {
    assert.deepEqual(headlineSetting(tagged(input)), expected);
  });
}

test('the pieces spell the headline, every character once, clauses apart', () => {
  for (const [input] of FIXTURES) {
    const words = tagged(input);
    assert.equal(headlineSetting(words).map((c) => c.join('')).join(' '), words.map((w) => w.word).join('').split(/\s+/u).join(' '));
  }
});
