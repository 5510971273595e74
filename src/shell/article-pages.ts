/**
 * Article pages written straight from the article template, as the preview writes the pages
 * of an edit: the template is a plain function of its data, and Eleventy adds a page's worth
 * of its own work to each of them (a paginated template's clone, its data behind a proxy, its
 * output paths checked) that costs more than the page itself. Measured on 7,203 article pages
 * written to memory (tmpfs), the same bytes: 0.6-1.0 s this way, 1.7-2.0 s through Eleventy.
 * A render worker writes a large archive's article pages this way (see renderStage).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as article from '../../templates/article.11ty.ts';
import type { EleventyRun } from './eleventy.ts';

export interface ArticlePagesRun {
  output: string;
  /** What an article page reads of the templates' global `site`, with the articles to write. */
  site: EleventyRun['site'];
}

/** Writes each article page where Eleventy would (the template's permalink); returns how many. */
export function writeArticlePages({ output, site }: ArticlePagesRun): number {
  for (const av of site.articlePages) {
    const file = join(output, article.data.permalink({ av }));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, article.render({ site, av }));
  }
  return site.articlePages.length;
}
