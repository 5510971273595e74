/** The small formatting helpers every page uses: escaping, URLs under the prefix, cutting a lede. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html } from '../../src/site/html.ts';
import { leadingCharacters, prefixUrl } from '../../src/site/format.ts';

test('escaping: markup characters become entities, text without them is returned as it is', () => {
  assert.equal(escapeHtml('渝中报 第2021期'), '渝中报 第2021期');
  assert.equal(escapeHtml(`<b>"黄茂军" & '谢东'</b>`), '&lt;b&gt;&quot;黄茂军&quot; &amp; &#39;谢东&#39;&lt;/b&gt;');
  assert.equal(html`<p>${'a<b'}${['&', html`<i>x</i>`]}${null}${3}</p>`.value, '<p>a&lt;b&amp;<i>x</i>3</p>');
});

test('a path under the prefix: ASCII paths as they are, anything else encoded as encodeURI does', () => {
  assert.equal(prefixUrl('/2024/03/29/1/2/', '/baoku/'), '/baoku/2024/03/29/1/2/');
  assert.equal(prefixUrl('2024/', '/'), '/2024/');
  assert.equal(prefixUrl('/reporters/李传芳/', '/'), encodeURI('/reporters/李传芳/'));
  assert.equal(prefixUrl('/a b/100%/', '/'), '/a%20b/100%25/');
});

test('a lede is cut by characters, not code units: a character beyond the BMP is never split', () => {
  assert.deepEqual(leadingCharacters('渝中报', 5), { text: '渝中报', cut: false });
  assert.deepEqual(leadingCharacters('渝中报', 3), { text: '渝中报', cut: false });
  assert.deepEqual(leadingCharacters('𠀋𠀋渝中', 3), { text: '𠀋𠀋渝', cut: true });
});
