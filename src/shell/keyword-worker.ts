/** A keyword worker thread: jieba's keywords for each text it is given, in order (see keywords.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { extractKeywords } from './keywords.ts';

export interface KeywordJob {
  texts: string[];
  count: number;
}

const { texts, count } = workerData as KeywordJob;
parentPort!.postMessage(texts.map((text) => extractKeywords(text, count)));
