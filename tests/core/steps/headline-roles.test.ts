import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineRoles, isKickerLine, isSubtitleLine } from '../../../src/core/steps/headline-roles.ts';
import type { LineDraft } from '../../../src/core/draft.ts';
import { draftLine } from '../../helpers.ts';

/** Sub-blocks as the source set them: one string per line, blank lines between sub-blocks. */
function roles(layout: 'column' | 'paragraph', ...blocks: string[][]) {
  let no = 0;
  const drafts: LineDraft[][] = blocks.map((b) => b.map((text) => draftLine(++no, text)));
  const r = headlineRoles(drafts, layout);
  return { kicker: r.kicker, headline: r.headline, subtitles: r.subtitles };
}

test('subtitle and kicker lines are recognised by what they say', () => {
  for (const s of ['谢东主持', '谢东主持 何积光出席', '黄茂军章启诚谢东等参加', '——因地制宜发展新质生产力②', '黄茂军谢东会见樊晓江一行并见证签约']) assert.ok(isSubtitleLine(s), s);
  for (const s of ['区政府召开第61次常务会议', '深化合作共谋发展']) assert.ok(!isSubtitleLine(s), s);
  for (const s of ['黄茂军在全区组织工作会议上强调', '黄茂军调研数字重庆建设推进情况时强调', '区交通局：']) assert.ok(isKickerLine(s), s);
});

test('kicker, two-line headline and subtitle, set in three parts (column layout)', () => {
  assert.deepEqual(roles('column', ['黄茂军主持召开区委全面深化改革委员会第七次会议'], ['着眼大局谋改革贴近需求促改革直面问题抓改革', '推动重点领域改革向更深层次挺进'], ['谢东参加']), {
    kicker: '黄茂军主持召开区委全面深化改革委员会第七次会议',
    headline: '着眼大局谋改革贴近需求促改革直面问题抓改革 推动重点领域改革向更深层次挺进',
    subtitles: ['谢东参加'],
  });
});

test('headline with a subtitle of who presided', () => {
  assert.deepEqual(roles('column', ['区政府召开第61次常务会议', '谢东主持']), { kicker: null, headline: '区政府召开第61次常务会议', subtitles: ['谢东主持'] });
});

test('paragraph layout: kicker by what it says, two headline lines, subtitle', () => {
  assert.deepEqual(roles('paragraph', ['黄茂军在全区组织工作会议上强调'], ['加快建设新时代城市党建渝中范例'], ['为谱写现代化新重庆渝中新篇章提供坚强组织保障'], ['谢东主持 何积光出席']), {
    kicker: '黄茂军在全区组织工作会议上强调',
    headline: '加快建设新时代城市党建渝中范例 为谱写现代化新重庆渝中新篇章提供坚强组织保障',
    subtitles: ['谢东主持 何积光出席'],
  });
});

test('a dash subtitle and a series number', () => {
  assert.deepEqual(roles('paragraph', ['发展新质生产力的核心要素'], ['——因地制宜发展新质生产力②']), { kicker: null, headline: '发展新质生产力的核心要素', subtitles: ['——因地制宜发展新质生产力②'] });
});

test('a first line of two parallel clauses takes no second headline line', () => {
  assert.deepEqual(roles('column', ['探索多元化投融资模式 打造优质高效营商环境', '区住房城市建委发挥行业优势全力招商引资']), {
    kicker: null,
    headline: '探索多元化投融资模式 打造优质高效营商环境',
    subtitles: ['区住房城市建委发挥行业优势全力招商引资'],
  });
});

test('three lines in one part: two-line headline and a subtitle', () => {
  assert.deepEqual(roles('column', ['打造开放包容创新发展环境', '助推国际一流营商环境样板城市建设', '我区举行“优化营商环境 助力高质量发展”发布活动']), {
    kicker: null,
    headline: '打造开放包容创新发展环境 助推国际一流营商环境样板城市建设',
    subtitles: ['我区举行“优化营商环境 助力高质量发展”发布活动'],
  });
});
