/** sitemap.xml: the sitemap index, naming the sitemap's files (see src/site/sitemap.ts). */
import { html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ site }: TemplateData): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${html`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${site.model.sitemaps.map((f) => html`<sitemap><loc>${absoluteUrl(f.url, site)}</loc>${f.lastmod ? html`<lastmod>${f.lastmod}</lastmod>` : ''}</sitemap>\n`)}</sitemapindex>`}\n`;
}
