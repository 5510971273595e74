/**
 * The editor's preview: after one issue file changes, re-parse only that file (every other
 * file's parse is kept, keyed by its content hash), re-assemble the issues, and re-render only
 * the pages that show the changed issue: its issue, page and article pages, its neighbours'
 * pages (their previous/next links), the calendar, home, reporters, feed, sitemap and API.
 *
 * Eleventy's own `--incremental` re-renders every page when global data changes, which on a
 * full archive is every page; the templates here are plain functions of their data, so the
 * preview calls them directly for just the pages concerned, with the same data Eleventy gives.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { assembleIssues, YUZHONG_DAILY, type Message, type ParsedFile, type ParsedIssue } from '../core/index.ts';
import { dateOfFile, unplacedMessages } from '../core/issue.ts';
import { isoMonth, toIso } from '../core/dates.ts';
import { issueUrl, reporterUrl, type SiteModel } from '../site/model.ts';
import { articleName } from '../site/format.ts';
import { listIssueFiles, readIssueFile } from './read-archive.ts';
import { allMessages, siteData, writeApi, writeSite, type BuildOptions } from './build.ts';
import { buildReport, type BuildReport } from '../site/report.ts';
import { loadJieba, type KeywordCache } from './keywords.ts';
import { rewriteYears } from './search-index.ts';
import { writePage } from './article-pages.ts';

type SiteData = ReturnType<typeof siteData>;

/** How long after an edit's pages are written its year's search index is rewritten. */
const SEARCH_INDEX_DELAY_MS = 300;

/** What a template module exports (see templates/*.11ty.ts). */
interface TemplateModule {
  data: { permalink: string | ((d: Record<string, unknown>) => string); pagination?: { data: string; alias: string } };
  render(data: Record<string, unknown>): string;
}

/** Every template (a test checks the list against templates/): those without pagination are rendered after every edit. */
export const TEMPLATES = ['index', 'archive', 'year', 'month', 'issue', 'page', 'article', 'reporters', 'reporter', 'reporter-year', 'search', '404', 'sitemap', 'sitemap-part', 'feed', 'report'] as const;

export interface PreviewUpdate {
  file: string;
  milliseconds: number;
  written: number;
  issues: string[];
}

/** Each article's related list as its page shows it: every field a teaser prints (see `teaser` in parts.ts). */
function relatedSignature(model: SiteModel): Map<string, string> {
  const teaser = (a: SiteModel['articles'][number]['article']) => [a.id, a.kicker, articleName(a), a.subtitles.join('/'), a.byline, a.continuedFrom, a.continuedTo].join('\u0001');
  return new Map(model.articles.map((a) => [a.article.id, a.related.map((r) => teaser(r.article)).join('\u0002')]));
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class Preview {
  readonly #options: BuildOptions;
  readonly #root: string;
  readonly #input: string;
  readonly #output: string;
  readonly #parsed = new Map<string, { hash: string; stamp: string; file: ParsedFile }>();
  readonly #keywords: KeywordCache = new Map();
  #issues: ParsedIssue[] = [];
  /** Each article's related articles as last rendered: an edit can change them anywhere. */
  #related = new Map<string, string>();
  #templates: Map<string, TemplateModule> | null = null;
  /** Settles when the search index reflects the last edit. */
  searchIndex: Promise<void> = Promise.resolve();

  constructor(options: BuildOptions) {
    this.#options = options;
    this.#root = options.root ?? process.cwd();
    this.#input = resolve(this.#root, options.input);
    this.#output = resolve(this.#root, options.output);
  }

  get issues(): ParsedIssue[] {
    return this.#issues;
  }

  /** Every file with its messages, exactly as a full build reports them. */
  get report(): BuildReport {
    const profile = this.#options.profile ?? YUZHONG_DAILY;
    const files = [...this.#parsed.values()].map((p) => p.file);
    const loose = unplacedMessages(files, this.#issues, (f) => {
      const messages: Message[] = [];
      dateOfFile(f, profile, messages);
      return messages;
    });
    return buildReport(files.map((f) => f.file), allMessages(this.#issues, loose), this.#issues);
  }

  #hashFile(path: string): string {
    const meta = path.replace(/\.txt$/u, '.meta');
    return hashOf(Buffer.concat([readFileSync(path), existsSync(meta) ? readFileSync(meta) : Buffer.alloc(0)]));
  }

  /** Size and modification time of a file and its sidecar: unchanged means not even read. */
  #stampFile(path: string): string {
    const meta = path.replace(/\.txt$/u, '.meta');
    const stat = (p: string) => (existsSync(p) ? `${statSync(p).size}:${statSync(p).mtimeMs}` : '-');
    return `${stat(path)}|${stat(meta)}`;
  }

  /** Parse every file whose content changed since last time; forget removed files. */
  #parseChanged(): void {
    const changed = new Set<string>();
    const seen = new Set<string>();
    for (const path of listIssueFiles(this.#input)) {
      seen.add(path);
      const stamp = this.#stampFile(path);
      const known = this.#parsed.get(path);
      if (known?.stamp === stamp) continue;
      const hash = this.#hashFile(path);
      if (known?.hash === hash) {
        known.stamp = stamp;
        continue;
      }
      if (known) changed.add(known.file.file);
      const file = readIssueFile(path, this.#root, this.#options.profile ?? YUZHONG_DAILY);
      this.#parsed.set(path, { hash, stamp, file });
      changed.add(file.file);
    }
    for (const [path, p] of [...this.#parsed]) {
      if (seen.has(path)) continue;
      this.#parsed.delete(path);
      changed.add(p.file.file);
    }
    if (changed.size > 0) this.#reassemble(changed);
  }

  /**
   * Issues are assembled independently of each other: only those that held a changed file,
   * or that a changed file now belongs to, are assembled again.
   */
  #reassemble(changed: ReadonlySet<string>): void {
    const profile = this.#options.profile ?? YUZHONG_DAILY;
    const all = [...this.#parsed.values()].map((p) => p.file);
    if (this.#issues.length === 0) {
      this.#issues = assembleIssues(all, profile).issues;
      return;
    }
    const dates = new Set(this.#issues.filter((i) => i.pages.some((p) => changed.has(p.source))).map((i) => i.issue.id));
    for (const f of all) {
      if (!changed.has(f.file)) continue;
      const dated = dateOfFile(f, profile, []);
      if (dated) dates.add(toIso(dated.date));
    }
    const fileDate = new Map(this.#issues.flatMap((i) => i.pages.map((p) => [p.source, i.issue.id] as const)));
    const subset = all.filter((f) => changed.has(f.file) || dates.has(fileDate.get(f.file) ?? ''));
    const fresh = assembleIssues(subset, profile).issues;
    this.#issues = [...this.#issues.filter((i) => !dates.has(i.issue.id)), ...fresh].sort((a, b) => a.issue.date.localeCompare(b.issue.date));
  }

  /**
   * Take over a build that was just made from these parsed files and keyword cache, as if
   * `build()` had made it (the benchmark times a full build first, then one edit).
   */
  adopt(files: readonly ParsedFile[], keywords: KeywordCache): void {
    for (const file of files) {
      const path = resolve(this.#root, file.file);
      this.#parsed.set(path, { hash: this.#hashFile(path), stamp: this.#stampFile(path), file });
    }
    for (const [k, v] of keywords) this.#keywords.set(k, v);
    this.#issues = assembleIssues(files, this.#options.profile ?? YUZHONG_DAILY).issues;
    this.#related = relatedSignature(siteData(this.#issues, this.report, this.#options, this.#keywords).model);
  }

  /** Load the templates and jieba's dictionaries ahead of the first edit, so that edit is as quick as the next. */
  async ready(): Promise<void> {
    await this.#loadTemplates();
    loadJieba();
  }

  /** The first, full build: every page through Eleventy. */
  async build(): Promise<void> {
    this.#parseChanged();
    const { site } = await writeSite(this.#issues, this.report, this.#options, this.#keywords);
    this.#related = relatedSignature(site.model);
    await this.ready();
  }

  async #loadTemplates(): Promise<Map<string, TemplateModule>> {
    if (!this.#templates) {
      this.#templates = new Map();
      for (const name of TEMPLATES) {
        this.#templates.set(name, (await import(join(this.#root, 'templates', `${name}.11ty.ts`))) as TemplateModule);
      }
    }
    return this.#templates;
  }

  /** Re-parse what changed and re-render the pages that show the changed issues. */
  async update(changed: string): Promise<PreviewUpdate> {
    const started = performance.now();
    const path = resolve(this.#root, changed).replace(/\.meta$/u, '.txt');
    const file = relative(this.#root, path);
    const before = new Set(this.#issues.filter((i) => i.pages.some((p) => p.source === file)).map((i) => i.issue.id));
    // Reporters named in those issues before the edit: a corrected byline changes the old name's pages too.
    const reportersBefore = this.#issues.filter((i) => before.has(i.issue.id)).flatMap((i) => i.pages.flatMap((p) => p.articles.flatMap((a) => a.reporters)));
    this.#parseChanged();
    const after = this.#issues.filter((i) => i.pages.some((p) => p.source === file)).map((i) => i.issue.id);
    const affected = new Set([...before, ...after]);
    // An issue the edit emptied (its file now has another date) leaves the site.
    const present = new Set(this.#issues.map((i) => i.issue.id));
    for (const id of before) {
      if (present.has(id)) continue;
      rmSync(join(this.#output, issueUrl(id)), { recursive: true, force: true });
      rmSync(join(this.#output, 'api', 'issues', `${id}.json`), { force: true });
      affected.delete(id);
    }
    const site = siteData(this.#issues, this.report, this.#options, this.#keywords);
    // A reporter no longer named anywhere leaves the site with all their pages.
    const named = new Set(site.model.reporters.map((r) => r.name));
    for (const name of reportersBefore) if (!named.has(name)) rmSync(join(this.#output, reporterUrl(name)), { recursive: true, force: true });
    const related = relatedSignature(site.model);
    const relatedChanged = new Set([...related].filter(([id, sig]) => this.#related.get(id) !== sig).map(([id]) => id));
    this.#related = related;
    const written = await this.#renderAffected(site, affected, relatedChanged, new Set(reportersBefore));
    writeApi(this.#output, this.#issues, this.#options.pathPrefix ?? '/', affected);
    // The search index of the edited issues' years is rebuilt after the pages, in the
    // background, so the edited pages are on screen first.
    const years = new Set([...before, ...after].map((id) => id.slice(0, 4)));
    // It starts a moment later, so the reloaded pages are served before its tokenizing runs.
    const issues = this.#issues;
    this.searchIndex = this.searchIndex
      .then(() => new Promise((resolve) => setTimeout(resolve, SEARCH_INDEX_DELAY_MS)))
      .then(() => rewriteYears(issues, years, this.#output, this.#options.pathPrefix ?? '/'))
      .then(() => undefined);
    return { file, milliseconds: performance.now() - started, written, issues: [...affected] };
  }

  async #renderAffected(site: SiteData, affected: ReadonlySet<string>, relatedChanged: ReadonlySet<string>, reportersBefore: ReadonlySet<string>): Promise<number> {
    const model: SiteModel = site.model;
    const touched = new Set(affected);
    // Neighbours link to the changed issues (上一期/下一期): their pages change too.
    for (const iv of model.issues) {
      if (affected.has(iv.issue.id)) {
        if (iv.prev) touched.add(iv.prev.id);
        if (iv.next) touched.add(iv.next.id);
      }
    }
    const months = new Set([...touched].map((id) => id.slice(0, 7)));
    const reporters = new Set([...reportersBefore, ...model.articles.filter((a) => affected.has(a.issue.id)).flatMap((a) => a.article.reporters)]);
    const wanted: Record<string, (item: never) => boolean> = {
      issue: (iv: { issue: { id: string } }) => touched.has(iv.issue.id),
      page: (pv: { issue: { id: string } }) => touched.has(pv.issue.id),
      article: (av: { issue: { id: string }; article: { id: string } }) => touched.has(av.issue.id) || relatedChanged.has(av.article.id),
      month: (mv: { year: number; month: number }) => months.has(isoMonth(mv.year, mv.month)),
      year: (yv: { year: number }) => [...months].some((m) => m.startsWith(String(yv.year))),
      reporter: (rv: { name: string }) => reporters.has(rv.name),
      'reporter-year': (ry: { name: string; year: string }) => reporters.has(ry.name) && [...touched].some((id) => id.startsWith(ry.year)),
    };
    let written = 0;
    for (const [name, mod] of await this.#loadTemplates()) {
      const items = mod.data.pagination ? (mod.data.pagination.data.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], site) as unknown[]) : [null];
      const keep = wanted[name] ?? (() => true);
      for (const item of items) {
        if (item !== null && !keep(item as never)) continue;
        const data: Record<string, unknown> = { site };
        if (mod.data.pagination) data[mod.data.pagination.alias] = item;
        writePage(this.#output, typeof mod.data.permalink === 'function' ? mod.data.permalink(data) : mod.data.permalink, mod.render(data));
        written++;
      }
    }
    return written;
  }
}
