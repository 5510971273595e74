/**
 * One benchmark run in a process of its own (so its peak memory is its own): generate a
 * synthetic archive of N issues, then time parse and render, and the fs floor. Prints JSON.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { YUZHONG_DAILY } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { beginBuild, parseStage, renderStage, searchStage } from '../src/shell/build.ts';
import { endOutput } from '../src/shell/output.ts';
import { Preview } from '../src/shell/preview.ts';
import { prepareKeywords, type KeywordCache } from '../src/shell/keywords.ts';
import { harvest } from '../src/synth/material.ts';
import { generateArchive } from '../src/synth/generate.ts';
import { scoreArchive } from '../src/synth/score.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } } });
const root = join(import.meta.dirname, '..');
const rssMb = () => process.resourceUsage().maxRSS / 1024;
const now = () => performance.now() / 1000;

const dir = mkdtempSync(join(tmpdir(), `baoku-bench-${values.issues}-`));
const input = join(dir, 'issues');
mkdirSync(input);
let t = now();
const material = harvest(readArchive(join(root, 'seeds'), YUZHONG_DAILY, root).issues);
const synthetic = generateArchive(material, { issues: Number(values.issues), seed: Number(values.seed) });
for (const f of synthetic.files) writeFileSync(join(input, f.name), f.text);
const inputBytes = synthetic.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const synthSeconds = now() - t;

t = now();
const { archive, report } = await parseStage({ input, output: join(dir, '_site'), root });
const parseSeconds = now() - t;
const parseRss = rssMb();

const options = { input, output: join(dir, '_site'), root };
const run = beginBuild(options);

// The index is written in worker processes: the memory of
// all of them together (VmRSS summed over every descendant process) is sampled from /proc.
let childPeak = 0;
const sampler = setInterval(() => {
  const parents = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/u.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended between listing and reading
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  let sum = 0;
  for (const pid of parents.keys()) {
    if (!isDescendant(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) sum += Number(rss[1]) / 1024;
    } catch {
      // ended
    }
  }
  childPeak = Math.max(childPeak, sum);
}, 200);
t = now();
// As the build does: jieba's keywords for the pages in a thread while the index is written.
const keywordCache: KeywordCache = new Map();
let keywordSeconds = 0;
await Promise.all([searchStage(archive.issues, options), prepareKeywords(archive.issues, keywordCache).then(() => (keywordSeconds = now() - t))]);
const searchSeconds = now() - t;
clearInterval(sampler);
const searchWorkersRss = childPeak;
const searchRss = rssMb() + childPeak;

// The pages, after the index (as the build does): Eleventy's memory and the workers' never add up.
t = now();
const { output, copied } = await renderStage(archive.issues, report, options, keywordCache);
endOutput(run, copied);
const renderSeconds = now() - t;
const renderRss = rssMb();

// An editor's change to one issue in the middle of the archive, previewed.
const preview = new Preview(options);
preview.adopt(archive.files, keywordCache);
await preview.ready();
const edited = join(input, synthetic.files[Math.floor(synthetic.files.length / 2)]!.name);
writeFileSync(edited, readFileSync(edited, 'utf8').replace('。', '。 '));
t = now();
const update = await preview.update(edited);
const previewSeconds = now() - t;

// What the render stage wrote: every file under the output but the search index, to size the fs floor.
const sizes: number[] = [];
let searchFiles = 0;
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (p === join(output, 'pagefind')) searchFiles = countFiles(p);
    else if (statSync(p).isDirectory()) walk(p);
    else sizes.push(statSync(p).size);
  }
};
const countFiles = (d: string): number => readdirSync(d).reduce((n, name) => n + (statSync(join(d, name)).isDirectory() ? countFiles(join(d, name)) : 1), 0);
walk(output);
const htmlPages = sizes.length;
const bytes = sizes.reduce((a, b) => a + b, 0);

// The floor: the same number of files of the same sizes, written with plain fs. Written twice,
// into two folders, and the faster taken: this machine's disk makes one write of 60,000 files
// take from 4 to 20 s, and the faster of two is the steadier and the stricter floor.
const sample = readFileSync(join(output, 'index.html'));
const writeFloor = (floorDir: string): number => {
  const started = now();
  sizes.forEach((size, i) => {
    const sub = join(floorDir, String(i % 1000), String(i));
    mkdirSync(sub, { recursive: true });
    const buf = Buffer.alloc(size);
    for (let k = 0; k < size; k += sample.length) sample.copy(buf, k, 0, Math.min(sample.length, size - k));
    writeFileSync(join(sub, 'index.html'), buf);
  });
  return now() - started;
};
const floorRuns = [writeFloor(join(dir, 'floor-1')), writeFloor(join(dir, 'floor-2'))];
const floorSeconds = Math.min(...floorRuns);

const score = scoreArchive(archive.issues, synthetic.truth);
rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    issues: Number(values.issues),
    files: synthetic.files.length,
    inputBytes,
    synthSeconds,
    parseSeconds,
    parseRss,
    keywordSeconds,
    renderSeconds,
    renderRss,
    searchSeconds,
    searchRss,
    searchWorkersRss,
    searchFiles,
    years: new Set(archive.issues.map((i) => i.issue.date.slice(0, 4))).size,
    pages: htmlPages,
    bytes,
    floorSeconds,
    floorRuns,
    previewSeconds,
    previewPages: update.written,
    articles: score.articles,
    exact: score.exact,
    wrong: score.wrong,
    pairs: score.pairs,
    pairsResolved: score.pairsResolved,
  }),
);
