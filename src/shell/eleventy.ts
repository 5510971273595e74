/**
 * Running Eleventy over the templates with the site's data as the global `site`. Article
 * pages it writes are those in `site.articlePages`: every one, or those a render worker does
 * not write (see renderStage in build.ts).
 */
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteData } from '../site/layout.ts';
import type { ArticleView } from '../site/model.ts';

export interface EleventyRun {
  /** Project root, which holds `templates/` and `.eleventy.ts`. */
  root: string;
  output: string;
  /** The templates' global `site` (its `pathPrefix` is Eleventy's too): all of it for Eleventy's run; for a render worker, what article pages use. */
  site: SiteData & { articlePages: readonly ArticleView[] };
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
