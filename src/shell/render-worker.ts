/**
 * A render worker thread: Eleventy writes its share of the article pages, from the same
 * template as the build's own Eleventy (see renderStage in build.ts), and posts how many.
 * It is started before the build's thread has the pages' data (Eleventy loads meanwhile),
 * which arrives as its one message.
 */
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { runEleventy, type EleventyRun } from './eleventy.ts';

const [run] = (await once(parentPort!, 'message')) as [EleventyRun];
await runEleventy({ ...run, articlesOnly: true });
parentPort!.postMessage(run.site.articlePages.length);
