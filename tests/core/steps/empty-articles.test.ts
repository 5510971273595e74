import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAfter, page, parseText } from '../../helpers.ts';
import type { ArticleDraft } from '../../../src/core/draft.ts';

/** The articles after a step: each with its 上接 page and the start of its text. */
function articlesAfter(step: string, text: string): string[] {
  return draftAfter(step, text)
    .elements.filter((e): e is { type: 'article'; article: ArticleDraft } => e.type === 'article')
    .map(({ article: a }) => `${a.continuedFrom ? `上接${a.continuedFrom}: ` : ''}${a.parts.map((p) => p.lines[0]!.text.slice(0, 6)).join(' + ')}`);
}

const LOST_CONTINUATION = page`
  本报讯 （记者 李 一）9月12日，
  区委书记黄茂军主持召开研究重点项目推
  进工作专题会议。

  （上接1版）
  本报讯 （记者 袁侨偲）9月
  13日，区委全面深化改革委员会召
  开第七次会议。
  （上接3版）
`;

test('a 上接 marker that no text of its own follows makes no article, and says so at its line', () => {
  // Followed by the start of another story (本报讯), or by the page's end.
  // The articles step opens an article at each marker standing alone …
  assert.deepEqual(articlesAfter('articles', LOST_CONTINUATION), ['本报讯 （记', '上接1: ', '本报讯 （记', '上接3: ']);
  // … and when nothing has filled it, it is taken off the page.
  const d = draftAfter('empty-articles', LOST_CONTINUATION);
  assert.deepEqual(articlesAfter('empty-articles', LOST_CONTINUATION), ['本报讯 （记', '本报讯 （记']);
  assert.deepEqual(
    d.messages.filter((m) => m.code === 'marker-unattached').map((m) => [m.line, m.severity, m.text.split(' is ')[0], m.zh.split('后面')[0]]),
    [
      [5, 'warning', '上接1版 at line 5', '第5行的“上接1版”'],
      [9, 'warning', '上接3版 at line 9', '第9行的“上接3版”'],
    ],
  );
});

test('a 上接 marker with its text keeps its article', () => {
  const text = page`
    （上接1版）
    要着眼“绝大多数”，准确把握各行业、
    各领域党组织和党员的特点。
  `;
  assert.deepEqual(articlesAfter('empty-articles', text), ['上接1: 要着眼“绝大'], 'the article and its 上接');
  assert.deepEqual(draftAfter('empty-articles', text).messages, []);
});

test('a 上接 marker that a headline block follows keeps its article: the column layout prints a story\'s headline after it', () => {
  const text = page`
    本报讯 （记者 李 一）9月12日，
    区委书记黄茂军主持召开研究重点项目推
    进工作专题会议。

    （上接1版）

    黄茂军主持召开区委全面深化改革委员会第七次会议

    本报讯 （记者 袁侨偲）9月
    13日，区委全面深化改革委员会召
    开第七次会议。
  `;
  const d = draftAfter('empty-articles', text);
  const held = d.elements.flatMap((e) => (e.type === 'article' && e.article.continuedFrom === 1 ? [e.article.heading?.blocks.flat().map((l) => l.text)] : []));
  assert.deepEqual(held, [['黄茂军主持召开区委全面深化改革委员会第七次会议']]);
  assert.deepEqual(d.messages.filter((m) => m.code === 'marker-unattached'), []);
});

test('a 上接 part that holds only a byline is kept, and is found at the byline\'s line', () => {
  const parsed = parseText(page`
    本报讯 （记者 李 一）9月12日，
    区委书记黄茂军主持召开研究重点项目推
    进工作专题会议。
    （上接1版）
    本报评论员
  `);
  const [part] = parsed.pages[0]!.articles.filter((a) => a.continuedFrom === 1);
  assert.deepEqual([part?.byline, part?.lines], ['本报评论员', { from: 5, to: 5 }]);
  // Neither story has a headline on this page; each is named at its first line.
  assert.deepEqual(parsed.pages[0]!.messages.filter((m) => m.code === 'headline-missing').map((m) => m.line), [1, 5]);
});
