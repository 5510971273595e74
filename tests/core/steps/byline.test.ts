import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline, reporterNames } from '../../../src/core/steps/byline.ts';

test('reporter names: wide-set two-character names are one name, several names are split', () => {
  assert.deepEqual(reporterNames('（记者 李 一）'), ['李一']);
  assert.deepEqual(reporterNames('(记者李传芳)'), ['李传芳']);
  assert.deepEqual(reporterNames('（记者 廖 松）'), ['廖松']);
  assert.deepEqual(reporterNames('（记者 李传芳 廖松）'), ['李传芳', '廖松']);
  assert.deepEqual(reporterNames('（记者 廖 松 伍文涛）'), ['廖松', '伍文涛']);
  assert.deepEqual(reporterNames('（记者 李一 通讯员 王小二）'), ['李一', '王小二']);
  assert.deepEqual(reporterNames('（记者 袁侨偲、晏艳辉）'), ['袁侨偲', '晏艳辉']);
  assert.deepEqual(reporterNames('记者 姚延洋'), ['姚延洋']);
  assert.deepEqual(reporterNames('本报评论员'), []);
});

test('the byline is taken off the first paragraph as printed; the dateline is read', () => {
  assert.deepEqual(readByline('本报讯 （记者 李 一）9月12日，区委书记黄茂军主持召开会议。'), {
    byline: '本报讯 （记者 李 一）',
    reporters: ['李一'],
    rest: '9月12日，区委书记黄茂军主持召开会议。',
    dateline: { month: 9, day: 12 },
  });
  assert.deepEqual(readByline('本报讯(记者李一)3月27日，全区组织工作会议召开。').dateline, { month: 3, day: 27 });
  assert.deepEqual(readByline('本报讯 （记者 廖 松）“今年的民生实事，大家都看到了身边的变化。”11月8日，区发展改革委联合').dateline, { month: 11, day: 8 });
});

test('text without 本报讯 has no byline and no dateline, even if it names a date', () => {
  assert.deepEqual(readByline('6月，渝中区正式出台《方案》。3月8日，渝中区发布了十大工程。'), {
    byline: null,
    reporters: [],
    rest: '6月，渝中区正式出台《方案》。3月8日，渝中区发布了十大工程。',
    dateline: null,
  });
});
