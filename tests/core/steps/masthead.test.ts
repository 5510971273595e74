import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAfter, page } from '../../helpers.ts';

test('a masthead split over many lines gives every fact and becomes furniture', () => {
  const d = draftAfter('masthead', page`

    渝中报

    2024年3月

    29

    星期五

    甲辰年二月二十

    渝内字第538号
    每周一、三、五出版

    第36期
    (总第2021期)

    今日4版

    发展新质生产力的核心要素
  `);
  assert.deepEqual(d.facts, { paper: '渝中报', date: '2024-03-29', weekday: '星期五', lunarDate: '甲辰年二月二十', number: 36, totalNumber: 2021, pageCount: 4 });
  assert.equal(d.number, 1);
  assert.equal(d.furniture[0]!.kind, 'masthead');
  assert.equal(d.furniture[0]!.line, 2);
  assert.deepEqual(d.lines.filter((l) => l.text).map((l) => l.text), ['发展新质生产力的核心要素']);
});

test('a one-line masthead with full-width brackets', () => {
  const d = draftAfter('masthead', page`
    渝中报
    2023年12月25日 星期一 癸卯年十一月十三
    第一百五十期 （总第1990期） 今日4版
    正文
  `);
  assert.deepEqual(d.facts, { paper: '渝中报', date: '2023-12-25', weekday: '星期一', lunarDate: '癸卯年十一月十三', number: 150, totalNumber: 1990, pageCount: 4 });
});

test('a lunar date split as the solar one may be, over two lines or by a space, is one date', () => {
  const split = (lunar: string) =>
    draftAfter('masthead', `渝中报\n2024年3月\n29\n星期五\n${lunar}\n渝内字第538号\n第36期\n(总第2021期)\n今日4版\n发展新质生产力的核心要素`);
  for (const lunar of ['甲辰年\n二月二十', '甲辰年 二月二十', '甲辰年\n闰二月初一']) {
    const d = split(lunar);
    assert.deepEqual(d.facts, { paper: '渝中报', date: '2024-03-29', weekday: '星期五', lunarDate: lunar.replace(/\s/u, ''), number: 36, totalNumber: 2021, pageCount: 4 }, lunar);
    assert.deepEqual(d.lines.filter((l) => l.text).map((l) => l.text), ['发展新质生产力的核心要素'], `${lunar}: the whole masthead is furniture`);
  }
  // A month and day of the lunar calendar alone, without its year, is no masthead item.
  const d = split('二月二十');
  assert.equal(d.facts.lunarDate, undefined);
  assert.equal(d.lines.filter((l) => l.text)[0]!.text, '二月二十');
});

test('no paper name, no masthead: a date line at the top of a page stays text', () => {
  const d = draftAfter('masthead', page`
    2024年3月
    29
    本报讯(记者李一)3月27日，全区组织工作会议召开。
  `);
  assert.deepEqual(d.facts, {});
  assert.equal(d.furniture.length, 0);
  assert.equal(d.number, null);
});
