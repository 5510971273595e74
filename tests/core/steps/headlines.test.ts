import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page, parseText } from '../../helpers.ts';

function headlinesOf(text: string) {
  const parsed = parseText(text);
  return {
    articles: parsed.pages[0]!.articles.map((a) => `${a.headline ?? '(none)'} ← ${a.paragraphs[0]?.slice(0, 10)}`),
    furniture: parsed.pages[0]!.furniture.map((f) => `${f.kind}: ${f.text.split('\n')[0]}`),
    codes: parsed.pages[0]!.messages.map((m) => m.code),
  };
}

test('a headline block far from its body is matched by content, with a message', () => {
  const r = headlinesOf(page`
    黄茂军专题研究部署新年夜等安全稳定工作时强调

    绷紧“安全弦”守好“责任田”织密“防护网”
    全域全时守护市民游客平安过节

    谢东安排工作

    区政府召开第70次常务会议
    谢东主持

    本报讯 （记者 李传芳）12月
    21日，区长谢东主持召开区政府第
    70次常务会议，深入学习贯彻中央
    经济工作会议精神，研究部署经济
    发展、安全稳定等工作。
    （下转2版）

    |本报讯 （记者 李 一）12月
    21日，区委书记黄茂军主持召开区
    委专题会，研究部署新年夜等安全
    稳定工作。他强调，要筑牢平安渝
    中“防护墙”，确保群众过节平安，
    守护市民游客平安过节。区委副书
    记、区长谢东安排工作。
  `);
  assert.deepEqual(r.articles, ['区政府召开第70次常务会议 ← 12月21日，区长谢', '绷紧“安全弦”守好“责任田”织密“防护网” 全域全时守护市民游客平安过节 ← 12月21日，区委书']);
  assert.ok(r.codes.includes('headline-far'));
});

test('a headline block that matches no text on the page is an orphan headline, not an article', () => {
  const r = headlinesOf(page`
    |本报讯 （记者 李 一）9月12日，
    区委书记黄茂军主持召开研究重点项目推
    进工作专题会议，分析重点项目推进情况，
    部署当前及下一阶段重点工作，努力交出
    经济社会发展高分报表。 （下转2版）
    |本报讯 （记者 李传芳）按照公
    安部、市公安局统一部署，开展
    夏夜治安巡查宣防集中统一行动。

    渝中警方开展夏夜治安巡查宣防集中统一行动

    区交通局：

    打造交通行业“硬支持”当好经济社会发展“先行官”
    奋力交出渝中交通运输及邮政快递业高质量发展高分报表
  `);
  assert.deepEqual(r.articles, ['(none) ← 9月12日，区委书记', '渝中警方开展夏夜治安巡查宣防集中统一行动 ← 按照公安部、市公安局']);
  assert.deepEqual(r.furniture, ['orphan-headline: 区交通局：']);
  assert.deepEqual(r.codes.sort(), ['headline-missing', 'headline-orphan']);
});

test('text under a headline that went to the text above it is that article’s lead', () => {
  const parsed = parseText(page`
    今年以来，区住房城市建委统筹使用
    中央和市级老旧小区改造等专项资金，
    提高资金使用效益，探索多元化投融
    资模式。区住房城市建委将发挥行业
    优势，全力招商引资，打造优质高效
    营商环境。

    记者 姚延洋

    探索多元化投融资模式 打造优质高效营商环境
    区住房城市建委发挥行业优势全力招商引资

    抓招商就是抓发展、谋项目就
    是谋未来。今年以来，区住房城市
    建委坚持立足行业发展，探索持续
    有效的投融资模式。
  `);
  const [a, ...rest] = parsed.pages[0]!.articles;
  assert.equal(rest.length, 0);
  assert.equal(a!.headline, '探索多元化投融资模式 打造优质高效营商环境');
  assert.equal(a!.byline, '记者 姚延洋');
  assert.deepEqual(a!.reporters, ['姚延洋']);
  assert.deepEqual(a!.paragraphs.map((p) => p.slice(0, 8)), ['抓招商就是抓发展', '今年以来，区住房']);
  assert.ok(parsed.pages[0]!.messages.some((m) => m.code === 'lead-placed'));
});

test('a caption goes to the article whose text it shares, with its credit apart', () => {
  const parsed = parseText(page`
    |本报讯 （记者 李传芳）12月
    22日，记者从区住房城市建委获悉，
    山城巷传统风貌区改造完成，街巷
    肌理得到保护。

    山城巷传统风貌区改造完成

    |本报讯 （记者 李 一）12月
    21日，区委书记黄茂军主持召开区
    委专题会，研究安全稳定工作。

    黄茂军研究安全稳定工作

    |山城巷传统风貌区。 区住房城市建委供图
  `);
  const [first, second] = parsed.pages[0]!.articles;
  assert.deepEqual(first!.captions, [{ text: '山城巷传统风貌区。', credit: '区住房城市建委供图', line: 14 }]);
  assert.deepEqual(second!.captions, []);
});

test('a caption goes to the article that names its credit, when its own words are in another’s', () => {
  // The picture of 山城巷 is credited to 区住房城市建委, whose story it stands by; the other
  // story mentions 传统风貌 in passing. Without its credit the caption would go there.
  const parsed = parseText(page`
    |本报讯 （记者 李传芳）12月
    22日，区住房城市建委统筹使用专项
    资金，区住房城市建委市外到位资金
    已完成3.8亿元。

    区住房城市建委全力招商引资

    |本报讯 （记者 李 一）12月
    21日，区委书记黄茂军调研老城区，
    强调要守护传统风貌，延续城市文脉。

    黄茂军调研老城区

    |山城巷传统风貌区。 区住房城市建委供图
  `);
  const [first, second] = parsed.pages[0]!.articles;
  assert.deepEqual(first!.captions, [{ text: '山城巷传统风貌区。', credit: '区住房城市建委供图', line: 14 }]);
  assert.deepEqual(second!.captions, []);
  // A photographer's credit names a person: the article whose byline or text names them.
  const byName = parseText(page`
    |本报讯 （记者 李显彦）12月
    22日，成渝金融法院重庆办公区
    投入使用，首批案件开庭审理。

    成渝金融法院重庆办公区投入使用

    |本报讯 （记者 李 一）12月
    21日，区委书记黄茂军调研办公区
    建设，强调要加快重庆金融中心建设。

    黄茂军调研金融中心建设

    |新落成的办公大楼。 摄/李显彦
  `);
  assert.deepEqual(byName.pages[0]!.articles.map((a) => a.captions.map((c) => c.credit)), [['摄/李显彦'], []]);
});

test('a caption whose words two articles share alike goes to the nearer, its headline block counted as part of it', () => {
  // 区住房城市建委 (the credit) is in the story beside the caption, 山城 and 传统风貌区 in the
  // story further up: six of the caption's thirteen character pairs each.
  const near = parseText(page`
    |本报讯 （记者 李 一）12月
    21日，黄茂军走进山城老街区，
    强调要守护传统风貌区，延续城市文脉。

    黄茂军调研老街区

    |本报讯 （记者 李传芳）12月
    22日，区住房城市建委统筹使用专项
    资金，推进项目建设。

    全力招商引资

    |山城巷传统风貌区。 区住房城市建委供图
  `);
  assert.deepEqual(near.pages[0]!.articles.map((a) => a.captions.map((c) => c.text)), [[], ['山城巷传统风貌区。']]);
  // Between one story's headline (after its text, in columns) and the next story's text, the
  // two stand as near: the one above takes it.
  const between = parseText(page`
    |本报讯 （记者 李传芳）12月
    22日，区住房城市建委统筹使用专项
    资金，推进项目建设。

    全力招商引资

    |山城巷传统风貌区。 区住房城市建委供图

    |本报讯 （记者 李 一）12月
    21日，黄茂军走进山城老街区，
    强调要守护传统风貌区，延续城市文脉。

    黄茂军调研老街区
  `);
  assert.deepEqual(between.pages[0]!.articles.map((a) => a.captions.map((c) => c.text)), [['山城巷传统风貌区。'], []]);
});

test('a caption after a lead placed under its headline is as near that article as the text after it', () => {
  // The lead (抓招商…) stands under 黄茂军调研老街区 and is placed as that story's lead;
  // the caption after it shares its words alike with that story (山城, 传统风貌区) and the
  // next one (区住房城市建委): once the lead is merged, the two stand as near, and the one
  // above takes it.
  const parsed = parseText(page`
    |本报讯 （记者 李 一）12月
    21日，黄茂军走进山城老街区，
    强调要守护传统风貌区，延续城市文脉。

    黄茂军调研老街区

    当天，他还察看了街巷的消防
    通道，要求把安全措施落实到位。

    |山城巷传统风貌区。 区住房城市建委供图

    |本报讯 （记者 李传芳）12月
    22日，区住房城市建委统筹使用专项
    资金，推进项目建设。

    全力招商引资
  `);
  const articles = parsed.pages[0]!.articles;
  assert.deepEqual(articles.map((a) => a.headline), ['黄茂军调研老街区', '全力招商引资']);
  assert.ok(parsed.pages[0]!.messages.some((m) => m.code === 'lead-placed'));
  assert.deepEqual(articles.map((a) => a.captions.map((c) => c.text)), [['山城巷传统风貌区。'], []]);
});
