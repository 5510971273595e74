/**
 * Running Eleventy over the templates with the site's data as the global `site`. The article
 * and 版 pages it writes are those in `site.articlePages` and `site.pagePages`: every one, or
 * none when the build writes them itself (a large archive: see renderStage in build.ts).
 */
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteData } from '../site/layout.ts';
import type { ArticleView, PageView } from '../site/model.ts';

/** What the article and page templates paginate over: the pages Eleventy is to write of each. */
export interface EleventyPages {
  articlePages: readonly ArticleView[];
  /** 版 pages: one per printed page of an issue. */
  pagePages: readonly PageView[];
}

export interface EleventyRun {
  /** Project root, which holds `templates/` and `.eleventy.ts`. */
  root: string;
  output: string;
  /** The templates' global `site` (its `pathPrefix` is Eleventy's too). */
  site: SiteData & EleventyPages;
}

/** Writes the pages; returns the static files Eleventy copied (output paths). */
export async function runEleventy({ root, output, site }: EleventyRun): Promise<string[]> {
  const eleventy = new Eleventy(join(root, 'templates'), output, {
    configPath: join(root, '.eleventy.ts'),
    pathPrefix: site.pathPrefix,
    quietMode: true,
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData('site', site);
    },
  });
  // Eleventy returns what it copied and what it wrote; copies keep their sources' file times.
  const [copies] = (await eleventy.write()) as unknown as [{ map?: Record<string, string> }[]];
  return copies.flatMap((c) => Object.values(c.map ?? {}));
}
