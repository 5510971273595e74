/**
 * A render worker thread: writes article pages straight from the article template, taken from
 * the queue it shares with the build's thread (see article-pages.ts) while the build's Eleventy
 * writes every other page, and posts how many it wrote. It is started before the build's
 * thread has the pages' data (it loads the templates meanwhile), which arrives as its one message.
 */
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { writeArticlePages, type ArticlePagesRun } from './article-pages.ts';

const [run] = (await once(parentPort!, 'message')) as [ArticlePagesRun];
parentPort!.postMessage(writeArticlePages(run));
