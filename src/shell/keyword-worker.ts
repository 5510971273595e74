/** A keyword worker thread: jieba's keywords for each text it is given, and where each headline may break, in order (see keywords.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { Keyword } from '../site/model.ts';
import type { HeadlineSetting } from '../site/headline-setting.ts';
import { extractKeywords, setHeadline } from './keywords.ts';

export interface KeywordJob {
  texts: string[];
  count: number;
  headlines: string[];
}

export interface KeywordResult {
  keywords: Keyword[][];
  headlineSettings: HeadlineSetting[];
}

const { texts, count, headlines } = workerData as KeywordJob;
parentPort!.postMessage({ keywords: texts.map((text) => extractKeywords(text, count)), headlineSettings: headlines.map(setHeadline) } satisfies KeywordResult);
