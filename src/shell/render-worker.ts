/**
 * A render worker thread: Eleventy writes its share of the article pages, from the same
 * template as the build's own Eleventy (see renderStage in build.ts), and posts how many.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runEleventy, type EleventyRun } from './eleventy.ts';

const run = workerData as EleventyRun;
await runEleventy({ ...run, articlesOnly: true });
parentPort!.postMessage(run.site.articlePages.length);
