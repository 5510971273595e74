/**
 * `npm run bench [-- --sizes 200,2000]`: builds synthetic archives of each size, each in a
 * process of its own, and prints one table: per stage wall seconds and peak RSS, pages and
 * bytes written, pages per second, the plain-fs floor and the ratio to it, linearity, the
 * parser's accuracy against the generator's truth, and how fast the CPU was before and after
 * the runs (a fixed workload: this machine's speed varies by the hour). Not part of `npm test`.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { cpuCheck, describeCpuCheck } from './bench-cpu.ts';
import { runProcess } from './run-process.ts';
import { holdLock, type BenchLock } from './bench-lock.ts';
import { exactShare } from '../src/synth/score.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200,2000' }, seed: { type: 'string', default: '1' } } });
const root = join(import.meta.dirname, '..');

interface Run {
  issues: number;
  files: number;
  inputBytes: number;
  parseSeconds: number;
  /** CPU time of the parse, every thread of the build process. */
  parseCpuSeconds: number;
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

// Nothing is removed until every run is measured, and a bench begun soon after an earlier one
// removed its folders waits. A file system without a journal, as this machine's ext4, does not
// reuse an inode freed in the last minute (in the last six while its inode table block is not
// yet written back: recently_deleted in the kernel's fs/ext4/ialloc.c), and every file or
// folder created meanwhile passes over each such inode again. Measured here: 48,000 folders and
// files took 3.6 s (3.2 s of kernel time) ten minutes after the last removal, 16.5 s (16.0 s)
// just after 120,000 files were removed and 14.1 s a minute later; perf put the kernel's time
// in recently_deleted. A removal between the stages of a run, or just before it, would time
// the disk's memory of it, in the render or in the floor or in both.
const removedStamp = join(tmpdir(), 'baoku-bench-removed');
const quietMs = 6 * 60 * 1000;
// Held by the bench that runs (see scripts/bench-lock.ts).
const lockPath = join(tmpdir(), 'baoku-bench.lock');
let lock: BenchLock | null = null;

const runs: Run[] = [];
// Removed when the bench ends, after its table, whether it ends well or not; the lock is given
// up only then.
const folders: string[] = [];
process.on('exit', () => {
  if (folders.length > 0) {
    process.stderr.write(`removing the runs' folders…\n`);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    writeFileSync(removedStamp, String(Date.now()));
  }
  lock?.release();
});
// Interrupted: exit, which removes them. The run is awaited, not waited for synchronously, so
// that this process answers at once (tsx kills a process that does not take its signal within
// 30 ms, and then nothing is removed).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

// One bench at a time, from its CPU check to the end of its removal: a second one begun
// meanwhile would share the cores with it, or create its files while the first one's are being
// removed, before the stamp below says so (measured: a bench begun during another's removal
// wrote the fs floor in 19.4 s, against 6.7-7.1 s in the two runs before it).
lock = await holdLock(lockPath, () => process.stderr.write(`waiting: another bench is running (it holds ${lockPath})…\n`));
if (lock === null) process.stderr.write('flock(1) was not found (Debian: util-linux): this bench does not wait for another one running beside it.\n');

let removedAt = 0;
try {
  removedAt = Number(readFileSync(removedStamp, 'utf8'));
} catch {
  // no earlier bench on this machine
}
const wait = removedAt + quietMs - Date.now();
if (wait > 0) {
  process.stderr.write(`waiting ${Math.ceil(wait / 1000)} s: an earlier bench removed its folders ${Math.round((Date.now() - removedAt) / 1000)} s ago, and this disk creates files slowly for minutes after a removal (see scripts/bench.ts)…\n`);
  await sleep(wait);
}

process.stderr.write(`checking the CPU's speed…\n`);
const cpuBefore = await cpuCheck();
for (const size of values.sizes!.split(',').map(Number)) {
  process.stderr.write(`building a synthetic archive of ${size} issues…\n`);
  const dir = mkdtempSync(join(tmpdir(), `baoku-bench-${size}-`));
  folders.push(dir);
  const child = await runProcess(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', join(root, 'scripts/bench-run.ts'), '--issues', String(size), '--seed', values.seed!, '--dir', dir], root);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    console.error(child.stderr);
    process.exit(1);
  }
  runs.push(JSON.parse(line) as Run);
}

process.stderr.write(`checking the CPU's speed again…\n`);
const cpuAfter = await cpuCheck();

const f1 = (n: number) => n.toFixed(1);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const rows: string[][] = [['issues', 'stage', 'wall s', 'peak RSS', 'notes']];
for (const r of runs) {
  const total = r.parseSeconds + r.renderSeconds + r.searchSeconds;
  rows.push([String(r.issues), 'parse', f1(r.parseSeconds), `${Math.round(r.parseRss)} MB`, `${r.files} files, ${mb(r.inputBytes)} at ${f1(r.inputBytes / 1e6 / r.parseSeconds)} MB/s; CPU ${f1(r.parseCpuSeconds)} s (all threads)`]);
  rows.push(['', 'render', f1(r.renderSeconds), `${Math.round(r.renderRss)} MB`, `${r.pages} files, ${mb(r.bytes)}, ${Math.round(r.pages / r.renderSeconds)} pages/s; fs floor ${f1(r.floorSeconds)} s (faster of ${r.floorRuns.map(f1).join(' and ')} s), ratio ${(r.renderSeconds / r.floorSeconds).toFixed(2)}×; kernel time: render ${f1(r.renderSystemSeconds)} s (all its threads), floor ${r.floorSystem.map(f1).join(' and ')} s`]);
  rows.push(['', 'search index', f1(r.searchSeconds), `${Math.round(r.searchWorkersRss)} MB`, `${r.searchFiles} files: one Pagefind-format index per year, written by ${plural(Math.min(availableParallelism(), r.years), 'worker process', 'worker processes')}, and each article's text; beside them ${r.keywordSeconds > 0 ? `jieba's keywords for the pages in a thread (${f1(r.keywordSeconds)} s)` : 'nothing (keywords are left to the render under 5,000 articles)'} (RSS: the workers summed; with the build process ${Math.round(r.searchRss)} MB)`]);
  rows.push(['', 'total', f1(total), `${Math.round(Math.max(r.parseRss, r.renderRss, r.searchRss))} MB`, 'peak: the build process plus, while indexing, its workers']);
  rows.push(['', 'preview edit', f1(r.previewSeconds), '', `one issue file changed: re-parsed and ${r.previewPages} pages re-rendered`]);
  const wrong = Object.entries(r.wrong).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  rows.push(['', 'accuracy', '', '', `${r.exact}/${r.articles} articles exact (${exactShare(r)}); continuation pairs ${r.pairsResolved}/${r.pairs}; wrong: ${wrong}`]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
for (const r of rows) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
if (runs.length >= 2) {
  const [small, large] = [runs[0]!, runs[runs.length - 1]!];
  const growth = (large.parseSeconds + large.renderSeconds + large.searchSeconds) / (small.parseSeconds + small.renderSeconds + small.searchSeconds);
  console.log(`\n${large.issues} issues took ${f1(growth)}× the time of ${small.issues} issues (${f1(large.issues / small.issues)}× the issues).`);
}
console.log(`CPU check (a fixed workload, none of the project's code: scripts/bench-cpu.ts): before the runs ${describeCpuCheck(cpuBefore)}; after them ${describeCpuCheck(cpuAfter)}.`);
