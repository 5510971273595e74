/**
 * `npm run bench [-- --sizes 200,2000]`: builds synthetic archives of each size, each in a
 * process of its own, and prints one table: per stage wall seconds and peak RSS, pages and
 * bytes written, pages per second, the plain-fs floor and the ratio to it, linearity, and
 * the parser's accuracy against the generator's truth. Not part of `npm test`.
 */
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200,2000' }, seed: { type: 'string', default: '1' } } });
const root = join(import.meta.dirname, '..');

interface Run {
  issues: number;
  files: number;
  inputBytes: number;
  parseSeconds: number;
  parseRss: number;
  renderSeconds: number;
  /** Kernel (system) CPU time of the render, every thread: the disk's state, compared with the floor's. */
  renderSystemSeconds: number;
  renderRss: number;
  searchSeconds: number;
  keywordSeconds: number;
  searchRss: number;
  searchWorkersRss: number;
  searchFiles: number;
  years: number;
  pages: number;
  bytes: number;
  floorSeconds: number;
  floorRuns: number[];
  floorSystem: number[];
  previewSeconds: number;
  previewPages: number;
  articles: number;
  exact: number;
  wrong: Record<string, number>;
  pairs: number;
  pairsResolved: number;
}

const runs: Run[] = [];
for (const size of values.sizes!.split(',').map(Number)) {
  process.stderr.write(`building a synthetic archive of ${size} issues…\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', join(root, 'scripts/bench-run.ts'), '--issues', String(size), '--seed', values.seed!], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    console.error(child.stderr);
    process.exit(1);
  }
  runs.push(JSON.parse(line) as Run);
}

const f1 = (n: number) => n.toFixed(1);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const rows: string[][] = [['issues', 'stage', 'wall s', 'peak RSS', 'notes']];
for (const r of runs) {
  const total = r.parseSeconds + r.renderSeconds + r.searchSeconds;
  rows.push([String(r.issues), 'parse', f1(r.parseSeconds), `${Math.round(r.parseRss)} MB`, `${r.files} files, ${mb(r.inputBytes)} at ${f1(r.inputBytes / 1e6 / r.parseSeconds)} MB/s`]);
  rows.push(['', 'render', f1(r.renderSeconds), `${Math.round(r.renderRss)} MB`, `${r.pages} files, ${mb(r.bytes)}, ${Math.round(r.pages / r.renderSeconds)} pages/s; fs floor ${f1(r.floorSeconds)} s (faster of ${r.floorRuns.map(f1).join(' and ')} s), ratio ${f1(r.renderSeconds / r.floorSeconds)}×; kernel time: render ${f1(r.renderSystemSeconds)} s (all its threads), floor ${r.floorSystem.map(f1).join(' and ')} s`]);
  rows.push(['', 'search index', f1(r.searchSeconds), `${Math.round(r.searchWorkersRss)} MB`, `${r.searchFiles} files: one Pagefind-format index per year, written by ${Math.min(availableParallelism(), r.years)} worker processes, and each article's text; beside them ${r.keywordSeconds > 0 ? `jieba's keywords for the pages in a thread (${f1(r.keywordSeconds)} s)` : 'nothing (keywords are left to the render under 5,000 articles)'} (RSS: the workers summed; with the build process ${Math.round(r.searchRss)} MB)`]);
  rows.push(['', 'total', f1(total), `${Math.round(Math.max(r.parseRss, r.renderRss, r.searchRss))} MB`, 'peak: the build process plus, while indexing, its workers']);
  rows.push(['', 'preview edit', f1(r.previewSeconds), '', `one issue file changed: re-parsed and ${r.previewPages} pages re-rendered`]);
  const wrong = Object.entries(r.wrong).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  rows.push(['', 'accuracy', '', '', `${r.exact}/${r.articles} articles exact (${((100 * r.exact) / r.articles).toFixed(1)}%); continuation pairs ${r.pairsResolved}/${r.pairs}; wrong: ${wrong}`]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
for (const r of rows) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
if (runs.length >= 2) {
  const [small, large] = [runs[0]!, runs[runs.length - 1]!];
  const growth = (large.parseSeconds + large.renderSeconds + large.searchSeconds) / (small.parseSeconds + small.renderSeconds + small.searchSeconds);
  console.log(`\n${large.issues} issues took ${f1(growth)}× the time of ${small.issues} issues (${f1(large.issues / small.issues)}× the issues).`);
}
