/** What two halves of a continued story share: repeated pairs of characters, the jump headline. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatedPairs, repeatsJumpHeadline } from '../../src/core/pairing.ts';

test('the share of a short text’s pairs of adjacent characters that a longer one holds', () => {
  const table: [string, string, number][] = [
    ['深化合作共谋发展', '深化合作共谋发展推动数字重庆建设', 1],
    // Digits count: the 61st and the 70th meeting differ in three of their twelve pairs.
    ['区政府召开第61次常务会议', '区政府召开第70次常务会议', 9 / 12],
    ['合作发展', '深化合作共谋发展', 2 / 3],
    // A pair repeated in the short text counts once.
    ['改革改革', '改革', 1 / 2],
    ['一', '一二三', 0],
    ['', '一二三', 0],
  ];
  for (const [short, long, share] of table) assert.equal(repeatedPairs(short, long), share, `${short} in ${long}`);
});

test('a heading repeats a jump headline when it is that headline, whole or shortened, sent on from its page', () => {
  const jumps = [
    { from: 1, heading: '黄茂军调研数字重庆建设推进情况时强调聚焦整体构架突出优势特色加快打造更多实用实战标志性成果' },
    { from: 3, heading: '深化合作共谋发展' },
  ];
  const table: [string, number, boolean][] = [
    ['聚焦整体构架 突出优势特色', 1, true],
    ['聚焦整体构架\u3000突出优势特色', 1, true],
    ['深化合作共谋发展', 3, true],
    // Sent on from another page than the one the continuation names.
    ['深化合作共谋发展', 1, false],
    // A crosshead naming its own section, though it shares words (整体, 优势) with the headline.
    ['发挥整体优势', 1, false],
  ];
  for (const [text, from, repeats] of table) assert.equal(repeatsJumpHeadline(text, from, jumps), repeats, `${text} from 第${from}版`);
});
