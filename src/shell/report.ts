/**
 * Plain-text reports for editors: what the parser made of a file, and its messages.
 */
import type { Message, ParsedIssue } from '../core/index.ts';
import { filesNeedingWork, type BuildReport } from '../site/report.ts';

const SEVERITY_MARK: Record<Message['severity'], string> = { error: 'ERROR', warning: 'WARN ', info: 'info ' };

export function formatMessage(m: Message): string {
  return `${SEVERITY_MARK[m.severity]} ${m.file}${m.line ? `:${m.line}` : ''} [${m.code}] ${m.text}`;
}

/** One issue file as an editor wants to see it: each article's headline block and facts. */
export function describeIssue(parsed: ParsedIssue, file: string): string {
  const out: string[] = [];
  const i = parsed.issue;
  out.push(`${i.paper} ${i.date} ${i.weekday}${i.lunarDate ? ` ${i.lunarDate}` : ''}${i.number ? ` 第${i.number}期` : ''}${i.totalNumber ? ` (总第${i.totalNumber}期)` : ''}  [date from ${i.dateSource}]`);
  for (const page of parsed.pages.filter((p) => p.source === file)) {
    out.push('', `第${page.number}版 (${page.layout} layout) — ${page.articles.length} articles, ${page.furniture.length} furniture`);
    for (const a of page.articles) {
      out.push('', `  ${a.id}  lines ${a.lines.from}-${a.lines.to}`);
      if (a.kicker) out.push(`    引题  ${a.kicker}`);
      out.push(`    主题  ${a.headline ?? '(no headline)'}`);
      for (const s of a.subtitles) out.push(`    副题  ${s}`);
      if (a.byline) out.push(`    署名  ${a.byline}${a.reporters.length ? `  → ${a.reporters.join('、')}` : ''}`);
      if (a.date) out.push(`    日期  ${a.date}`);
      const cont = a.continuation;
      if (cont) out.push(`    转版  ${cont.direction === 'to' ? '下转' : '上接'}${cont.page}版 → ${cont.articleId ?? '(page not in the archive)'}`);
      out.push(`    正文  ${a.paragraphs.length} paragraphs${a.crossheads.length ? `, crossheads: ${a.crossheads.map((c) => c.text).join(' / ')}` : ''}${a.captions.length ? `, captions: ${a.captions.length}` : ''}`);
    }
    for (const f of page.furniture) out.push(`  [${f.kind}] line ${f.line}: ${f.text.replace(/\n/gu, ' / ')}`);
  }
  const messages = parsed.messages.filter((m) => m.file === file || m.file.startsWith(file.replace(/\.txt$/u, '')));
  out.push('', messages.length ? `${messages.length} messages:` : 'No messages.');
  for (const m of messages) out.push(`  ${formatMessage(m)}`);
  return out.join('\n');
}

/**
 * The console's account of a build: each error and warning (notes too when `verbose`), file
 * by file, then one summary that names the files needing work and where the report page is.
 */
export function summarizeReport(report: BuildReport, options: { verbose: boolean; reportAt: string }): string[] {
  const out: string[] = [];
  for (const f of report.files) {
    for (const m of f.messages) if (options.verbose || m.severity !== 'info') out.push(formatMessage(m));
  }
  const placed = report.files.filter((f) => f.pages.length > 0);
  const issues = new Set(placed.flatMap((f) => f.pages.map((p) => p.issueId)));
  const left = report.files.filter((f) => f.pages.length === 0);
  const c = report.counts;
  const names = (files: { file: string }[]) => (files.length <= 5 ? files.map((f) => f.file).join(', ') : `${files.slice(0, 5).map((f) => f.file).join(', ')} and ${files.length - 5} more`);
  const needing = filesNeedingWork(report);
  out.push(
    `Read ${report.files.length} files: ${placed.length} in ${issues.size} issues${left.length ? `, ${left.length} left out (${names(left)})` : ''}.`,
    `${c.error} errors, ${c.warning} warnings, ${c.info} notes${options.verbose ? '' : ' (--verbose lists the notes)'}${needing.length ? `; files to fix: ${names(needing)}` : ''}.`,
    `Report for editors: ${options.reportAt}`,
  );
  return out;
}
