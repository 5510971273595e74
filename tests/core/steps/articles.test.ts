import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftAfter, page, ROOT } from '../../helpers.ts';
import type { ArticleDraft, HeadingGroup } from '../../../src/core/draft.ts';
import type { JumpHeadline } from '../../../src/core/pairing.ts';

function elements(text: string, jumpHeadlines: readonly JumpHeadline[] = []) {
  return draftAfter('articles', text, jumpHeadlines).elements.map((e) => {
    if (e.type === 'furniture') return 'furniture';
    if (e.type === 'group') return `group: ${(e.group as HeadingGroup).blocks.map((b) => b.map((l) => l.text).join('|')).join(' / ')}`;
    const a = e.article as ArticleDraft;
    const parts = a.parts.map((p) => (p.type === 'crosshead' ? `[${p.lines.map((l) => l.text).join(' ')}]` : [...p.lines[0]!.text].slice(0, 8).join(''))).join(' + ');
    return `article${a.continuedTo ? ` 下转${a.continuedTo}` : ''}${a.continuedFrom ? ` 上接${a.continuedFrom}` : ''}: ${parts}`;
  });
}

test('column layout: 下转 closes an article, 本报讯 starts one, headlines stand between them', () => {
  assert.deepEqual(
    elements(page`
      本报讯 （记者 李 一）9月12日，
      区委书记黄茂军主持召开研究重点项目推
      进工作专题会议，分析重点项目推进情况，
      部署当前及下一阶段重点工作。

      黄茂军强调，要高质高效，聚力推动两
      江四岸项目，围绕目标任务， （下转2版）
      |本报讯 （记者 袁侨偲）9月
      13日，区委全面深化改革委员会召
      开第七次会议。区委书记黄茂军主持
      并讲话。

      黄茂军主持召开区委全面深化改革委员会第七次会议

      着眼大局谋改革贴近需求促改革直面问题抓改革
      推动重点领域改革向更深层次挺进

      谢东参加
      |本报讯 （记者 李传芳）9月
      12日，区长谢东主持召开区政府第
      61次常务会议。
      （下转2版）

      区政府召开第61次常务会议
      谢东主持
    `),
    [
      'article 下转2: 本报讯 （记者  + 黄茂军强调，要高',
      'article: 本报讯 （记者 ',
      'group: 黄茂军主持召开区委全面深化改革委员会第七次会议 / 着眼大局谋改革贴近需求促改革直面问题抓改革|推动重点领域改革向更深层次挺进 / 谢东参加',
      'article 下转2: 本报讯 （记者 ',
      'group: 区政府召开第61次常务会议|谢东主持',
    ],
  );
});

test('a short headline-like block inside running text is a crosshead', () => {
  assert.deepEqual(
    elements(page`
      金融业是渝中区的经济支柱和
      发展引擎。在金融行业飞速发展的
      当下，如何同步夯实金融服务实体
      经济的“看家本领”？

      半年来，渝中区全力以赴推进
      “十大工程”，力求为建设社会
      主义现代化新重庆作出新的更大
      贡献。

      金融改革再深化
      创新步伐不停歇

      6月，渝中区正式出台《建设绿
      色金融改革创新试验区核心区实施
      方案》，助力打造西部金融中心。
      （下转2版）

      全力推进西部金融中心主承载区十大工程建设
    `),
    ['article 下转2: 金融业是渝中区的 + 半年来，渝中区全 + [金融改革再深化 创新步伐不停歇] + 6月，渝中区正式', 'group: 全力推进西部金融中心主承载区十大工程建设'],
  );
});

test('column layout: a short block between two stories that sums up the text above is its headline, not a crosshead', () => {
  // Shaped like a crosshead and followed by text with no sign of a new article; but its words
  // are the story above's (道路, 改造, 提升, 安全), not the text below's.
  assert.deepEqual(
    elements(page`
      |本报讯 （记者 袁侨偲）
      2月16日，记者从区城市管理局获悉，长
      江一、二路车行道及排水整治改造升级完成，
      有效提升了行车安全性，扮靓了渝中城市道路
      “颜值”。此次道路改造还优化了人行斑马线。

      道路改造“焕”新颜
      提升出行安全感

      坚定不移向改革要动力、要红利、要效益，
      为谱写新时代新征程新重庆渝中新篇章作出新
      贡献。

      坚定不移向改革要动力要红利要效益
    `),
    ['article: 本报讯 （记者 ', 'group: 道路改造“焕”新颜|提升出行安全感', 'article: 坚定不移向改革要', 'group: 坚定不移向改革要动力要红利要效益'],
  );
});

/** A continuation's headline (转版标题) between two stories, sharing no words with either. */
const jumpHeadline = page`
  |（上接1版）座谈会上，区发展改
  革委、区商务委、解放碑管委会
  围绕自身职能职责进行了汇报。

  道路改造“焕”新颜

  越是沧海横流，越显英雄本色。
  越到冲刺阶段，越拼实力干劲。

  关键时刻打好收官战
`;

test('column layout: a crosshead-shaped block whose words the text below does not hold closes the story above', () => {
  // A continuation's headline (转版标题) that shares no words with either side: a crosshead
  // would announce the section below it, so this is the headline the layout puts after a body.
  assert.deepEqual(
    elements(jumpHeadline),
    ['article 上接1: 座谈会上，区发展', 'group: 道路改造“焕”新颜', 'article: 越是沧海横流，越', 'group: 关键时刻打好收官战'],
  );
});

test('column layout: one pair of the words of a heading found again below is chance, not the echo of a crosshead', () => {
  // 聚焦整体构架 shares only 整体 with the text below (1 of its 5 pairs): still the headline above.
  assert.deepEqual(
    elements(page`
      |（上接1版）座谈会上，区发展改
      革委、区商务委、解放碑管委会
      围绕自身职能职责进行了汇报。

      聚焦整体构架

      越是沧海横流，越显英雄本色。
      今年以来，全区整体推进老旧
      小区改造。

      关键时刻打好收官战
    `),
    ['article 上接1: 座谈会上，区发展', 'group: 聚焦整体构架', 'article: 越是沧海横流，越', 'group: 关键时刻打好收官战'],
  );
});

test('an editor is told where a crosshead-shaped heading was read as the headline of the story above', () => {
  const draft = draftAfter('articles', jumpHeadline);
  assert.deepEqual(
    draft.messages.filter((m) => m.code === 'heading-closes-story').map((m) => [m.severity, m.line]),
    [['info', 5]],
  );
});

/**
 * A continuation (上接1版) whose headline, printed after it, shares two words (合作, 发展) with
 * the story below: alone, the page cannot tell it from that story's crosshead.
 */
const jumpSharingWords = readFileSync(join(ROOT, 'tests/fixtures/jump-headline-p2.txt'), 'utf8');

test('column layout: a continuation’s headline that shares words with the story below reads as its crosshead while the page is read alone', () => {
  assert.deepEqual(elements(jumpSharingWords), ['article 上接1: 谢东说，渝中正深 + [深化合作共谋发展] + 抓招商就是抓发展', 'group: 探索多元化投融资模式']);
});

test('column layout: with the headline sent on from 第1版 known, the heading that repeats it closes the continuation', () => {
  const sent = [{ from: 1, heading: '深化合作共谋发展推动数字重庆建设在渝中取得更多标志性成果' }];
  assert.deepEqual(elements(jumpSharingWords, sent), ['article 上接1: 谢东说，渝中正深', 'group: 深化合作共谋发展', 'article: 抓招商就是抓发展', 'group: 探索多元化投融资模式']);
  const draft = draftAfter('articles', jumpSharingWords, sent);
  assert.deepEqual(draft.messages.map((m) => [m.code, m.severity, m.line]), [['jump-headline', 'info', 5]]);
  // Sent on from another page, or a headline it does not repeat: still a crosshead.
  for (const other of [[{ from: 2, heading: sent[0]!.heading }], [{ from: 1, heading: '深化合作推动数字重庆建设' }]]) {
    assert.deepEqual(elements(jumpSharingWords, other), elements(jumpSharingWords), JSON.stringify(other));
  }
});

test('column layout: a crosshead whose words are the section below stays a crosshead though the text above shares some', () => {
  assert.deepEqual(
    elements(page`
      今年以来，区住房城市建委统筹使用中央
      和市级老旧小区改造专项资金，通过跨部门
      方式制定项目资金统筹使用方案。

      打破政策程序束缚
      营造高效政务环境

      区住房城市建委打破政策程序束缚，优化审
      批流程，营造高效政务环境，项目审批时限
      压缩一半。

      探索多元化投融资模式
    `),
    ['article: 今年以来，区住房 + [打破政策程序束缚 营造高效政务环境] + 区住房城市建委打', 'group: 探索多元化投融资模式'],
  );
});

test('a kicker, or a headline after a subtitle, starts a new headline block', () => {
  assert.deepEqual(
    elements(page`
      本报讯 （记者 李传芳）按照公
      安部、市公安局统一部署，开展
      集中统一行动。 （下转3版）

      渝中警方开展夏夜治安巡查宣防第三次集中统一行动
      暨第五次集中清查行动

      区交通局：

      打造交通行业“硬支持”当好经济社会发展“先行官”
      奋力交出渝中交通运输及邮政快递业高质量发展高分报表
    `).slice(1),
    [
      'group: 渝中警方开展夏夜治安巡查宣防第三次集中统一行动|暨第五次集中清查行动',
      'group: 区交通局： / 打造交通行业“硬支持”当好经济社会发展“先行官”|奋力交出渝中交通运输及邮政快递业高质量发展高分报表',
    ],
  );
});

test('paragraph layout: the headline block comes first and the next body opens the article', () => {
  assert.deepEqual(
    elements(page`
      区政府召开第79次常务会议

      谢东主持

      本报讯(记者李传芳)3月27日，区委副书记、区长谢东主持召开区政府第79次常务会议，研究城市管理等工作。

      会议指出，城市管理是“天大的小事”。区政府各部门、单位要强化城市管理“首善”意识。

      (下转2版)

      区人大常委会专题调研 解放碑一朝天门商圈产业和政策升级

      本报讯(记者姚延洋)3月27日，区人大常委会主任何积光主持召开座谈会。
    `),
    ['group: 区政府召开第79次常务会议 / 谢东主持', 'article 下转2: 本报讯(记者李传 + 会议指出，城市管', 'group: 区人大常委会专题调研 解放碑一朝天门商圈产业和政策升级', 'article: 本报讯(记者姚延'],
  );
});
