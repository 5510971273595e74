import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejoin } from '../../../src/core/steps/paragraphs.ts';
import type { ArticleDraft } from '../../../src/core/draft.ts';

function parts(...blocks: (string[] | { crosshead: string[] })[]): ArticleDraft['parts'] {
  let no = 0;
  return blocks.map((b) =>
    Array.isArray(b)
      ? { type: 'body' as const, gapBefore: true, lines: b.map((text) => ({ no: ++no, text, framed: false })) }
      : { type: 'crosshead' as const, lines: b.crosshead.map((text) => ({ no: ++no, text, framed: false })) },
  );
}

test('column layout: wraps inside words are rejoined with nothing inserted; a short line after 。 ends the paragraph', () => {
  const r = rejoin(
    parts(
      ['区委书记黄茂军主持召开研究重点项目推', '进工作专题会议。他强调，要坚持以习近', '平新时代中国特色社会主义思想为指导。'],
      ['区委副书记、区长谢东布置工作，区政', '协主席王志宏，区委副书记黄孝明，副区长', '艾正兵、罗毅出席。', '会议听取了相关部门、业主单位关于'],
      ['重点项目投资推进情况的汇报。'],
    ),
    'column',
  );
  assert.deepEqual(r.paragraphs, [
    '区委书记黄茂军主持召开研究重点项目推进工作专题会议。他强调，要坚持以习近平新时代中国特色社会主义思想为指导。',
    '区委副书记、区长谢东布置工作，区政协主席王志宏，区委副书记黄孝明，副区长艾正兵、罗毅出席。',
    '会议听取了相关部门、业主单位关于重点项目投资推进情况的汇报。',
  ]);
});

test('column layout: a column break mid-sentence does not end the paragraph', () => {
  const r = rejoin(parts(['黄茂军在讲话中肯定了全区全'], ['面深化改革取得的成绩，同时指出', '了存在的不足和差距。']), 'column');
  assert.deepEqual(r.paragraphs, ['黄茂军在讲话中肯定了全区全面深化改革取得的成绩，同时指出了存在的不足和差距。']);
});

test('crossheads close the paragraph before them and say where they stand', () => {
  const r = rejoin(parts(['力求为建设新重庆作出新的更大', '贡献。'], { crosshead: ['金融改革再深化', '创新步伐不停歇'] }, ['6月，渝中区正式出台《方案》。']), 'column');
  assert.deepEqual(r, {
    paragraphs: ['力求为建设新重庆作出新的更大贡献。', '6月，渝中区正式出台《方案》。'],
    crossheads: [{ before: 1, text: '金融改革再深化 创新步伐不停歇' }],
  });
});

test('paragraph layout: a line that does not close a sentence continues on the next', () => {
  const r = rejoin(parts(['黄茂军指出，习近平总书记提'], ['出了一系列新理念新思想新战略。'], ['区委常委、组织部部长王南参加。']), 'paragraph');
  assert.deepEqual(r.paragraphs, ['黄茂军指出，习近平总书记提出了一系列新理念新思想新战略。', '区委常委、组织部部长王南参加。']);
});

test('letter-spaced justification inside a column is closed up', () => {
  const r = rejoin(parts(['缺位、安全', '措 施 得 落', '实、风险隐', '患控得住。']), 'column');
  assert.deepEqual(r.paragraphs, ['缺位、安全措施得落实、风险隐患控得住。']);
});
