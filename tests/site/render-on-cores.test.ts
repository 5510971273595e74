/** A large archive's article pages are written by a worker straight from the article template, beside the build's Eleventy: the site is the site one Eleventy writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseStage, renderStage } from '../../src/shell/build.ts';
import { startWorker } from '../../src/shell/ts-worker.ts';
import { ROOT } from '../helpers.ts';
import { copySeeds, differingFiles, siteFiles } from './site-fixture.ts';

test('article pages written by a worker thread from the template, beside the build, are the pages one Eleventy writes', async () => {
  const input = copySeeds(true);
  const { archive, report } = await parseStage({ input, output: 'unused', root: ROOT });
  const render = (cores: number) => renderStage(archive.issues, report, { input, output: mkdtempSync(join(tmpdir(), `baoku-render-${cores}-`)), root: ROOT }, undefined, { cores, minArticles: 0 });
  const one = await render(1);
  const two = await render(2);
  assert.equal(one.byWorker, 0);
  assert.ok(two.byWorker > 0 && two.byWorker < one.site.model.articles.length, 'the worker wrote a share of the article pages, not all');
  const [a, b] = [siteFiles(one.output), siteFiles(two.output)];
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  assert.deepEqual(differingFiles(a, b), []);
  const copies = (r: typeof one) => r.copied.map((p) => relative(r.output, p));
  assert.deepEqual(copies(two), copies(one), 'the static assets are copied once, by the build');
});

test('a render worker started before its share exists stops unheard when the build fails first, rather than keeping the build alive', async () => {
  const worker = startWorker<number>(new URL('../../src/shell/render-worker.ts', import.meta.url), 'a render worker');
  worker.stop();
  await assert.rejects(worker.result, /a render worker stopped/u);
});
