/** The draft's helpers that steps share. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../src/core/draft.ts';
import { draftLine } from '../helpers.ts';

test('joinLines: the lines of a block in order, by the separator asked for, trimmed when asked', () => {
  const lines = [draftLine(3, '渝中区召开 '), draftLine(4, ' 城市更新工作会')];
  assert.equal(joinLines(lines, ''), '渝中区召开  城市更新工作会');
  assert.equal(joinLines(lines, '\n'), '渝中区召开 \n 城市更新工作会');
  assert.equal(joinLines(lines, ' ', true), '渝中区召开 城市更新工作会');
  assert.equal(joinLines([], '\n'), '', 'no lines, no text');
  assert.equal(joinLines([draftLine(1, '本报讯')], '\n'), '本报讯', 'one line, no separator');
});
