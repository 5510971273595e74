/**
 * Search tokens, shown decoded (each 4-letter code back to its character) so a fixture reads
 * as the text it came from: pairs of every Han run, the run's last character, Latin words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterToken, hanCode, holdsAll, queryTerms, queryTokens, searchTokens } from '../../src/search/tokens.ts';
import { recordWords } from '../../src/search/records.ts';

/** `ccrbcbtn` → `解放`: codes back to characters; other tokens as they are. */
function decoded(tokens: readonly string[]): string[] {
  return tokens.map((t) =>
    /^[a-l][a-z]{3}([a-l][a-z]{3})?$/u.test(t) && !/^q/u.test(t)
      ? (t.match(/.{4}/gu) ?? []).map((c) => String.fromCodePoint([...c].reduce((n, l) => n * 26 + l.charCodeAt(0) - 97, 0))).join('')
      : t,
  );
}

test('a text: every pair of each Han run, its last character, then Latin words and numbers', () => {
  assert.deepEqual(decoded(searchTokens('解放碑、朝天门')), ['解放', '放碑', '碑', '朝天', '天门', '门']);
  assert.deepEqual(decoded(searchTokens('G20峰会在2024年召开')), ['峰会', '会在', '在', '年召', '召开', '开', 'g20', '2024']);
  assert.deepEqual(decoded(searchTokens('二〇二四年')), ['二〇', '〇二', '二四', '四年', '年'], '〇 is a Han character');
  assert.deepEqual(decoded(searchTokens('ＡＢ１与𠀀字')), ['ＡＢ', 'Ｂ１', '１与', '与𠀀', '𠀀字', '字'], 'full-width letters and digits are coded as Han is; astral Han pairs like any');
  assert.deepEqual(decoded(searchTokens('café ②号')), ['é', '②号', '号', 'caf'], 'every word of the index is plain ASCII');
  for (const t of searchTokens('Ｇ２０峰会 café Ελλάδα カナ ②')) assert.match(t, /^[a-z0-9]+$/u);
  assert.deepEqual(searchTokens(' ，。 '), []);
});

test('a query: its pairs, a lone character by its own code, each once', () => {
  assert.deepEqual(decoded(queryTokens('黄茂军')), ['黄茂', '茂军']);
  assert.deepEqual(decoded(queryTokens('碑')), ['碑']);
  assert.deepEqual(decoded(queryTokens('军军军 G20')), ['军军', 'g20']);
  assert.equal(hanCode('碑').length, 4);
});

test('a record indexes each token once, the headline block once more, then its filters', () => {
  const content = recordWords({ text: '区委书记\n区委书记调研，区委书记强调', filters: [filterToken('page', '1')] });
  assert.deepEqual(decoded(content), ['区委', '委书', '书记', '记', '区委', '委书', '书记', '记', '记调', '调研', '研', '记强', '强调', '调', 'qxpab']);
});

test('filter tokens have one fixed length per kind and never look like a code', () => {
  assert.equal(filterToken('month', '03'), 'qxmad');
  assert.equal(filterToken('page', '12'), 'qxpam');
  assert.match(filterToken('reporter', '李传芳'), /^qxr[a-z]{6}$/u);
  assert.notEqual(filterToken('reporter', '李一'), filterToken('reporter', '李二'));
  assert.throws(() => filterToken('page', 'two'));
});

test('the exact check: every term, ignoring line breaks and spaces inside the text', () => {
  assert.deepEqual(queryTerms('  黄茂军  解放碑 黄茂军 '), ['黄茂军', '解放碑']);
  assert.ok(holdsAll('区委书记黄\n茂军在解放 碑调研', ['黄茂军', '解放碑']));
  assert.ok(!holdsAll('黄茂在军', ['黄茂军']));
  assert.ok(holdsAll('G20 峰会', ['g20']));
});
