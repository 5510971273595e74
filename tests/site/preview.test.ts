/**
 * The editor's preview: an edit re-renders the pages of its issue (and no others), and what
 * it writes is byte-identical to what a full Eleventy build writes for the same files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Preview, TEMPLATES } from '../../src/shell/preview.ts';
import { buildSite } from '../../src/shell/build.ts';
import { ROOT } from '../helpers.ts';
import { copySeeds, differingFiles, headlineOf, siteFiles as files } from './site-fixture.ts';

/** A preview of a fresh copy of the seeds (and the fixture issue), built; the edit helper changes one file and waits for everything. */
async function previewOf(withFixture: boolean) {
  const input = copySeeds(withFixture);
  const dir = join(input, '..');
  const preview = new Preview({ input, output: join(dir, 'preview'), root: ROOT });
  await preview.build();
  const edit = async (file: string, from: string, to: string) => {
    const path = join(input, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    const update = await preview.update(path);
    await preview.searchIndex;
    return update;
  };
  /** The preview's files must be a full build's of the same input, byte for byte; returns both. */
  const compare = async () => {
    await buildSite({ input, output: join(dir, 'full'), root: ROOT });
    const [after, full] = [files(join(dir, 'preview')), files(join(dir, 'full'))];
    assert.deepEqual([...after.keys()].sort(), [...full.keys()].sort(), 'the same files');
    assert.deepEqual(differingFiles(full, after), [], 'the preview wrote what a full build writes');
    return [after, full] as const;
  };
  return { input, dir, preview, edit, compare };
}

test('an edited issue file is re-parsed and its pages re-rendered, exactly as a full build would', async () => {
  const { dir, edit, compare } = await previewOf(true);
  const before = files(join(dir, 'preview'));
  const update = await edit('issue-2024-04-01.txt', '加快打造城市更新渝中样板', '加快打造城市更新渝中样板区');
  assert.deepEqual(update.issues, ['2024-04-01']);
  // A full build of the edited files is the reference.
  const [after] = await compare();
  assert.equal(headlineOf(after.get('2024/04/01/1/1/index.html')!.toString()), '加快打造城市更新渝中样板区');
  // Other issues' article pages changed only where they list the edited story as related.
  for (const [k, v] of before) {
    if (!k.startsWith('2023/') || !/\/\d+\/\d+\/index.html$/u.test(k) || after.get(k)!.equals(v)) continue;
    assert.ok(after.get(k)!.toString().includes('href="/2024/04/01/'), `${k} changed without showing the edited issue`);
  }
});

test('a file moved to another date leaves its old issue and joins the new one', async () => {
  const { preview, edit, compare } = await previewOf(false);
  const update = await edit('003_7c4244c4467b0885.meta', 'date: 2023-11-10', 'date: 2023-11-13');
  assert.deepEqual(update.issues, ['2023-11-13']);
  assert.ok(preview.issues.some((i) => i.issue.id === '2023-11-13') && !preview.issues.some((i) => i.issue.id === '2023-11-10'));
  await compare();
});

test('a corrected byline moves the article to the right reporter, and a name no longer used leaves', async () => {
  const { dir, edit, compare } = await previewOf(false);
  // 徐潇 signs one article, in this seed only.
  assert.ok(files(join(dir, 'preview')).has('reporters/徐潇/index.html'));
  await edit('004_1a975a26e425ac8f.txt', '徐潇', '徐萧');
  const [after] = await compare();
  assert.ok(after.has('reporters/徐萧/index.html') && !after.has('reporters/徐潇/index.html'));
});

test('a byline that lost a character is noted in the report, and the note goes when it is corrected', async () => {
  const { dir, preview, edit, compare } = await previewOf(false);
  // 004 prints 记者袁侨 once; the other seeds 袁侨偲 three times.
  const notes = () => preview.report.files.flatMap((f) => f.messages).filter((m) => m.code === 'reporter-name-variant');
  assert.deepEqual(notes().map((m) => `${m.file.replace(/^.*\//u, '')}:${m.line}`), ['004_1a975a26e425ac8f.txt:71']);
  assert.ok(readFileSync(join(dir, 'preview', 'report/index.html'), 'utf8').includes('reporter-name-variant'));
  await edit('004_1a975a26e425ac8f.txt', '记者袁侨)', '记者袁侨偲)');
  assert.deepEqual(notes(), []);
  const [after] = await compare();
  assert.ok(!after.get('report/index.html')!.toString().includes('reporter-name-variant'));
  assert.ok(!after.has('reporters/袁侨/index.html') && after.has('reporters/袁侨偲/index.html'));
});

test('the preview knows every template', () => {
  const names = readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.11ty.ts')).map((f) => f.replace(/\.11ty\.ts$/u, ''));
  assert.deepEqual([...TEMPLATES].sort(), names.sort());
});
