/**
 * A render worker thread: writes article pages straight from the article template, taken from
 * the queue it shares with the build's thread (see article-pages.ts) while the build's Eleventy
 * writes every other page, and posts how many it wrote. It is started before the build's
 * thread has the pages' data: it loads the templates and makes the pages' folders meanwhile
 * (the first message it receives), then the data arrives as its second message.
 */
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { makeFolders, writeArticlePages, type ArticlePagesRun } from './article-pages.ts';

// First the pages' folders, made while the build's thread builds the pages' data; then that data.
const [folders] = (await once(parentPort!, 'message')) as [string[]];
makeFolders(folders);
const [run] = (await once(parentPort!, 'message')) as [ArticlePagesRun];
parentPort!.postMessage(writeArticlePages(run));
