/**
 * The editor's preview: an edit re-renders the pages of its issue (and no others), and what
 * it writes is byte-identical to what a full Eleventy build writes for the same files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Preview } from '../../src/shell/preview.ts';
import { buildSite } from '../../src/shell/build.ts';
import { ROOT, SEEDS } from '../helpers.ts';

/** Every file of a built site, the search index of each year included. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString(relative(dir, p).startsWith('pagefind/') ? 'base64' : 'utf8'));
    }
  };
  walk(dir);
  return out;
}

test('an edited issue file is re-parsed and its pages re-rendered, exactly as a full build would', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-preview-'));
  const input = join(dir, 'seeds');
  mkdirSync(input);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
  const edited = join(input, 'issue-2024-04-01.txt');
  copyFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt'), edited);
  const preview = new Preview({ input, output: join(dir, 'preview'), root: ROOT });
  await preview.build();
  const before = files(join(dir, 'preview'));

  writeFileSync(edited, readFileSync(edited, 'utf8').replace('加快打造城市更新渝中样板', '加快打造城市更新渝中样板区'));
  const update = await preview.update(edited);
  await preview.searchIndex;
  assert.deepEqual(update.issues, ['2024-04-01']);
  const after = files(join(dir, 'preview'));
  assert.match(after.get('2024/04/01/1/1/index.html')!, /<h1>加快打造城市更新渝中样板区<\/h1>/u);

  // A full build of the edited files is the reference.
  await buildSite({ input, output: join(dir, 'full'), root: ROOT });
  const full = files(join(dir, 'full'));
  assert.deepEqual([...after.keys()].sort(), [...full.keys()].sort());
  const differing = [...full].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
  assert.deepEqual(differing, [], 'the preview wrote what a full build writes');
  // Other issues' article pages changed only where they list the edited story as related.
  for (const [k, v] of before) {
    if (!k.startsWith('2023/') || !/\/\d+\/\d+\/index.html$/u.test(k) || after.get(k) === v) continue;
    assert.ok(after.get(k)!.includes('href="/2024/04/01/'), `${k} changed without showing the edited issue`);
  }
});

test('a file moved to another date leaves its old issue and joins the new one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-preview-move-'));
  const input = join(dir, 'seeds');
  mkdirSync(input);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
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
  assert.deepEqual([...full].filter(([k, v]) => after.get(k) !== v).map(([k]) => k), []);
});
