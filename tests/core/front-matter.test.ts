import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontMatter, readMetaLines } from '../../src/core/steps/front-matter.ts';
import { parseText } from '../helpers.ts';

test('front matter gives the date and page; the text after it keeps its line numbers', () => {
  const r = readFrontMatter(['---', 'date: 2023-9-15   # evidence: datelines', 'page: 1', '---', '正文'], 'f.txt');
  assert.deepEqual(r, { meta: { date: '2023-09-15', page: 1 }, lines: { date: 2, page: 3 }, bodyStart: 4, messages: [] });
  const parsed = parseText('---\ndate: 2023-09-15\npage: 2\n---\n|本报讯 （记者 李 一）9月12日，区委书记黄茂军主持召开会议，部署重点工作。'.replace('|', ' '));
  assert.equal(parsed.pages[0]!.articles[0]!.lines.from, 5);
  assert.equal(parsed.pages[0]!.number, 2);
});

test('malformed front matter: each bad line is named, with what to write instead', () => {
  const { meta, messages } = readMetaLines(['date: 2024-02-30', 'page: two', 'colour: red', 'no colon here'], 2, 'f.txt');
  assert.deepEqual(meta, {});
  assert.deepEqual(
    messages.map((m) => [m.line, m.code]),
    [
      [2, 'front-matter-invalid'],
      [3, 'front-matter-invalid'],
      [4, 'front-matter-invalid'],
      [5, 'front-matter-invalid'],
    ],
  );
  assert.match(messages[0]!.text, /not a real date/u);
});

test('an unclosed front matter block is an error and the text is still parsed', () => {
  const parsed = parseText('---\ndate: 2023-09-15\n本报讯 （记者 李 一）9月12日，区委书记黄茂军主持召开会议。');
  assert.equal(parsed.messages[0]!.code, 'front-matter-unclosed');
  assert.equal(parsed.pages[0]!.articles.length, 1);
});

test('a sidecar .meta file gives the same keys, and the file itself wins', () => {
  const parsed = parseText('---\npage: 3\n---\n正文。', 'x.txt', 'date: 2023-11-10\npage: 2\n');
  assert.deepEqual(parsed.meta, { date: '2023-11-10', page: 3 });
});
