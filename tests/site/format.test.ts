/** The small formatting helpers every page uses: escaping, URLs under the prefix, cutting a lede. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html } from '../../src/site/html.ts';
import { chineseDate, leadingCharacters, prefixUrl } from '../../src/site/format.ts';
import { breakableHeadline, publicationDaysText } from '../../src/site/parts.ts';
import { inlineText, renderInline } from '../../src/site/markdown.ts';
import { jsonForScript } from '../../src/site/html.ts';
import { parseIssues, readSeed, seedFiles } from '../helpers.ts';

test('escaping: markup characters become entities, text without them is returned as it is', () => {
  assert.equal(escapeHtml('渝中报 第2021期'), '渝中报 第2021期');
  assert.equal(escapeHtml(`<b>"黄茂军" & '谢东'</b>`), '&lt;b&gt;&quot;黄茂军&quot; &amp; &#39;谢东&#39;&lt;/b&gt;');
  assert.equal(html`<p>${'a<b'}${['&', html`<i>x</i>`]}${null}${3}</p>`.value, '<p>a&lt;b&amp;<i>x</i>3</p>');
});

test('a path under the prefix: ASCII paths as they are, anything else encoded as encodeURI does', () => {
  assert.equal(prefixUrl('/2024/03/29/1/2/', '/baoku/'), '/baoku/2024/03/29/1/2/');
  assert.equal(prefixUrl('2024/', '/'), '/2024/');
  assert.equal(prefixUrl('/reporters/李传芳/', '/'), encodeURI('/reporters/李传芳/'));
  assert.equal(prefixUrl('/a b/100%/', '/'), '/a%20b/100%25/');
});

test('a date in Chinese: year, month and day without leading zeros, the weekday as a masthead prints it; anything else as it is', () => {
  assert.equal(chineseDate('2024-03-29'), '2024年3月29日 星期五');
  assert.equal(chineseDate('2024-03-29', false), '2024年3月29日');
  assert.equal(chineseDate('2023-12-31'), '2023年12月31日 星期日');
  assert.equal(chineseDate('2024-02-29'), '2024年2月29日 星期四');
  assert.equal(chineseDate('2023-02-29'), '2023-02-29');
  assert.equal(chineseDate('未知', false), '未知');
});

test('a lede is cut by characters, not code units: a character beyond the BMP is never split', () => {
  assert.deepEqual(leadingCharacters('渝中报', 5), { text: '渝中报', cut: false });
  assert.deepEqual(leadingCharacters('渝中报', 3), { text: '渝中报', cut: false });
  assert.deepEqual(leadingCharacters('𠀋𠀋渝中', 3), { text: '𠀋𠀋渝', cut: true });
});

test('a headline set: each clause of several in a box of its own, <wbr> between the pieces it may break between, escaped', () => {
  const two = breakableHeadline('抢抓机遇谋发展 乘势而上开新局', [['抢抓', '机遇', '谋发展'], ['乘势而上', '开新局']]);
  assert.equal(two.value, '<span class="clause">抢抓<wbr>机遇<wbr>谋发展</span> <span class="clause">乘势而上<wbr>开新局</span>');
  assert.equal(breakableHeadline('区政府召开第79次常务会议', [['区政府', '召开', '第79次', '常务会议']]).value, '区政府<wbr>召开<wbr>第79次<wbr>常务会议');
  assert.equal(breakableHeadline('A&B<会议>', [['A&B', '<会议>']]).value, 'A&amp;B<wbr>&lt;会议&gt;');
});

test('a headline without a setting, or with one that does not spell it, is set by its clauses only', () => {
  assert.equal(breakableHeadline('抢抓机遇 开新局', undefined).value, '<span class="clause">抢抓机遇</span> <span class="clause">开新局</span>');
  assert.equal(breakableHeadline('区政府召开常务会议', [['区政府', '召开', '会议']]).value, '区政府召开常务会议', 'a setting of another headline is not used');
  assert.equal(breakableHeadline('<会议>', undefined).value, '&lt;会议&gt;');
});

test('body text is what markdown-it makes of it, whether or not it holds a character markdown-it changes', () => {
  const seeds = parseIssues(seedFiles().map((n) => ({ ...readSeed(n), text: readSeed(n).bytes.toString('utf8') })));
  const paragraphs = seeds.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.flatMap((a) => a.paragraphs)));
  const hard = ['A&B', '<b>会议</b>', '“引号” "quotes"', 'line\r\nbreak', 'nul\0here', '1. 不是列表', '# 不是标题', '*不是强调*', "it's"];
  assert.ok(paragraphs.length > 100);
  for (const text of [...paragraphs, ...hard]) assert.equal(inlineText(text).value, renderInline(text), text);
});

test('JSON in a script element: < and the line separators escaped, nothing else changed', () => {
  assert.equal(jsonForScript({ headline: '会议' }).value, '{"headline":"会议"}');
  assert.equal(jsonForScript({ headline: '</script>\u2028\u2029' }).value, '{"headline":"\\u003c/script>\\u2028\\u2029"}');
});

test("the calendar legend names the paper's own publication days, Monday first", () => {
  const cases: [number[], string][] = [
    [[1, 3, 5], '周一、三、五'],
    [[5, 1, 3], '周一、三、五'],
    [[0, 6], '周六、日'],
    [[2, 4, 6], '周二、四、六'],
    [[0, 1, 2, 3, 4, 5, 6], '每天'],
  ];
  for (const [days, text] of cases) assert.equal(publicationDaysText(days), text, days.join(','));
});
