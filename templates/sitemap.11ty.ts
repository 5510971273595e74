/** sitemap.xml: the sitemap index, naming the sitemap's files (see src/site/sitemap.ts). */
import { sitemapXml } from '../src/site/sitemap.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ site }: TemplateData): string {
  return sitemapXml('index', site.model.sitemaps.map((f) => ({ path: f.url, lastmod: f.lastmod })), site);
}
