/**
 * The build report (编辑报告): every input file with what the build said about it, for the
 * editors' page and the console summary. Pure: messages and issues in, a view out.
 */
import type { Message, ParsedIssue, Severity } from '../core/index.ts';
import { pageUrl } from './model.ts';

export type Counts = Record<Severity, number>;

export interface FileReport {
  /** The issue file, as the editor named it. */
  file: string;
  /** Where its text went: the pages it fills, or none when it was left out. */
  pages: { issueId: string; number: number; url: string; articles: number }[];
  counts: Counts;
  /** Its messages (its sidecar `.meta` file's included), by line. */
  messages: Message[];
}

export interface BuildReport {
  files: FileReport[];
  counts: Counts;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function zero(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

/** The issue file a message is about: a sidecar `x.meta` belongs to `x.txt`. */
function ownerOf(file: string, known: ReadonlySet<string>): string {
  const txt = file.replace(/\.meta$/u, '.txt');
  return known.has(txt) ? txt : file;
}

/**
 * One entry per input file (in name order) plus any file a message names that is not an
 * input, so no message is ever left out of the report.
 */
export function buildReport(files: readonly string[], messages: readonly Message[], issues: readonly ParsedIssue[]): BuildReport {
  const known = new Set(files);
  const entries = new Map<string, FileReport>();
  const entry = (file: string) => {
    let e = entries.get(file);
    if (!e) entries.set(file, (e = { file, pages: [], counts: zero(), messages: [] }));
    return e;
  };
  for (const f of [...files].sort()) entry(f);
  for (const issue of issues) {
    for (const p of issue.pages) entry(p.source).pages.push({ issueId: issue.issue.id, number: p.number, url: pageUrl(issue.issue.id, p.number), articles: p.articles.length });
  }
  const counts = zero();
  for (const m of messages) {
    const e = entry(ownerOf(m.file, known));
    e.messages.push(m);
    e.counts[m.severity]++;
    counts[m.severity]++;
  }
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  for (const e of entries.values()) e.messages.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || rank(a.severity) - rank(b.severity));
  return { files: [...entries.values()].sort((a, b) => a.file.localeCompare(b.file)), counts };
}

/** Files that need the editor: any error, or left out of every issue. */
export function filesNeedingWork(report: BuildReport): FileReport[] {
  return report.files.filter((f) => f.counts.error > 0 || f.pages.length === 0);
}
