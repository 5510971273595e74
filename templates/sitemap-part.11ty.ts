/** One file of the sitemap (/sitemaps/2024.xml): the pages of a year, or of no year (see src/site/sitemap.ts). */
import { sitemapXml, type SitemapFile } from '../src/site/sitemap.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = {
  pagination: { data: 'site.model.sitemaps', size: 1, alias: 'file' },
  permalink: (d: { file: SitemapFile }) => d.file.url,
  eleventyExcludeFromCollections: true,
};

export function render({ site, file }: TemplateData & { file: SitemapFile }): string {
  return sitemapXml('file', file.entries, site);
}
