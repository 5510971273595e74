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
import { copySeeds, differingFiles, siteFiles as files } from './site-fixture.ts';

test('an edited issue file is re-parsed and its pages re-rendered, exactly as a full build would', async () => {
  const input = copySeeds(true);
  const dir = join(input, '..');
  const edited = join(input, 'issue-2024-04-01.txt');
  const preview = new Preview({ input, output: join(dir, 'preview'), root: ROOT });
  await preview.build();
  const before = files(join(dir, 'preview'));

  writeFileSync(edited, readFileSync(edited, 'utf8').replace('加快打造城市更新渝中样板', '加快打造城市更新渝中样板区'));
  const update = await preview.update(edited);
  await preview.searchIndex;
  assert.deepEqual(update.issues, ['2024-04-01']);
  const after = files(join(dir, 'preview'));
  assert.match(after.get('2024/04/01/1/1/index.html')!.toString(), /<h1>加快打造城市更新渝中样板区<\/h1>/u);

  // A full build of the edited files is the reference.
  await buildSite({ input, output: join(dir, 'full'), root: ROOT });
  const full = files(join(dir, 'full'));
  assert.deepEqual([...after.keys()].sort(), [...full.keys()].sort());
  assert.deepEqual(differingFiles(full, after), [], 'the preview wrote what a full build writes');
  // Other issues' article pages changed only where they list the edited story as related.
  for (const [k, v] of before) {
    if (!k.startsWith('2023/') || !/\/\d+\/\d+\/index.html$/u.test(k) || after.get(k)!.equals(v)) continue;
    assert.ok(after.get(k)!.toString().includes('href="/2024/04/01/'), `${k} changed without showing the edited issue`);
  }
});

test('a file moved to another date leaves its old issue and joins the new one', async () => {
  const input = copySeeds(false);
  const dir = join(input, '..');
  const preview = new Preview({ input, output: join(dir, 'preview'), root: ROOT });
  await preview.build();
  const meta = join(input, '003_7c4244c4467b0885.meta');
  writeFileSync(meta, readFileSync(meta, 'utf8').replace('date: 2023-11-10', 'date: 2023-11-13'));
  const update = await preview.update(meta);
  await preview.searchIndex;
  assert.deepEqual(update.issues, ['2023-11-13']);
  assert.ok(preview.issues.some((i) => i.issue.id === '2023-11-13') && !preview.issues.some((i) => i.issue.id === '2023-11-10'));
  await buildSite({ input, output: join(dir, 'full'), root: ROOT });
  const [after, full] = [files(join(dir, 'preview')), files(join(dir, 'full'))];
  assert.deepEqual([...after.keys()].sort(), [...full.keys()].sort());
  assert.deepEqual(differingFiles(full, after), []);
});

test('a corrected byline moves the article to the right reporter, and a name no longer used leaves', async () => {
  const input = copySeeds(false);
  const dir = join(input, '..');
  // 徐潇 signs one article, in this seed only.
  const edited = join(input, '004_1a975a26e425ac8f.txt');
  const preview = new Preview({ input, output: join(dir, 'preview'), root: ROOT });
  await preview.build();
  assert.ok(files(join(dir, 'preview')).has('reporters/徐潇/index.html'));
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('徐潇', '徐萧'));
  await preview.update(edited);
  await preview.searchIndex;
  await buildSite({ input, output: join(dir, 'full'), root: ROOT });
  const [after, full] = [files(join(dir, 'preview')), files(join(dir, 'full'))];
  assert.ok(after.has('reporters/徐萧/index.html') && !after.has('reporters/徐潇/index.html'));
  assert.deepEqual([...after.keys()].sort(), [...full.keys()].sort());
  assert.deepEqual(differingFiles(full, after), []);
});

test('the preview knows every template', () => {
  const names = readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.11ty.ts')).map((f) => f.replace(/\.11ty\.ts$/u, ''));
  assert.deepEqual([...TEMPLATES].sort(), names.sort());
});
