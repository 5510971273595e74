/**
 * Exact, repeatable output: two builds of the same input are byte-identical, and adding one
 * issue changes only the pages that show it (its own, its neighbours', articles that now list
 * it as related, the calendar, home, feeds, lists and the search index of its year), never an
 * unrelated article page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/shell/build.ts';
import { ROOT } from '../helpers.ts';
import { copySeeds, differingFiles, siteFiles as files } from './site-fixture.ts';

test('two builds of the same input write byte-identical sites', async () => {
  const input = copySeeds(true);
  const a = await buildSite({ input, output: join(input, '..', 'a'), root: ROOT });
  const b = await buildSite({ input, output: join(input, '..', 'b'), root: ROOT });
  const [fa, fb] = [files(a.output), files(b.output)];
  assert.deepEqual([...fa.keys()].sort(), [...fb.keys()].sort());
  assert.deepEqual(differingFiles(fa, fb), []);
  assert.ok([...fa.keys()].some((p) => p.startsWith('pagefind/2024/index/')), 'the search index is part of the comparison');
});

test('adding one issue leaves every unrelated article page byte-identical', async () => {
  const before = await buildSite({ input: copySeeds(false), output: mkdtempSync(join(tmpdir(), 'baoku-before-')), root: ROOT });
  const after = await buildSite({ input: copySeeds(true), output: mkdtempSync(join(tmpdir(), 'baoku-after-')), root: ROOT });
  const [fa, fb] = [files(before.output), files(after.output)];
  const added = after.issues.find((i) => !before.issues.some((j) => j.issue.id === i.issue.id))!;
  assert.ok(added, 'the fixture adds an issue');
  const sorted = after.issues.map((i) => i.issue.id).sort();
  const at = sorted.indexOf(added.issue.id);
  const neighbours = new Set([sorted[at - 1], sorted[at + 1]].filter(Boolean));
  const changed = differingFiles(fb, fa);
  // An article page that changed must show the new issue: be a neighbour's (上一期/下一期
  // links) or now list one of its articles among its related articles.
  const articlePage = /^(\d{4})\/(\d{2})\/(\d{2})\/\d+\/\d+\/index\.html$/u;
  const newUrl = `href="/${added.issue.date.replaceAll('-', '/')}/`;
  const unrelated = changed.filter((p) => {
    const m = articlePage.exec(p);
    return m && !neighbours.has(`${m[1]}-${m[2]}-${m[3]}`) && !fb.get(p)!.toString('utf8').includes(newUrl);
  });
  assert.deepEqual(unrelated, []);
  // Years the new issue is not in keep their search index as it was.
  const otherYears = [...fa.keys()].filter((p) => p.startsWith('pagefind/') && !p.startsWith(`pagefind/${added.issue.date.slice(0, 4)}/`));
  assert.ok(otherYears.length > 0);
  assert.deepEqual(otherYears.filter((p) => !fb.get(p)?.equals(fa.get(p)!)), []);
  // And the pages of the new issue are there.
  assert.ok(fb.has(`${added.issue.date.replaceAll('-', '/')}/index.html`));
});
