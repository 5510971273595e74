/**
 * Running Eleventy over the templates with the site's data as the global `site`. The build
 * runs it over the whole template folder; a render worker runs it over the article template
 * alone, for its share of the article pages (see render-worker.ts).
 */
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { wireTemplates, type EleventyConfig } from '../../.eleventy.ts';
import type { SiteData } from '../site/layout.ts';
import type { ArticleView } from '../site/model.ts';

export interface EleventyRun {
  /** Project root, which holds `templates/` and `.eleventy.ts`. */
  root: string;
  output: string;
  pathPrefix: string;
  /** The templates' global `site`: all of it for the whole run; for a worker, what article pages use. */
  site: SiteData & { articlePages: readonly ArticleView[] };
  /** Only the article template, without the static assets (they are copied once, by the whole run). */
  articlesOnly?: boolean;
}

/** Writes the pages; returns the static files Eleventy copied (output paths). */
export async function runEleventy({ root, output, pathPrefix, site, articlesOnly = false }: EleventyRun): Promise<string[]> {
  const eleventy = new Eleventy(articlesOnly ? join(root, 'templates', 'article.11ty.ts') : join(root, 'templates'), output, {
    // `false`: no config file; the article template's wiring is given here instead.
    configPath: articlesOnly ? false : join(root, '.eleventy.ts'),
    pathPrefix,
    quietMode: true,
    config(cfg: EleventyConfig & { addGlobalData(name: string, value: unknown): void }) {
      if (articlesOnly) wireTemplates(cfg);
      cfg.addGlobalData('site', site);
    },
  });
  // Eleventy returns what it copied and what it wrote; copies keep their sources' file times.
  const [copies] = (await eleventy.write()) as unknown as [{ map?: Record<string, string> }[]];
  return copies.flatMap((c) => Object.values(c.map ?? {}));
}
