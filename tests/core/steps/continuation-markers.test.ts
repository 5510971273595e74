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

test('a marker a narrow column wrapped onto the next line is taken out of both lines', () => {
  const d = draftAfter('continuation-markers', page`
    最美展示地。（下转2
    版）
    努力让美丽渝中建设成果（下转
    第3版）
    （上
    接1版）这一行没有完整的标记。
    要着眼“绝大多数”（上接
    1版）准确把握各行业特点
  `);
  assert.deepEqual(
    d.lines.map((l) => [l.text, l.continuedTo ?? null, l.continuedFrom ?? null]),
    [
      // A 下转 stays with the line it begins on, whose text it ends.
      ['最美展示地。', 2, null],
      ['', null, null],
      ['努力让美丽渝中建设成果', 3, null],
      ['', null, null],
      // 上接 cut inside its own words is no marker: nothing is taken out.
      ['（上', null, null],
      ['接1版）这一行没有完整的标记。', null, null],
      // A 上接 goes with the line it ends on, whose text it carries on.
      ['要着眼“绝大多数”', null, null],
      ['准确把握各行业特点', null, 1],
    ],
  );
  assert.deepEqual(d.lines.map((l) => l.markerWidth), [displayWidth('（下转2'), displayWidth('版）'), displayWidth('（下转'), displayWidth('第3版）'), 0, 0, displayWidth('（上接'), displayWidth('1版）')]);
  assert.deepEqual(d.lines.map((l) => l.width), d.lines.map((l) => displayWidth(l.text)), 'each line measured as it now reads');
});

test('no marker is read across a blank line, nor one that names no page', () => {
  const d = draftAfter('continuation-markers', page`
    最美展示地。（下转2

    版）
    这一版的稿件（下转0版）照登。
  `);
  assert.deepEqual(
    d.lines.map((l) => [l.text, l.continuedTo ?? null]),
    [
      ['最美展示地。（下转2', null],
      ['', null],
      ['版）', null],
      ['这一版的稿件（下转0版）照登。', null],
    ],
  );
});
