/**
 * `npm run bench:search [-- --issues 150]`: search quality and cost in the real built site.
 * Builds the seed archive and a synthetic archive (150 issues ≈ 3,600 articles), then drives
 * headless Chromium over /search/ with a query set: names, places, policy terms, fragments,
 * random substrings of article text, and queries with no match. Ground truth is substring
 * match over the parsed articles' text. Reports recall and precision per query and overall,
 * and the bytes fetched by a cold query beyond the fixed start-up files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { YUZHONG_DAILY, type ParsedIssue } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { buildSite } from '../src/shell/build.ts';
import { harvest } from '../src/synth/material.ts';
import { generateArchive } from '../src/synth/generate.ts';
import { Random } from '../src/synth/random.ts';
import { openSite } from '../tests/browser/chromium.ts';
import { articleSearchText } from '../src/search/records.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '150' }, seed: { type: 'string', default: '1' } } });
const root = join(import.meta.dirname, '..');

const FIXED = ['黄茂军', '谢东', '李传芳', '袁侨偲', '何积光', '茂军', '解放碑', '朝天门', '洪崖洞', '化龙桥', '天门', '石油路', '营商环境', '新质生产力', '数字重庆', '主题教育', '城市更新', '营商', '区委书记', '常务会议'];
const NONE = ['量子计算机', '火星基地', '足球世界杯'];

function articleTexts(issues: ParsedIssue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) for (const p of i.pages) for (const a of p.articles) {
    out.set(a.url, articleSearchText(a));
  }
  return out;
}

function randomSubstrings(texts: Map<string, string>, count: number, seed: number): string[] {
  const rng = new Random(seed);
  const all = [...texts.values()];
  const out: string[] = [];
  while (out.length < count) {
    const text = rng.pick(all);
    const len = rng.int(2, 4);
    const at = rng.int(0, Math.max(0, text.length - len));
    const piece = text.slice(at, at + len);
    if (/^\p{Script=Han}+$/u.test(piece)) out.push(piece);
  }
  return out;
}

interface Row { archive: string; query: string; expected: number; found: number; correct: number; bytes: number }

async function measure(archive: string, site: string, issues: ParsedIssue[], queries: string[]): Promise<Row[]> {
  const texts = articleTexts(issues);
  const opened = await openSite(site);
  const { base, browser } = opened;
  const rows: Row[] = [];
  for (const query of queries) {
    // A cold query: a fresh page with the cache off, counting what the search itself fetches.
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.continue());
    const client = await page.context().newCDPSession(page);
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    page.on('response', async (r) => {
      const url = r.url();
      // Start-up files every search loads whatever the query: page, CSS, scripts, wasm, entry, meta.
      // (Each year's index has its own entry, meta and WebAssembly; the search page fetches one WebAssembly for all.)
      if (/\/search\/|\.css|\.js$|\/wasm\.[\w-]+\.pagefind$|pagefind-entry\.json|\.pf_meta$|\/filter\//u.test(url)) return;
      try {
        bytes += (await r.body()).length;
      } catch {
        // redirects have no body
      }
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search][data-state="ready"]', { timeout: 30000 });
    const firstPageBytes = bytes;
    while (await page.isVisible('[data-more]')) {
      await page.click('[data-more]');
      await page.waitForSelector('[data-search][data-state="ready"]');
    }
    const found = await page.$$eval('[data-results] a.headline', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    const expected = [...texts].filter(([, t]) => t.replace(/\s+/gu, '').includes(query)).map(([u]) => u);
    const correct = found.filter((u) => expected.includes(u)).length;
    rows.push({ archive, query, expected: expected.length, found: found.length, correct, bytes: firstPageBytes });
    process.stderr.write(`${archive} ${rows.length}/${queries.length} ${query}: expected ${expected.length}, found ${found.length}, correct ${correct}, ${Math.round(firstPageBytes / 1024)} KB\n`);
  }
  await opened.close();
  return rows;
}

const seeds = await buildSite({ input: 'seeds', output: mkdtempSync(join(tmpdir(), 'baoku-search-seeds-')), root });
const seedTexts = articleTexts(seeds.issues);
const rows = await measure('seeds', seeds.output, seeds.issues, [...FIXED, ...NONE, ...randomSubstrings(seedTexts, 40, 7)]);

const dir = mkdtempSync(join(tmpdir(), 'baoku-search-synth-'));
mkdirSync(join(dir, 'issues'));
const material = harvest(readArchive(join(root, 'seeds'), YUZHONG_DAILY, root).issues);
const synthetic = generateArchive(material, { issues: Number(values.issues), seed: Number(values.seed) });
for (const f of synthetic.files) writeFileSync(join(dir, 'issues', f.name), f.text);
const synth = await buildSite({ input: join(dir, 'issues'), output: join(dir, '_site'), root });
const synthTexts = articleTexts(synth.issues);
rows.push(...(await measure(`synthetic (${synthTexts.size} articles)`, synth.output, synth.issues, [...FIXED, ...NONE, ...randomSubstrings(synthTexts, 60, 11)])));

for (const archive of [...new Set(rows.map((r) => r.archive))]) {
  const rs = rows.filter((r) => r.archive === archive);
  const expected = rs.reduce((n, r) => n + r.expected, 0);
  const found = rs.reduce((n, r) => n + r.found, 0);
  const correct = rs.reduce((n, r) => n + r.correct, 0);
  const worst = rs.filter((r) => r.expected > 0).map((r) => ({ q: r.query, recall: r.correct / r.expected })).sort((a, b) => a.recall - b.recall)[0];
  const bytes = rs.map((r) => r.bytes).sort((a, b) => a - b);
  console.log(`${archive}: ${rs.length} queries; recall ${(correct / Math.max(1, expected)).toFixed(3)}, precision ${(correct / Math.max(1, found)).toFixed(3)}; lowest recall ${worst ? `${worst.recall.toFixed(2)} (${worst.q})` : '—'}; bytes per cold query beyond start-up: median ${Math.round(bytes[Math.floor(bytes.length / 2)]! / 1024)} KB, max ${Math.round(bytes[bytes.length - 1]! / 1024)} KB`);
  for (const r of rs.filter((x) => x.correct < x.expected || x.found > x.correct)) console.log(`  ${r.query}: expected ${r.expected}, found ${r.found}, correct ${r.correct}`);
}
