import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejoin } from '../../../src/core/steps/paragraphs.ts';
import type { ArticleDraft } from '../../../src/core/draft.ts';
import { draftLine } from '../../helpers.ts';

function parts(...blocks: (string[] | { crosshead: string[] })[]): ArticleDraft['parts'] {
  let no = 0;
  return blocks.map((b) =>
    Array.isArray(b)
      ? { type: 'body' as const, gapBefore: true, lines: b.map((text) => draftLine(++no, text)) }
      : { type: 'crosshead' as const, lines: b.crosshead.map((text) => draftLine(++no, text)) },
  );
}

test('column layout: wraps inside words are rejoined with nothing inserted; a short line after 。 ends the paragraph', () => {
  // A column of 18 characters; a paragraph's first line lost its 2-character indent.
  const r = rejoin(
    parts(
      ['区委书记黄茂军主持召开研究重点项', '目推进工作专题会议。他强调，要坚持以', '习近平新时代中国特色社会主义思想为指', '导，部署当前及下一阶段重点工作。'],
      ['区委副书记、区长谢东布置工作，', '区政协主席王志宏，区委副书记黄孝明，', '副区长艾正兵、罗毅出席。', '会议听取了相关部门、业主单位关', '于重点项目投资推进情况的汇报，研究'],
      ['部署下一步工作。'],
    ),
    'column',
  );
  assert.deepEqual(r.paragraphs, [
    '区委书记黄茂军主持召开研究重点项目推进工作专题会议。他强调，要坚持以习近平新时代中国特色社会主义思想为指导，部署当前及下一阶段重点工作。',
    '区委副书记、区长谢东布置工作，区政协主席王志宏，区委副书记黄孝明，副区长艾正兵、罗毅出席。',
    '会议听取了相关部门、业主单位关于重点项目投资推进情况的汇报，研究部署下一步工作。',
  ]);
});

test('column layout: a full line closing a sentence at a column break runs on when the next column starts full', () => {
  const r = rejoin(
    parts(
      ['要在常态管理上尽精微，做精城市保洁，', '做细城市绿化，维护城市秩序，确保背街', '小巷与主干道一样、平时与节假日一样。'],
      ['要在智慧城管上做文章，聚焦打造新型智', '慧城市，抓好城市运行管理服务平台建设', '。'],
    ),
    'column',
  );
  assert.equal(r.paragraphs.length, 1);
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

test('column layout: a closing mark at a line end does not make it fuller, so a new paragraph holding one still shows its lost indent', () => {
  // A column of 18 characters. The sentence ends exactly at the column with its 。 pushed past
  // the end; the next paragraph's first line is two characters short but keeps a 、 that may
  // not start a line, so it is only one character shorter than the column by count.
  const r = rejoin(
    parts([
      '持召开解放碑一朝天门商圈产业和政策升',
      '级专题调研座谈会，区人大常委会副主任',
      '任卫强、何俊生，一级巡视员戴启常参加。',
      '座谈会上，区发展改革委、区商务委、',
      '解放碑管委会、区文化旅游委、区统计局',
      '区公安分局治安支队围绕自身职能职责，',
      '就商圈升级的总体思路进行了汇报。',
    ]),
    'column',
  );
  assert.deepEqual(r.paragraphs, [
    '持召开解放碑一朝天门商圈产业和政策升级专题调研座谈会，区人大常委会副主任任卫强、何俊生，一级巡视员戴启常参加。',
    '座谈会上，区发展改革委、区商务委、解放碑管委会、区文化旅游委、区统计局区公安分局治安支队围绕自身职能职责，就商圈升级的总体思路进行了汇报。',
  ]);
});

test('column layout: a first line as wide as the column less its lost indent is full, though a sentence ends on it', () => {
  // A column of 16 characters; a paragraph's first line holds 14. The next line is the
  // paragraph's last (it ends the block); it is not another paragraph's indented first line.
  const r = rejoin(
    parts(
      ['越是沧海横流，越显英雄本色。', '越到冲刺阶段，越拼实力干劲。'],
      ['时不我待。当前，第四季度赛程', '已过大半，到了年末冲刺、决战收官', '的关键时刻。从年初的开局起步，到', '年中的船到中流、奋楫者进。'],
    ),
    'column',
  );
  assert.deepEqual(r.paragraphs, ['越是沧海横流，越显英雄本色。越到冲刺阶段，越拼实力干劲。', '时不我待。当前，第四季度赛程已过大半，到了年末冲刺、决战收官的关键时刻。从年初的开局起步，到年中的船到中流、奋楫者进。']);
});

test('column layout: on a strict grid a line one character short of the column ends its paragraph', () => {
  // Every running line measures exactly the column (20 characters) or the column less the
  // indent: a sentence ending one character short is a paragraph's last line.
  const r = rejoin(
    parts([
      '理体系，加快打造更多实用实战标志性成果，',
      '不断提升超大城市中心城区基层治理科学化、',
      '精细化、智能化水平，更好服务推动高质量发',
      '展、创造高品质生活、实现更高效能治理。',
      '区委常委、组织部部长王南参加。',
      '在听取石油路街道基层智治体系建设推进',
      '情况汇报后，黄茂军聚焦总体目标、重点任务',
      '再部署、再推动。',
    ]),
    'column',
  );
  assert.deepEqual(r.paragraphs, [
    '理体系，加快打造更多实用实战标志性成果，不断提升超大城市中心城区基层治理科学化、精细化、智能化水平，更好服务推动高质量发展、创造高品质生活、实现更高效能治理。',
    '区委常委、组织部部长王南参加。',
    '在听取石油路街道基层智治体系建设推进情况汇报后，黄茂军聚焦总体目标、重点任务再部署、再推动。',
  ]);
});

test('column layout: where full lines vary (punctuation squeezed in print) one character short is still a full line', () => {
  const r = rejoin(
    parts([
      '理体系，加快打造更多实用实战标志性成',
      '果，不断提升超大城市中心城区基层治理科学',
      '化、精细化、智能化水平，更好服务推动高质量',
      '发展、创造高品质生活、实现高效能治理。',
      '区委常委、组织部部长王南参加。',
    ]),
    'column',
  );
  assert.deepEqual(r.paragraphs, [
    '理体系，加快打造更多实用实战标志性成果，不断提升超大城市中心城区基层治理科学化、精细化、智能化水平，更好服务推动高质量发展、创造高品质生活、实现高效能治理。区委常委、组织部部长王南参加。',
  ]);
});
