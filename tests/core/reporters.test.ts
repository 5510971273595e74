/** Reporter names one character apart across the archive: a note on the rarer spelling's articles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reporterNameVariants } from '../../src/core/index.ts';
import { parseIssues } from '../helpers.ts';

/** A page of one paragraph-layout article per byline, dated by front matter. */
function issueFile(file: string, date: string, bylines: string[]) {
  const text = bylines.map((b, i) => `区里召开第${i + 1}次专题会议\n\n本报讯（记者${b}）3月2${i}日，区里召开专题会议，研究部署城市更新工作。\n`).join('\n');
  return { file, text, meta: `date: ${date}\npage: 2` };
}

function variants(files: ReturnType<typeof issueFile>[]) {
  return reporterNameVariants(parseIssues(files).issues).map((m) => `${m.file}:${m.line} ${m.code} ${m.severity}`);
}

test('a name signed once, one character short of a name signed often, is noted at each of its articles', () => {
  const files = [issueFile('a.txt', '2024-03-25', ['袁侨偲', '李一']), issueFile('b.txt', '2024-03-27', ['袁侨偲', '袁侨']), issueFile('c.txt', '2024-03-29', ['袁侨偲'])];
  assert.deepEqual(variants(files), ['b.txt:5 reporter-name-variant info']);
  const [m] = reporterNameVariants(parseIssues(files).issues);
  // The message names both spellings, how often each is signed, and where the other is first.
  assert.match(m!.text, /names 袁侨, who signs 1 article in the archive; 袁侨偲, one character longer, signs 3 articles \(the first at a\.txt line 1\)/u);
  assert.match(m!.zh, /“袁侨”，共署名 1 篇；多一个字的“袁侨偲”署名 3 篇（第一篇见 a\.txt 第1行）/u);
});

test('the longer spelling is noted when it is the rarer, and the character may be left out anywhere', () => {
  const files = [issueFile('a.txt', '2024-03-25', ['李传芳', '李传芳']), issueFile('b.txt', '2024-03-27', ['李芳', '李传芳'])];
  assert.deepEqual(variants(files), ['b.txt:1 reporter-name-variant info']);
  const long = [issueFile('a.txt', '2024-03-25', ['姚延', '姚延']), issueFile('b.txt', '2024-03-27', ['姚延洋'])];
  const [m] = reporterNameVariants(parseIssues(long).issues);
  assert.equal(`${m!.file}:${m!.line}`, 'b.txt:1');
  assert.match(m!.text, /names 姚延洋, .* 姚延, one character shorter, signs 2 articles/u);
});

test('names that are not one character apart, and a tie, are told apart without noise', () => {
  // 李一 and 李传芳 differ by two characters; 袁 alone is no name to compare.
  assert.deepEqual(variants([issueFile('a.txt', '2024-03-25', ['李一', '李传芳', '袁侨偲'])]), []);
  // One article each: the shorter, as a lost character is the usual fault, is the one noted.
  assert.deepEqual(variants([issueFile('a.txt', '2024-03-25', ['袁侨偲']), issueFile('b.txt', '2024-03-27', ['袁侨'])]), ['b.txt:1 reporter-name-variant info']);
});

test('a spelling signed often is noted once, at its first article, pointing to its reporter page', () => {
  const files = [
    issueFile('a.txt', '2024-03-25', ['袁侨', '袁侨', '袁侨偲', '袁侨偲']),
    issueFile('b.txt', '2024-03-27', ['袁侨', '袁侨', '袁侨偲', '袁侨偲']),
    issueFile('c.txt', '2024-03-29', ['袁侨', '袁侨', '袁侨偲', '袁侨偲', '袁侨偲']),
  ];
  const messages = reporterNameVariants(parseIssues(files).issues);
  assert.deepEqual(messages.map((m) => `${m.file}:${m.line}`), ['a.txt:1']);
  assert.match(messages[0]!.text, /signs 6 articles .* signs 7 articles .*the reporter page of 袁侨 lists every article/u);
  assert.match(messages[0]!.zh, /记者“袁侨”的页面列出了全部文章/u);
});
