import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAfter, page } from '../../helpers.ts';

function kinds(text: string) {
  return draftAfter('blocks', text).blocks.map((b) => `${b.kind}${b.furnitureKind ? `/${b.furnitureKind}` : ''}: ${b.lines.map((l) => l.text).join('|')}`);
}

test('blocks split at blank lines, frames, 本报讯 and standalone lines, and say what they are', () => {
  assert.deepEqual(
    kinds(page`
      拉高标杆比赶超 进位争先促发展——奋力交出经济社会工作高分报表在行动

      本报讯 （记者 李 一）9月12日，
      区委书记黄茂军主持召开会议。
      （下转2版）
      区政府召开第61次常务会议
      谢东主持
      |本报讯 （记者 李传芳）9月
      12日，区长谢东主持召开会议。

      成渝金融法院重庆办公区。 摄/李显彦

      敢 闯 敢 干 唯 实 争 先

      记者 姚延洋

      扫码关注渝中新闻
      微信公众号
    `),
    [
      'furniture/banner: 拉高标杆比赶超 进位争先促发展——奋力交出经济社会工作高分报表在行动',
      'body: 本报讯 （记者 李 一）9月12日，|区委书记黄茂军主持召开会议。',
      'marker: ',
      'heading: 区政府召开第61次常务会议|谢东主持',
      'body: 本报讯 （记者 李传芳）9月|12日，区长谢东主持召开会议。',
      'caption: 成渝金融法院重庆办公区。 摄/李显彦',
      'furniture/slogan: 敢 闯 敢 干 唯 实 争 先',
      'byline: 记者 姚延洋',
      'furniture/qr-notice: 扫码关注渝中新闻',
      'furniture/qr-notice: 微信公众号',
    ],
  );
});

test('a column that ends on a full line with no punctuation is running text, not a headline', () => {
  assert.deepEqual(
    kinds(page`
      投融资体制机制改革等工作，审议
      渝中区委全面深化改革委员会工作
      规则、渝中区国有企业改革提效增
      能行动方案等有关文件。

      黄茂军在讲话中肯定了全区全

      面深化改革取得的成绩，同时指出
      了存在的不足和差距。黄茂军指
      出，党的十八大以来，习近平总书
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body'],
  );
});

test('the first lines of a paragraph cut out by a paragraph gap and a column end are running text, not a headline', () => {
  // Two lines as wide as the column (the first short by its lost indent), no punctuation,
  // a blank line before (a paragraph end) and after (a column end).
  assert.deepEqual(
    kinds(page`
      谋划重要节点大型群众性活
      动安全工作，制定安全预案，
      严格安全检查，筑牢安全防
      线。

      会议还研究了《渝中区国
      民经济和社会发展第十四个

      五年规划纲要中期评估报告》
      等其他事项。
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body'],
  );
});

test('lines that end no sentence before a paragraph opening with more of its paragraph under it are a headline, however wide', () => {
  // By chance the headline's lines are as wide as a paragraph's opening line and a full line;
  // as text they would make a paragraph that never ends, for the next column opens one.
  assert.deepEqual(
    kinds(page`
      项目建设为抓手，系统梳理、科学谋划、明确
      责任，充分发挥住建领域自身优势，力争在招
      商引资工作中取得更大更好成绩。

      推动主题教育成果转化为高质量发展成效
      打造党建统领基层治理“智能版”“升级版”

      坚定不移向改革要动力、要红利、要效益，
      为谱写新时代新征程新重庆渝中新篇章作出新
      贡献。
    `).map((k) => k.split(':')[0]),
    ['body', 'heading', 'body'],
  );
  // A paragraph's last line may be as wide as an opening line by chance: with nothing of its
  // paragraph under it, the lines above still run on into it.
  assert.deepEqual(
    kinds(page`
      型群众性活动安全工作，制定安全
      预案，严格安全检查，筑牢安全防
      线。

      会议还研究了《渝中区国民经
      济和社会发展第十四个五年规划纲

      要中期评估报告》等其他事项。

      黄茂军说，渝中是重庆金融的
      发源地、成长地和集聚地，金融历
      史悠久、金融实力雄厚、金融载体
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body', 'body'],
  );
});

test('a headline block as wide as the column stays a headline: a subtitle, or a last line short of the column', () => {
  assert.deepEqual(
    kinds(page`
      年，我国科技创新捷报频传，大
      国重器频频上新，为科技创新能
      力不断提升写下生动注脚，为加
      速形成新质生产力提供强大支撑。

      发展新质生产力的核心要素
      ——因地制宜发展新质生产力②

      越是沧海横流，越显英雄本
      色。越到冲刺阶段，越拼实力干
      劲。

      学习贯彻习近平总书记重要讲话
      研究部署平安稳定等工作

      当前，第四季度赛程已过大半，
      到了年末冲刺、决战收官的关键
    `).map((k) => k.split(':')[0]),
    ['body', 'heading', 'body', 'heading', 'body'],
  );
});

test('a full line cut off before a column that only ends its sentence is running text; digits may leave it a little short', () => {
  assert.deepEqual(
    kinds(page`
      体系，加快打造更多实用实战标志
      性成果，不断提升超大城市中心城
      区基层治理科学化、精细化、智能
      化水平，更好服务推动高质量发展、
      创造高品质生活、实现高效能治理。

      区委常委、组织部部长王南参

      加。

      在听取石油路街道“141”基

      层智治体系建设推进情况汇报后，
      黄茂军聚焦总体目标、重点任务，
      对数字重庆建设工作再部署、再强
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body', 'body', 'body'],
  );
});

test('a column that opens with a bare tail (`参加。`) and runs on ends the sentence above: the full line before it is text', () => {
  // No story opens with the last quarter of a line; the tail need not stand alone to say so.
  assert.deepEqual(
    kinds(page`
      完善基层数字化治理体系，加快
      打造更多实用实战标志性成果，
      不断提升超大城市中心城区基层
      治理科学化、精细化、智能化水
      平，更好服务推动高质量发展。

      区委常委、组织部部长王南

      参加。
      在听取石油路街道“141”
      基层智治体系建设推进情况汇报
      后，黄茂军聚焦总体目标、重点
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body'],
  );
  // A headline as wide as the column may stand over a story that opens with a short sentence
  // of its own (`时不我待。`, over a quarter of the column).
  assert.deepEqual(
    kinds(page`
      完善基层数字化治理体系，加快
      打造更多实用实战标志性成果，
      不断提升超大城市中心城区基层
      平，更好服务推动高质量发展。

      推动数字重庆建设取得更多成果

      时不我待。
      当前，第四季度赛程已过大半，
      到了年末冲刺、决战收官的关
    `).map((k) => k.split(':')[0]),
    ['body', 'heading', 'body'],
  );
});

test('the line a 上接 marker opens carries on its story, even where the words after the marker look like a byline', () => {
  assert.deepEqual(
    kinds(page`
      |（上接1版）记者从区城
      市管理局获悉，长江一、二路车
      行道及排水整治改造升级完成。
    `),
    ['body: 记者从区城|市管理局获悉，长江一、二路车|行道及排水整治改造升级完成。'],
  );
});

test('a full line before a single line that ends its sentence and the story (下转) is running text: a story is more than a line', () => {
  assert.deepEqual(
    kinds(page`
      超大城市中心城区基层治理
      科学化、精细化、智能化水
      平，更好服务推动高质量发
      展、创造高品质生活、实现
      高效能治理。

      区委常委、组织部部长

      王南参加。
      （下转2版）

      黄茂军调研数字重庆建设推进情况时强调
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body', 'marker', 'heading'],
  );
});

test('a line as wide as the column less the indent, before a short line that ends its sentence, opens a paragraph: it is not a headline', () => {
  assert.deepEqual(
    kinds(page`
      科学化、精细化、智能化水
      平，更好服务推动高质量发
      展、创造高品质生活、实现
      高效能治理。

      区委常委、组织部部长

      王南参加。

      在听取石油路街道“14
      1”基层智治体系建设推进
      情况汇报后，黄茂军聚焦总
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body', 'body'],
  );
  // In a column of 11 the tail (`长王南参加。`) is over half the column, and still narrower
  // than the paragraph's opening line above it.
  assert.deepEqual(
    kinds(page`
      基层治理科学化、精细化、
      智能化水平，更好服务推
      动高质量发展、创造高品
      质生活、实现高效能治理。

      区委常委、组织部部

      长王南参加。

      在听取石油路街道“
      141”基层智治体系建设
      推进情况汇报后，黄茂军
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body', 'body'],
  );
  // A headline as wide as the whole column, before a story that opens with a short line, stays a headline.
  assert.deepEqual(
    kinds(page`
      系，科学完善定人定岗定责工作机制，层层压
      实责任，切实做到各板块贯通融合、全链条联
      动配合、一体化运行顺畅，保障安全责任零缺
      位、安全措施得落实、风险隐患控得住。

      绷紧“安全弦”守好“责任田”织密“防护网”

      信心比黄金更重要。

      今年是全面贯彻落实党的二十大精神的开
      局之年，是建设社会主义现代化新重庆的起步
      之年。
    `).map((k) => k.split(':')[0]),
    ['body', 'heading', 'body', 'body'],
  );
});

test('two lines cut out by a paragraph gap and a column end are text: the column is the width most lines around share, not their median', () => {
  // Around them: a short paragraph (`参加。`) and a column whose last line ends early: the
  // median of those lines' widths is narrower than the column.
  assert.deepEqual(
    kinds(page`
      区委常委、组织部部长王南
      参加。

      在听取石油路街道“141”
      基层智治体系建设推进情况汇报

      后，黄茂军聚焦总体目标、重点
      任务，对数字重庆建设工作再部
      署、再强调、再推动。
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body'],
  );
});

test('a short heading between two one-line paragraphs is measured against the text around them: it stays a heading', () => {
  // 并提出更高要求。 and 信心比黄金更重要。 alone would make the column 8 characters wide, and
  // 民生实事如何办 a full line of it; the blocks around them show a column of 17.
  assert.deepEqual(
    kinds(page`
      接下来，在优化营商环境方面，渝中还
      有新的举措吗？”面对渝中营商环境的
      高分“答卷”，有企业代表现场“阅卷”

      并提出更高要求。

      民生实事如何办

      信心比黄金更重要。

      今年是全面贯彻落实党的二十大精
      神的开局之年，是建设社会主义现代化
      新重庆的起步之年。人们观察重庆，首
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'heading', 'body', 'body'],
  );
});

test('a line that ends in 、 runs on: it is not a headline', () => {
  assert.deepEqual(
    kinds(page`
      来自中国、突尼斯、印度尼西
      亚、斯里兰卡、尼日利亚等国
      家的专家代表，分享在日常教
      学生活中的实操及心得体会，
      共话科技教育未来发展。

      “一带一路”国际科学教
      育协调委员会成员组织代表、

      突尼斯科学技术未来协会主席
      哈特姆·斯里曼以《人工智能
      和教育领域》为题分享观点。
    `).map((k) => k.split(':')[0]),
    ['body', 'body', 'body'],
  );
});

test('letter-spaced words inside a narrow column are justification, not a slogan', () => {
  assert.deepEqual(
    kinds(page`
      保障
      安全责任零
      缺位、安全
      措 施 得 落
      实、风险隐
      患控得住。
    `),
    ['body: 保障|安全责任零|缺位、安全|措 施 得 落|实、风险隐|患控得住。'],
  );
});

test('a two-line caption: the description, then the credit alone', () => {
  assert.deepEqual(
    kinds(page`
      重庆杂技艺术团杂技秀《极限快乐SHOW2》。

      重庆杂技艺术团供图
    `),
    ['caption: 重庆杂技艺术团杂技秀《极限快乐SHOW2》。|重庆杂技艺术团供图'],
  );
});

test('the headline-like title above a video QR notice belongs to the notice', () => {
  assert.deepEqual(
    kinds(page`
      |“服务企业 惠民有感——发言人来了”
      渝中区“优化营商环境 助力高质量发展”

      发布活动举行

      扫码看
      《渝中新闻》视频
      |本报讯 （记者 李 一）12月
      21日，区委书记黄茂军主持召开区
      委专题会，研究部署新年夜等安全
      稳定工作。
    `).map((k) => k.split(':')[0]),
    ['furniture/qr-notice', 'furniture/qr-notice', 'furniture/qr-notice', 'furniture/qr-notice', 'body'],
  );
});
