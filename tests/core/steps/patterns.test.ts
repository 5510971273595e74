import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaptionLine, isLetterSpaced } from '../../../src/core/steps/patterns.ts';

test('letter-spaced text: a space between every character, at least four of them', () => {
  for (const t of ['敢 闯 敢 干 唯 实 争 先', '  敢 闯 敢 干  ', '𠀋 闯 敢 干', '敢\u3000闯\u3000敢\u3000干', '敢  闯 敢 𠀋']) assert.ok(isLetterSpaced(t), t);
  for (const t of ['', '敢 闯 敢', '敢闯 敢 干 唯', '敢 闯敢 干', '区政府召开常务会议', '𠀋闯 敢 干']) assert.ok(!isLetterSpaced(t), t);
});

test('a caption line ends in a picture credit and is short', () => {
  for (const t of ['解放碑步行街夜景。 记者 李一 摄', '区住房城市建委供图', '摄/李显彦']) assert.ok(isCaptionLine(t), t);
  const long = `${'会议指出，要坚持以人民为中心的发展思想。'.repeat(4)}摄/李显彦`;
  for (const t of ['区政府召开常务会议', long, '摄影爱好者在解放碑拍摄夜景']) assert.ok(!isCaptionLine(t), t);
});
