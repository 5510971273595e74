/** A large archive's article pages are written straight from the article template by a worker and the build's thread, beside the build's Eleventy: the site is the site one Eleventy writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseStage, renderStage } from '../../src/shell/build.ts';
import { startWorker } from '../../src/shell/ts-worker.ts';
import { articleFolders, articlePageQueue, writePage } from '../../src/shell/article-pages.ts';
import { ROOT } from '../helpers.ts';
import { copySeeds, differingFiles, siteFiles } from './site-fixture.ts';

test('article pages written from the template by a worker thread and the build, from a shared queue, and 版 pages written from the template by the build, are the pages one Eleventy writes', async () => {
  const input = copySeeds(true);
  const { archive, report } = await parseStage({ input, output: 'unused', root: ROOT });
  const render = (cores: number) => renderStage(archive.issues, report, { input, output: mkdtempSync(join(tmpdir(), `baoku-render-${cores}-`)), root: ROOT }, undefined, { cores, minArticles: 0 });
  const one = await render(1);
  const two = await render(2);
  assert.deepEqual([one.byWorker, one.byThisThread, one.pagePages], [0, 0, 0], 'one core: Eleventy wrote every page');
  assert.equal(two.pagePages, one.site.model.pages.length, 'two cores: the build wrote every 版 page');
  // How many each thread takes depends on timing (the worker starts on the queue at once, the
  // build's thread after its Eleventy); together they wrote each article page once.
  assert.equal(two.byWorker + two.byThisThread, one.site.model.articles.length);
  const [a, b] = [siteFiles(one.output), siteFiles(two.output)];
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  assert.deepEqual(differingFiles(a, b), []);
  const copies = (r: typeof one) => r.copied.map((p) => relative(r.output, p));
  assert.deepEqual(copies(two), copies(one), 'the static assets are copied once, by the build');
});

test('a render worker alone makes the article pages\' folders, then writes every article page of the queue in them, as Eleventy writes them', async () => {
  const input = copySeeds(true);
  const { archive, report } = await parseStage({ input, output: 'unused', root: ROOT });
  const eleventy = await renderStage(archive.issues, report, { input, output: mkdtempSync(join(tmpdir(), 'baoku-render-eleventy-')), root: ROOT }, undefined, { cores: 1 });
  const output = mkdtempSync(join(tmpdir(), 'baoku-render-worker-'));
  const worker = startWorker<number>(new URL('../../src/shell/render-worker.ts', import.meta.url), 'a render worker');
  const { site } = eleventy;
  const folders = articleFolders(output, archive.issues);
  worker.send(folders);
  worker.send(articlePageQueue(output, site));
  assert.equal(await worker.result, site.articlePages.length);
  const [mine, theirs] = [siteFiles(output), siteFiles(eleventy.output)];
  assert.equal(mine.size, site.articlePages.length);
  // The folders made first are the pages' folders: one page in each, none left empty.
  assert.deepEqual([...mine.keys()].map((path) => dirname(join(output, path))).sort(), [...folders].sort());
  assert.ok([...mine.keys()].every((path) => theirs.has(path)), 'every page where Eleventy writes it');
  assert.deepEqual(differingFiles(mine, theirs), []);
});

test('a render worker started before its data exists stops unheard when the build fails first, rather than keeping the build alive', async () => {
  const worker = startWorker<number>(new URL('../../src/shell/render-worker.ts', import.meta.url), 'a render worker');
  worker.stop();
  await assert.rejects(worker.result, /a render worker stopped/u);
});

test('writePage writes into a folder that is there, makes one that is not, and passes on any other fault', () => {
  const output = mkdtempSync(join(tmpdir(), 'baoku-write-page-'));
  writePage(output, '/2024/03/29/1/a/index.html', '<p>一</p>');
  assert.equal(readFileSync(join(output, '2024/03/29/1/a/index.html'), 'utf8'), '<p>一</p>');
  // Its folder is there now: written over in place.
  writePage(output, '/2024/03/29/1/a/index.html', '<p>二</p>');
  assert.equal(readFileSync(join(output, '2024/03/29/1/a/index.html'), 'utf8'), '<p>二</p>');
  // A folder where the page should be is not a missing folder: the fault is the caller's to see.
  mkdirSync(join(output, '2024/03/29/1/b/index.html'), { recursive: true });
  assert.throws(() => writePage(output, '/2024/03/29/1/b/index.html', '<p>三</p>'), { code: 'EISDIR' });
  // A file where a folder should be, likewise.
  writeFileSync(join(output, 'c'), '');
  assert.throws(() => writePage(output, '/c/index.html', '<p>四</p>'), { code: 'ENOTDIR' });
  rmSync(output, { recursive: true, force: true });
});
