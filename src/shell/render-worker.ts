/**
 * A render worker thread: Eleventy writes its share of the article pages, from the same
 * template as the build's own Eleventy (see renderStage in build.ts), and posts how many.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runEleventy, type EleventyRun } from './eleventy.ts';

await runEleventy({ ...(workerData as EleventyRun), articlesOnly: true });
parentPort!.postMessage((workerData as { site: { articlePages: unknown[] } }).site.articlePages.length);
