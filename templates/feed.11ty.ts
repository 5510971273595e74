/** Atom feed of the latest issues: each entry an issue with its headlines. */
import { html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/format.ts';
import { articleName, issueTitle, type TemplateData } from '../src/site/parts.ts';

export const data = { permalink: '/feed.xml', eleventyExcludeFromCollections: true };

export function render({ site }: TemplateData): string {
  const m = site.model;
  const latest = m.issues.slice(0, 20);
  const updated = `${latest[0]?.issue.date ?? '1970-01-01'}T00:00:00+08:00`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${m.paper} 数字报档案</title>
<id>${absoluteUrl('/', site)}</id>
<link rel="alternate" href="${absoluteUrl('/', site)}"/>
<link rel="self" href="${absoluteUrl('/feed.xml', site)}"/>
<updated>${updated}</updated>
<author><name>${m.paper}</name></author>
${latest.map(
    (iv) => html`<entry>
<title>${m.paper} ${issueTitle(iv.issue)}</title>
<id>${absoluteUrl(iv.url, site)}</id>
<link rel="alternate" href="${absoluteUrl(iv.url, site)}"/>
<updated>${iv.issue.date}T00:00:00+08:00</updated>
<content type="html">${html`<ul>${iv.pages.flatMap((p) => p.articles.map((a) => html`<li>第${p.number}版 <a href="${absoluteUrl(a.url, site)}">${articleName(a)}</a></li>`))}</ul>`.value}</content>
</entry>
`,
  )}</feed>`}\n`;
}
