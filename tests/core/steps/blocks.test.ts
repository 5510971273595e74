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
