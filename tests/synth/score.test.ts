/** Scoring the parser against the generator's truth: how parsed articles are aligned with it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArchive } from '../../src/synth/score.ts';
import type { TruthArticle } from '../../src/synth/generate.ts';
import { page, parseIssues } from '../helpers.ts';

const text = page`
  城市更新要守住历史文脉

  认真落实“以强信心为重点加强网上正面宣传”要求，共同把摄影大赛打造成为品牌活动。

  据了解，本届大赛共收到5669幅参赛作品。

  展现厚重人文 呈现市井烟火 再现现代繁荣

  认真落实“以强信心为重点加强网上正面宣传”要求，共同把摄影大赛打造成为品牌活动。

  大赛图片展共分为四大板块，市民可前往免费观展。
`;

function truth(id: string, headline: string, paragraphs: string[]): TruthArticle {
  return { id, kicker: null, headline, subtitles: [], byline: null, reporters: [], date: null, paragraphs, crossheads: [], continuedTo: null, continuedFrom: null, captions: [], pair: null };
}

test('two articles of a page that open alike are each scored against their own truth', () => {
  const { issues } = parseIssues([{ file: 'p4.txt', text, meta: 'date: 2024-04-01\npage: 4' }]);
  const opening = '认真落实“以强信心为重点加强网上正面宣传”要求，共同把摄影大赛打造成为品牌活动。';
  const score = scoreArchive(issues, [
    truth('2024-04-01-4-1', '城市更新要守住历史文脉', [opening, '据了解，本届大赛共收到5669幅参赛作品。']),
    truth('2024-04-01-4-2', '展现厚重人文 呈现市井烟火 再现现代繁荣', [opening, '大赛图片展共分为四大板块，市民可前往免费观展。']),
  ]);
  assert.deepEqual([score.exact, score.articles, score.wrong], [2, 2, {}]);
});
