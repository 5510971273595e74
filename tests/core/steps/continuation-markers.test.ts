import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAfter, page } from '../../helpers.ts';
import { displayWidth } from '../../../src/core/text.ts';

test('下转 and 上接 markers, full-width or ASCII, are taken out of the text and kept on the line', () => {
  const d = draftAfter('continuation-markers', page`
    建设领域、资金保障等梳理细化， （下转2版）
    (下转 3 版)
    （上接1版）要着眼“绝大多数”，准确把握
    (上接第一版)是全面回顾总结
    这一行说的是下转的事，没有标记。
  `);
  assert.deepEqual(
    d.lines.map((l) => [l.text, l.continuedTo ?? null, l.continuedFrom ?? null]),
    [
      ['建设领域、资金保障等梳理细化，', 2, null],
      ['', 3, null],
      ['要着眼“绝大多数”，准确把握', null, 1],
      ['是全面回顾总结', null, 1],
      ['这一行说的是下转的事，没有标记。', null, null],
    ],
  );
  assert.deepEqual(d.lines.map((l) => l.width), d.lines.map((l) => displayWidth(l.text)), 'each line measured as it now reads');
});
