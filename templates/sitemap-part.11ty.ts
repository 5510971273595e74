/** One file of the sitemap (/sitemaps/2024.xml): the pages of a year, or of no year (see src/site/sitemap.ts). */
import { html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';
import type { SitemapFile } from '../src/site/sitemap.ts';

export const data = {
  pagination: { data: 'site.model.sitemaps', size: 1, alias: 'file' },
  permalink: (d: { file: SitemapFile }) => d.file.url,
  eleventyExcludeFromCollections: true,
};

export function render({ site, file }: TemplateData & { file: SitemapFile }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${file.entries.map((e) => html`<url><loc>${absoluteUrl(e.path, site)}</loc>${e.lastmod ? html`<lastmod>${e.lastmod}</lastmod>` : ''}</url>\n`)}</urlset>`}\n`;
}
