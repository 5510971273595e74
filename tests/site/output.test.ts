/**
 * The output folder is rebuilt in place: what a build writes is overwritten, what it no
 * longer writes is removed afterwards, and files it copied with their old times are kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginOutput, endOutput } from '../../src/shell/output.ts';
import { writeYearIndex } from '../../src/shell/search-worker.ts';

function file(path: string, text: string, old = false): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  // An hour ago: from an earlier build, or copied with its source's time.
  if (old) utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
}

test('a rebuild overwrites what it writes, keeps what it copied, and removes the rest', () => {
  const out = mkdtempSync(join(tmpdir(), 'baoku-output-'));
  file(join(out, 'index.html'), 'old front page', true);
  file(join(out, '2001/01/01/index.html'), 'an issue no longer in the archive', true);
  file(join(out, 'assets/site.css'), 'body{}', true);
  const run = beginOutput(out);
  file(join(out, 'index.html'), 'new front page');
  file(join(out, '2024/03/29/index.html'), 'a new issue');
  const removed = endOutput(run, [join(out, 'assets/site.css')]);
  assert.equal(removed, 1);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'new front page');
  assert.ok(existsSync(join(out, '2024/03/29/index.html')));
  assert.ok(existsSync(join(out, 'assets/site.css')), 'a copied file keeps its old time and stays');
  assert.ok(!existsSync(join(out, '2001')), 'the stale issue and its empty folders are gone');
  assert.ok(!existsSync(join(out, '.baoku-build')), 'no marker is left behind');
});

test('a first build, into a folder that held nothing, removes nothing: every file in it is its own', () => {
  for (const out of [mkdtempSync(join(tmpdir(), 'baoku-output-')), join(mkdtempSync(join(tmpdir(), 'baoku-output-')), 'new')]) {
    const run = beginOutput(out);
    file(join(out, 'index.html'), 'front page');
    // Copied with its source's old time and not named as kept: in a rebuild it would look stale.
    file(join(out, 'assets/site.css'), 'body{}', true);
    assert.equal(endOutput(run), 0);
    assert.ok(existsSync(join(out, 'assets/site.css')));
    assert.ok(!existsSync(join(out, '.baoku-build')), 'no marker is left behind');
  }
});

test("a year's index is written over the old one, whose other files are removed", () => {
  const out = mkdtempSync(join(tmpdir(), 'baoku-year-'));
  const year = join(out, 'pagefind/2024');
  file(join(year, 'fragment/unknown_stale.pf_fragment'), 'from an earlier build');
  file(join(year, 'filter/unknown_old.pf_filter'), 'a folder this index no longer has');
  const runtime = { files: [{ path: 'pagefind.js', content: Buffer.from('// runtime') }], entry: { version: '1.5.2', languages: { unknown: { hash: '', wasm: null, page_count: 0 } } } };
  const record = { url: '/2024/03/29/1/1/', filters: ['qxpab'], meta: { title: '标题' }, date: '2024-03-29', text: '标题\n正文', textFile: 'text/03-29-1-1.pf_text' };
  const result = writeYearIndex({ year: '2024', records: [record], outputPath: year, runtime });
  assert.deepEqual(result.errors, []);
  assert.ok(!existsSync(join(year, 'fragment/unknown_stale.pf_fragment')));
  assert.ok(!existsSync(join(year, 'filter')));
  assert.ok(existsSync(join(year, 'text/03-29-1-1.pf_text')));
  assert.ok(existsSync(join(year, 'pagefind.js')));
  const entry = JSON.parse(readFileSync(join(year, 'pagefind-entry.json'), 'utf8')) as { languages: { unknown: { page_count: number; hash: string } } };
  assert.equal(entry.languages.unknown.page_count, 1);
  assert.ok(existsSync(join(year, `pagefind.${entry.languages.unknown.hash}.pf_meta`)));
});
