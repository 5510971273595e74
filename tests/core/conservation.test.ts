/** Nothing is lost: a page's characters against what its articles and furniture hold. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conservation, type PlacedPage } from '../../src/core/conservation.ts';

function placed(paragraphs: string[], furniture: string[] = [], headline: string | null = '区政府召开常务会议'): PlacedPage {
  return {
    articles: [{ kicker: null, headline, subtitles: [], byline: headline ? '本报讯' : null, paragraphs, crossheads: [], captions: [] }],
    furniture: furniture.map((text, line) => ({ kind: 'unplaced', text, line })),
  };
}

/** The difference as multisets: its characters in code-point order. */
function counted(page: string, on: PlacedPage): { missing: string; extra: string } {
  const { missing, extra } = conservation(page, on);
  return { missing: [...missing].sort().join(''), extra: [...extra].sort().join('') };
}

const sorted = (text: string) => [...text].sort().join('');

test('white space and 下转/上接 markers aside, every character of the page is placed once', () => {
  const original = '区政府召开常务会议\n本报讯  3月29日，会议研究\u3000城市更新（下转2版）\n\n渝中报';
  assert.deepEqual(counted(original, placed(['3月29日，会议研究城市更新'], ['渝中报'])), { missing: '', extra: '' });
  assert.deepEqual(counted(original, placed(['3月29日，会议研究城市'], ['渝中报'])), { missing: sorted('更新'), extra: '' });
  assert.deepEqual(counted(original, placed(['3月29日，会议研究城市更新更新（下转2版）'], ['渝中报'])), { missing: '', extra: sorted('更新（下转2版）') });
});

test('each page is counted afresh, however many characters the page before held', () => {
  // Every character of the common block once, and one beyond the BMP: more than any page holds, all of it lost.
  const many = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
  assert.deepEqual(conservation(`${many}𠀋`, placed([], [], null)), { missing: `${many}𠀋`, extra: '' });
  assert.deepEqual(conservation('会议𠀋', placed(['会议𠀋'], [], null)), { missing: '', extra: '' });
  assert.deepEqual(conservation('', placed(['𠀋𠀋'], [], null)), { missing: '', extra: '𠀋𠀋' });
  assert.deepEqual(conservation('', placed([], [], null)), { missing: '', extra: '' });
});

test('a marker wrapped onto the next line is taken off once; text that only looks like a marker is kept', () => {
  const original = '区政府召开常务会议\n本报讯  会议研究城市更新（下转\n2版）\n\n渝中报';
  assert.deepEqual(counted(original, placed(['会议研究城市更新'], ['渝中报'])), { missing: '', extra: '' });
  // Across a blank line, or naming no page, it is text and must be placed like any other.
  const apart = '区政府召开常务会议\n本报讯  会议研究（下转\n\n2版）\n（下转0版）';
  assert.deepEqual(counted(apart, placed(['会议研究（下转2版）（下转0版）'])), { missing: '', extra: '' });
  assert.deepEqual(counted(apart, placed(['会议研究'])), { missing: sorted('（下转2版）（下转0版）'), extra: '' });
});
