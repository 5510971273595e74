/**
 * Article and 版 pages written straight from their templates, as the preview writes the pages
 * of an edit: a template is a plain function of its data, and Eleventy adds a page's worth
 * of its own work to each of them (a paginated template's clone, its data behind a proxy, its
 * output paths checked) that costs more than the page itself. Measured on 7,203 article pages
 * written to memory (tmpfs), the same bytes: 0.6-1.0 s this way, 1.7-2.0 s through Eleventy;
 * the 8,000 版 pages of 2,000 issues, 0.8-1.1 s this way, while Eleventy took 4.3-4.9 s with
 * them and 1.4-1.6 s without.
 *
 * A large archive's 版 pages are written by the build's thread after its Eleventy; its article
 * pages are a queue shared by a render worker and the build's thread (see renderStage): the
 * worker makes their folders and starts on them at once, the build's thread joins in when it
 * has written every other page, and both take batches until none is left.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as article from '../../templates/article.11ty.ts';
import * as page from '../../templates/page.11ty.ts';
import type { ParsedIssue } from '../core/index.ts';
import type { TemplateData } from '../site/parts.ts';
import type { SiteData } from '../site/layout.ts';
import type { EleventyPages } from './eleventy.ts';

export interface ArticlePagesRun {
  output: string;
  /** What an article page reads of the templates' global `site`, with the queue's article pages. */
  site: SiteData & Pick<EleventyPages, 'articlePages'>;
  /** How many of `site.articlePages` have been taken, by every thread (on a SharedArrayBuffer). */
  taken: Int32Array;
}

/**
 * Pages a thread takes from the queue at a time: a few milliseconds' work, so the thread
 * that finds it empty waits on the other's last batch only that long.
 */
const PAGE_BATCH = 32;

/** A site's article pages as a queue, none taken yet, with only what an article page reads of the site (it is copied to a worker). */
export function articlePageQueue(output: string, site: SiteData & Pick<EleventyPages, 'articlePages'>): ArticlePagesRun {
  const { paper, pathPrefix, siteUrl, headlines, articlePages } = site;
  return { output, site: { paper, pathPrefix, siteUrl, ...(headlines ? { headlines } : {}), articlePages }, taken: new Int32Array(new SharedArrayBuffer(4)) };
}

/**
 * The folders the archive's article pages go in (the article template's permalink: each page
 * is its folder's index.html), in the archive's order. Making a folder costs the disk as much
 * as writing the page in it (measured: 48,000 of each, 1.5 and 1.6 s in one hour, 8.7 and 8.5 s
 * in another), so the render worker makes them while this thread builds the pages' data, which
 * it would otherwise wait for; writePage then finds each page's folder made and makes none.
 */
export function articleFolders(output: string, issues: readonly ParsedIssue[]): string[] {
  const folders: string[] = [];
  for (const { pages } of issues) for (const { articles } of pages) for (const a of articles) folders.push(dirname(join(output, article.data.permalink({ av: { article: a } }))));
  return folders;
}

/** Makes the folders (see articleFolders). */
export function makeFolders(folders: readonly string[]): void {
  for (const folder of folders) mkdirSync(folder, { recursive: true });
}

/** Writes article pages taken from the queue where Eleventy would (the template's permalink) until none is left; returns how many this thread wrote. */
export function writeArticlePages({ output, site, taken }: ArticlePagesRun): number {
  const pages = site.articlePages;
  let written = 0;
  for (let start = Atomics.add(taken, 0, PAGE_BATCH); start < pages.length; start = Atomics.add(taken, 0, PAGE_BATCH)) {
    for (let i = start; i < Math.min(start + PAGE_BATCH, pages.length); i++) {
      const av = pages[i]!;
      writePage(output, article.data.permalink({ av }), article.render({ site, av }));
      written++;
    }
  }
  return written;
}

/** Writes the 版 pages where Eleventy would (the page template's permalink); returns how many. */
export function writePagePages(output: string, site: TemplateData['site'] & Pick<EleventyPages, 'pagePages'>): number {
  for (const pv of site.pagePages) writePage(output, page.data.permalink({ pv }), page.render({ site, pv }));
  return site.pagePages.length;
}

/**
 * Writes one page at its permalink under the output folder, making its folder if need be.
 * The file is written first and its folder made only when the write finds none: an article
 * page's folder is nearly always there already (made by the render worker beforehand, or by
 * the build before), and asking for it again before every page cost 0.3 s per 48,000 pages
 * even on tmpfs (a recursive mkdir of a folder that exists: 7 µs).
 */
export function writePage(output: string, permalink: string, html: string): void {
  const file = join(output, permalink);
  try {
    writeFileSync(file, html);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}
