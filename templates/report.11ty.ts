/**
 * 编辑报告: the build report for editors. Every input file, where its text went and what the
 * build said about it, errors first in the summary. Search engines are told not to index it.
 */
import { layout } from '../src/site/layout.ts';
import { html, type SafeHtml } from '../src/site/html.ts';
import { chineseDate, prefixUrl } from '../src/site/format.ts';
import type { TemplateData } from '../src/site/parts.ts';
import { filesNeedingWork, type FileReport } from '../src/site/report.ts';
import type { Severity } from '../src/core/index.ts';

export const data = { permalink: '/report/index.html' };

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '说明' };

/** A stable fragment id for a file name (names may hold any character). */
function anchor(file: string): string {
  return `file-${[...file].map((c) => (/[A-Za-z0-9_-]/u.test(c) ? c : `.${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

function counts(f: FileReport): SafeHtml {
  return html`${(['error', 'warning', 'info'] as const).map((s) => (f.counts[s] ? html`<span class="sev sev-${s}">${f.counts[s]} ${LABEL[s]}</span> ` : ''))}`;
}

export function render({ site }: TemplateData): string {
  const u = (p: string) => prefixUrl(p, site.pathPrefix);
  const r = site.report;
  const needing = filesNeedingWork(r);
  const withMessages = r.files.filter((f) => f.messages.length > 0);
  const placement = (f: FileReport) =>
    f.pages.length
      ? html`${f.pages.map((p, i) => html`${i ? '、' : ''}<a href="${u(p.url)}">${chineseDate(p.issueId, false)} 第${p.number}版</a>（${p.articles}篇）`)}`
      : html`<strong>未收入档案</strong>`;
  const body = html`<h1>编辑报告</h1>
<p>本次生成读取 ${r.files.length} 个版面文件：${r.counts.error} 个错误，${r.counts.warning} 个警告，${r.counts.info} 个说明。错误须在发布前改正（<code>npm run build -- --strict</code> 遇错误即失败）；警告是解析器不得不猜测之处，请核对；说明仅供参考。用 <code>npm run inspect -- 文件名</code> 可查看单个文件的解析结果。</p>
${needing.length
    ? html`<h2>需要处理的文件</h2>
<ul class="report-files">${needing.map((f) => html`<li><a href="#${anchor(f.file)}"><code>${f.file}</code></a> ${counts(f)}— ${placement(f)}</li>`)}</ul>`
    : html`<p>没有错误，所有文件都已收入档案。</p>`}
<h2>全部文件</h2>
<table class="report-table">
<thead><tr><th scope="col">文件</th><th scope="col">收入</th><th scope="col">提示</th></tr></thead>
<tbody>${r.files.map((f) => html`<tr><td>${f.messages.length ? html`<a href="#${anchor(f.file)}"><code>${f.file}</code></a>` : html`<code>${f.file}</code>`}</td><td>${placement(f)}</td><td>${f.messages.length ? counts(f) : '无'}</td></tr>`)}</tbody>
</table>
${withMessages.map(
    (f) => html`<section class="report-file" id="${anchor(f.file)}" aria-labelledby="${anchor(f.file)}-h">
<h2 id="${anchor(f.file)}-h"><code>${f.file}</code></h2>
<p>${placement(f)}</p>
<ol class="report-messages">${f.messages.map(
      (m) => html`<li data-severity="${m.severity}"><span class="sev sev-${m.severity}">${LABEL[m.severity]}</span> <code>${m.file}${m.line ? `:${m.line}` : ''}</code> <code class="code">${m.code}</code> ${m.zh}<span class="message-en" lang="en">${m.text}</span></li>`,
    )}</ol>
</section>`,
  )}`;
  return layout({ site, path: '/report/', title: `编辑报告 · ${site.model.paper}`, crumbs: [{ label: '编辑报告' }], body, noindex: true });
}
