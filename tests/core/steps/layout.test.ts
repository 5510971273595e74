import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAfter, page } from '../../helpers.ts';

test('narrow hard-wrapped columns are the column layout; a leading space marks a frame', () => {
  const d = draftAfter('layout', page`
    |本报讯 （记者 李 一）9月12日，
    区委书记黄茂军主持召开研究重点项目推
    进工作专题会议，分析重点项目推进情况，
    破解卡点、堵点、难点问题，部署当前及下
    一阶段重点工作。
  `);
  assert.equal(d.layout, 'column');
  assert.equal(d.lines[0]!.framed, true);
  assert.equal(d.lines[1]!.framed, false);
});

test('one paragraph per line, blank lines between, is the paragraph layout; indents are not frames', () => {
  const d = draftAfter('layout', page`
    区政府召开第79次常务会议

    |谢东主持

    |本报讯(记者李传芳)3月27日，区委副书记、区长谢东主持召开区政府第79次常务会议，研究城市管理等工作。

    |会议指出，城市管理是“天大的小事”。
  `);
  assert.equal(d.layout, 'paragraph');
  assert.ok(d.lines.every((l) => !l.framed));
});
