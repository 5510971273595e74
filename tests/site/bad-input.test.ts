/**
 * Bad input beside good files: each bad file gets a message naming the file, the line and
 * what to do; the build goes on; nothing of a good file is dropped or altered; markup stays
 * text on every page, in the feed, the JSON API and the search results; `--strict` fails
 * with the same messages.
 *
 * One archive holds the seeds, the complete fixture issue and every bad file below, as an
 * editor would drop them into seeds/; it is compared with the same archive without them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { buildSite, type BuildResult } from '../../src/shell/build.ts';
import { formatMessage } from '../../src/shell/report.ts';
import { escapeHtml } from '../../src/site/html.ts';
import type { Message, Severity } from '../../src/core/index.ts';
import { encodeGb18030, encodeUtf16, parseText, ROOT } from '../helpers.ts';
import { copySeeds, headlineOf, siteFiles, sitemapPaths } from './site-fixture.ts';
import { openSite, type OpenSite } from '../browser/chromium.ts';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt'), 'utf8');
/** The fixture issue's four pages: real page texts to save in other encodings and dates. */
const PAGES = FIXTURE.split('\f');
const front = (...keys: string[]) => `---\n${keys.join('\n')}\n---\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A short article for files that must not carry 下转/上接 markers of their own. */
const ARTICLE = ['区政府召开安全生产工作会议', '', '本报讯(记者李传芳)4月1日，区政府召开安全生产工作会议，研究部署近期安全生产工作。会议要求，要压实各方责任，确保全区安全形势稳定。'].join('\n');

/** A front page whose masthead prints 2024-04-12 (its weekday and lunar date agree). */
const FRONT_0412 = PAGES[0]!.replace('2024年4月1日', '2024年4月12日').replace('星期一', '星期五').replace('甲辰年二月廿三', '甲辰年三月初四').replace('第37期', '第42期').replace('总第2022期', '总第2027期');

/** The markup line: every kind of markup an extraction or a careless paste can bring. */
const MARKUP_HEADLINE = '<script>alert("标题")</script>区委召开{{ site.paper }}会议';
const MARKUP = [
  MARKUP_HEADLINE,
  '',
  '本报讯(记者李一)4月15日，区委<img src=x onerror=alert(1)>召开会议{% include "x" %}，研究部署重点工作。会议强调，要坚持{{ 7*7 }}稳中求进。',
  '---',
  '<b>会议指出</b>，要抓好安全生产工作\u0007，切实保障\u001b[0m群众\uE000生命财产安全。',
].join('\n');

/** An image renamed .txt: a PNG signature, header and compressed pixels. */
function png(): Uint8Array {
  const pixels = Buffer.alloc(64 * 64 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.from([0, 0, (data.length >> 8) & 0xff, data.length & 0xff]), Buffer.from(type), data, Buffer.alloc(4)]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', Buffer.from([0, 0, 0, 64, 0, 0, 0, 64, 8, 2, 0, 0, 0])), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

interface Expected {
  severity: Severity;
  code: string;
  /** `file` or `file:line`, the file by its name in seeds/. */
  at: string;
  /** Words of the message that say what is wrong and what to do. */
  says: RegExp;
  /** The same words in the Chinese wording the report shows. */
  saysZh: RegExp;
}

interface BadInput {
  title: string;
  file: string;
  bytes: Uint8Array;
  /** Every error the file gets (no other error may appear), and warnings or notes it must get. */
  expect: Expected[];
  /** Where its text must land (`2024-04-03 第2版`), or null when it is left out. */
  lands: string | null;
  /** The same page saved as plain UTF-8: the file must parse exactly like it. */
  sameAs?: string;
}

const BAD: BadInput[] = [
  { title: 'an empty file', file: 'empty.txt', bytes: new Uint8Array(0), expect: [{ severity: 'error', code: 'file-empty', at: 'empty.txt', says: /empty.*Put the extracted text of a page in it, or remove it/u, saysZh: /文件是空的.*放入一个版面提取出的文字，或删除此文件/u }], lands: null },
  { title: 'a file with only whitespace', file: 'blank.txt', bytes: utf8(' \n\t\n\u3000\n\n'), expect: [{ severity: 'error', code: 'file-empty', at: 'blank.txt', says: /remove it/u, saysZh: /或删除此文件/u }], lands: null },
  { title: 'a binary file: an image renamed .txt', file: 'photo.txt', bytes: png(), expect: [{ severity: 'error', code: 'not-text', at: 'photo.txt', says: /not text.*Replace it with the page text extracted from the PDF, saved as UTF-8/u, saysZh: /不是文本.*换成从 PDF 提取的版面文字，存为 UTF-8/u }], lands: null },
  {
    title: 'a file in GB18030 (GBK)',
    file: 'gb18030.txt',
    bytes: encodeGb18030(front('date: 2024-04-03', 'page: 2') + PAGES[1]!),
    expect: [{ severity: 'info', code: 'encoding-gb18030', at: 'gb18030.txt', says: /read as GB18030.*Save it as UTF-8/u, saysZh: /按 GB18030（GBK）读取.*另存为 UTF-8/u }],
    lands: '2024-04-03 第2版',
    sameAs: front('date: 2024-04-03', 'page: 2') + PAGES[1]!,
  },
  {
    title: 'UTF-16 with a BOM',
    file: 'utf16.txt',
    bytes: encodeUtf16(front('date: 2024-04-05', 'page: 3') + PAGES[2]!),
    expect: [{ severity: 'info', code: 'encoding-utf16', at: 'utf16.txt', says: /UTF-16LE.*read correctly/u, saysZh: /UTF-16LE 编码，已正确读取/u }],
    lands: '2024-04-05 第3版',
    sameAs: front('date: 2024-04-05', 'page: 3') + PAGES[2]!,
  },
  { title: 'CRLF line ends', file: 'crlf.txt', bytes: utf8((front('date: 2024-04-08', 'page: 4') + PAGES[3]!).replace(/\n/gu, '\r\n')), expect: [], lands: '2024-04-08 第4版', sameAs: front('date: 2024-04-08', 'page: 4') + PAGES[3]! },
  {
    title: 'a 50 MB file',
    file: 'huge.txt',
    bytes: utf8((front('date: 2024-04-10', 'page: 1') + PAGES[1]!.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(PAGES[1]!)))).slice(0, 50 * 1024 * 1024)),
    expect: [{ severity: 'error', code: 'file-too-large', at: 'huge.txt', says: /is 50\.0 MB.*not several files joined together; split it/u, saysZh: /50\.0 MB.*不是几个文件拼在一起；请拆成/u }],
    lands: null,
  },
  {
    title: 'a file with no recognisable article',
    file: 'no-article.txt',
    bytes: utf8(front('date: 2024-04-10', 'page: 3') + ['招商热线', '', '023-63711234', '', '解放碑 朝天门 洪崖洞', '', '2024-04-10'].join('\n')),
    expect: [{ severity: 'error', code: 'no-articles', at: 'no-article.txt', says: /No article was recognised.*listed as page furniture.*Check/u, saysZh: /没有识别出任何文章.*列为版面内容.*请确认/u }],
    lands: '2024-04-10 第3版',
  },
  {
    title: 'malformed front matter',
    file: 'bad-front-matter.txt',
    bytes: utf8(['---', 'date 2024-04-12', 'page: two', 'colour: red', '---', ARTICLE].join('\n')),
    expect: [
      { severity: 'error', code: 'front-matter-invalid', at: 'bad-front-matter.txt:2', says: /"date 2024-04-12" is not "key: value".*"date: 2024-03-29"/u, saysZh: /“date 2024-04-12”不是“键: 值”的写法.*“date: 2024-03-29”/u },
      { severity: 'error', code: 'front-matter-invalid', at: 'bad-front-matter.txt:3', says: /"page: two" needs a positive whole number/u, saysZh: /“page: two”需要一个正整数/u },
      { severity: 'error', code: 'front-matter-invalid', at: 'bad-front-matter.txt:4', says: /Unknown front matter key "colour".*Known keys/u, saysZh: /未知的键“colour”.*可用的键/u },
      { severity: 'error', code: 'date-missing', at: 'bad-front-matter.txt', says: /no valid "date:".*Add front matter with "date: YYYY-MM-DD".*left out/u, saysZh: /没有有效的“date:”.*加上 front matter“date: YYYY-MM-DD”.*不收入档案/u },
    ],
    lands: null,
  },
  {
    title: 'front matter naming an impossible date (2024-02-30)',
    file: 'impossible-date.txt',
    bytes: utf8(front('date: 2024-02-30', 'page: 2') + ARTICLE),
    expect: [
      { severity: 'error', code: 'front-matter-invalid', at: 'impossible-date.txt:2', says: /"2024-02-30" is not a real date.*YYYY-MM-DD/u, saysZh: /“2024-02-30”不是有效日期.*YYYY-MM-DD/u },
      { severity: 'error', code: 'date-missing', at: 'impossible-date.txt', says: /left out of the archive/u, saysZh: /不收入档案/u },
    ],
    lands: null,
  },
  {
    title: 'front matter contradicting the masthead',
    file: 'masthead-conflict.txt',
    bytes: utf8(front('date: 2024-04-15') + FRONT_0412),
    expect: [{ severity: 'error', code: 'date-conflict', at: 'masthead-conflict.txt:2', says: /front matter says 2024-04-15 but the masthead \(line 4 of .*masthead-conflict\.txt\) prints 2024-04-12.*correct "date:"/u, saysZh: /front matter 写的是 2024-04-15，但报头（.*masthead-conflict\.txt 第4行）印的是 2024-04-12.*改正这里的“date:”/u }],
    lands: '2024-04-12 第1版',
  },
  {
    title: 'two files claiming the same page of the same issue',
    file: 'page-2-again.txt',
    bytes: utf8(front('date: 2024-04-01', 'page: 2') + ARTICLE),
    expect: [{ severity: 'error', code: 'page-duplicate', at: 'page-2-again.txt:3', says: /第2版 of 2024-04-01 is also claimed by .*issue-2024-04-01\.txt, which keeps it.*shown as 第5版.*Fix the "page:"/u, saysZh: /2024-04-01 的第2版也由 .*issue-2024-04-01\.txt 占用，由它保留.*显示为第5版.*改正出错文件的“page:”/u }],
    lands: '2024-04-01 第5版',
  },
  {
    title: 'a page number over the issue’s page count',
    file: 'page-9.txt',
    bytes: utf8(front('date: 2024-04-01', 'page: 9') + ARTICLE),
    expect: [{ severity: 'error', code: 'page-over-count', at: 'page-9.txt:3', says: /第9版 is beyond the 4 pages this issue has \(今日4版\).*correct its "page:"/u, saysZh: /第9版超出了本期的 4 个版（今日4版）.*改正它的“page:”/u }],
    lands: '2024-04-01 第9版',
  },
  {
    title: 'text full of markup, control characters and private-use characters',
    file: 'markup.txt',
    bytes: utf8(front('date: 2024-04-17', 'page: 2') + MARKUP),
    expect: [
      { severity: 'warning', code: 'control-character', at: 'markup.txt:9', says: /2 invisible control characters \(U\+0007, U\+001B\).*left out.*Delete them/u, saysZh: /2个不可见的控制字符（U\+0007, U\+001B）.*已删去.*把它们从文件中删除/u },
      { severity: 'warning', code: 'private-use-character', at: 'markup.txt:9', says: /private-use character \(U\+E000\).*empty box.*type the real character/u, saysZh: /一个私用区字符（U\+E000）.*空框.*换成正确的字/u },
    ],
    lands: '2024-04-17 第2版',
  },
];

const at = (m: Message) => `${basename(m.file)}${m.line ? `:${m.line}` : ''}`;

let clean: BuildResult;
let dirty: BuildResult;
let input: string;

before(async () => {
  clean = await buildSite({ input: copySeeds(true), output: mkdtempSync(join(tmpdir(), 'baoku-clean-')), root: ROOT });
  input = copySeeds(true);
  for (const b of BAD) writeFileSync(join(input, b.file), b.bytes);
  dirty = await buildSite({ input, output: mkdtempSync(join(tmpdir(), 'baoku-dirty-')), root: ROOT });
});

const reportOf = (file: string) => dirty.report.files.find((f) => basename(f.file) === file)!;

for (const b of BAD) {
  test(`bad input, ${b.title}: ${b.expect.map((e) => e.code).join(', ') || 'read as it is, no message'}`, () => {
    const entry = reportOf(b.file);
    assert.ok(entry, `${b.file} is in the report`);
    for (const e of b.expect) {
      const m = entry.messages.find((m) => m.code === e.code && at(m) === e.at && m.severity === e.severity);
      assert.ok(m, `${b.file}: expected ${e.severity} ${e.code} at ${e.at}; got:\n${entry.messages.map(formatMessage).join('\n')}`);
      assert.match(m.text, e.says);
      assert.match(m.zh, e.saysZh);
    }
    const errors = entry.messages.filter((m) => m.severity === 'error').map((m) => `${m.code} ${at(m)}`);
    assert.deepEqual(errors.sort(), b.expect.filter((e) => e.severity === 'error').map((e) => `${e.code} ${e.at}`).sort(), 'no other error');
    const lands = entry.pages.map((p) => `${p.issueId} 第${p.number}版`);
    assert.deepEqual(lands, b.lands ? [b.lands] : [], 'where its text went');
    if (b.sameAs) {
      const page = dirty.issues.flatMap((i) => i.pages).find((p) => basename(p.source) === b.file)!;
      const plain = parseText(b.sameAs, page.source).pages[0]!;
      assert.deepEqual(page.articles.map((a) => [a.headline, a.byline, a.paragraphs]), plain.articles.map((a) => [a.headline, a.byline, a.paragraphs]));
    }
  });
}

test('nothing of a good file is dropped or altered by bad files beside it', () => {
  const good = (r: BuildResult) =>
    r.issues.flatMap((i) => i.pages.filter((p) => !BAD.some((b) => basename(p.source) === b.file)).map((p) => ({ issue: i.issue.id, page: p.number, source: basename(p.source), articles: p.articles, furniture: p.furniture })));
  assert.deepEqual(good(dirty), good(clean));
  // Files named by path, as messages name them and other files (a reporter's other spelling's first article), apart from the two builds' folders.
  const goodFiles = (r: BuildResult) => r.report.files.filter((f) => !BAD.some((b) => basename(f.file) === b.file)).map((f) => ({ file: basename(f.file), pages: f.pages, messages: f.messages.map((m) => formatMessage({ ...m, file: basename(m.file), text: m.text.replaceAll(`${dirname(m.file)}/`, '') })) }));
  const [d, c] = [goodFiles(dirty), goodFiles(clean)];
  for (let i = 0; i < c.length; i++) assert.deepEqual(d[i], c[i], `${c[i]!.file} keeps its pages and its messages`);
  // Every article as its page shows it (headline block, byline, body, captions, continuation
  // links) is byte-identical in the two sites; only lists around it (related articles,
  // previous/next issue) may now name the new pages.
  const story = (bytes: Buffer) => /<article class="story">[\s\S]*?<\/article>/u.exec(bytes.toString('utf8'))?.[0];
  const [a, b] = [siteFiles(clean.output), siteFiles(dirty.output)];
  const articlePages = [...a.keys()].filter((p) => /^\d{4}\/\d{2}\/\d{2}\/\d+\/\d+\/index\.html$/u.test(p));
  assert.ok(articlePages.length > 40);
  for (const p of articlePages) assert.equal(story(b.get(p)!), story(a.get(p)!), `${p} shows its article unchanged`);
});

test('markup from an issue file is text everywhere: pages, titles, attributes, JSON-LD, feed, JSON API', () => {
  const article = dirty.issues.flatMap((i) => i.pages).find((p) => basename(p.source) === 'markup.txt')!.articles[0]!;
  assert.equal(article.headline, MARKUP_HEADLINE, 'the headline is kept exactly as printed');
  assert.ok(article.paragraphs.join('').includes('<img src=x onerror=alert(1)>'), 'the body keeps the markup as text');
  for (const [path, bytes] of siteFiles(dirty.output)) {
    if (!/\.(html|xml|json)$/u.test(path)) continue;
    const text = bytes.toString('utf8');
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u, `${path} carries no control character`);
    if (path.endsWith('.json')) continue;
    for (const live of ['<script>alert', '<img src=x', '<b>会议']) assert.ok(!text.includes(live), `${path} has live markup ${live}`);
    assert.ok(!text.includes('区委召开渝中报会议') && !text.includes('坚持49稳中求进'), `${path} ran a template expression`);
  }
  const page = readFileSync(join(dirty.output, article.url, 'index.html'), 'utf8');
  const escaped = '&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;区委召开{{ site.paper }}会议';
  assert.equal(headlineOf(page), escaped, 'headline as text');
  assert.ok(page.includes(`<title>${escaped}`), 'title as text');
  assert.ok(page.includes(`<meta property="og:title" content="${escaped}`), 'attribute as text');
  assert.ok(page.includes('区委&lt;img src=x onerror=alert(1)&gt;召开会议{% include &quot;x&quot; %}'), 'body as text');
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/su.exec(page)![1]!;
  assert.equal(JSON.parse(ld).headline, MARKUP_HEADLINE, 'JSON-LD holds the headline as a string');
  const feed = readFileSync(join(dirty.output, 'feed.xml'), 'utf8');
  // The entry's content is HTML carried as text in XML: escaped for HTML, then for XML.
  assert.ok(feed.includes('&amp;lt;script&amp;gt;alert(&amp;quot;标题&amp;quot;)&amp;lt;/script&amp;gt;区委召开{{ site.paper }}会议'), 'feed as text');
  const api = JSON.parse(readFileSync(join(dirty.output, 'api/issues/2024-04-17.json'), 'utf8'));
  assert.equal(api.pages[0].articles[0].headline, MARKUP_HEADLINE, 'JSON API as text');
});

test('the build report page lists every file and its messages, for editors only', () => {
  const page = readFileSync(join(dirty.output, 'report/index.html'), 'utf8');
  assert.ok(page.includes('<meta name="robots" content="noindex">'));
  const listed = sitemapPaths(dirty.output);
  assert.ok(listed.includes('/') && !listed.includes('/report/'), 'not in the sitemap');
  for (const f of dirty.report.files) assert.ok(page.includes(`<code>${f.file}</code>`), `${f.file} listed`);
  for (const b of BAD) for (const e of b.expect) assert.ok(page.includes(`<code class="code">${e.code}</code>`), `${b.file}: ${e.code} shown`);
  // Each message in Chinese, and under it the terminal's English wording.
  for (const m of dirty.report.files.flatMap((f) => f.messages)) {
    assert.ok(page.includes(` ${escapeHtml(m.zh)}<span class="message-en" lang="en">${escapeHtml(m.text)}</span>`), `${formatMessage(m)} shown in Chinese and English`);
  }
});

/** The runs of digits in a text, sorted: the lines, pages, dates, sizes and shares a message names. */
const numbers = (text: string) => (text.match(/\d+/gu) ?? []).sort();

test('every message says in Chinese what it says in English: the same numbers, in Chinese words', () => {
  const messages = [...dirty.report.files, ...clean.report.files].flatMap((f) => f.messages);
  assert.ok(new Set(messages.map((m) => m.code)).size >= 15, 'messages of many kinds');
  for (const m of messages) {
    const both = `${formatMessage(m)}\n${m.zh}`;
    assert.match(m.zh, /\p{Script=Han}{4}/u, both);
    // What it quotes (“page: two”) is the file's own text.
    assert.doesNotMatch(m.zh.replace(/“[^”]*”/gu, ''), /\b(the|is|was|it|and|of|to)\b/iu, `no English sentence left: ${both}`);
    assert.deepEqual(numbers(m.zh), numbers(m.text), `the same numbers: ${both}`);
  }
});

test('--strict fails with the same messages instead of publishing a damaged archive', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), '--input', input, '--output', mkdtempSync(join(tmpdir(), 'baoku-strict-')), '--strict'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  for (const m of dirty.messages.filter((m) => m.severity === 'error')) assert.ok(run.stdout.includes(formatMessage(m)), `strict output names ${formatMessage(m)}`);
  const leftOut = BAD.filter((b) => b.lands === null).length;
  assert.match(run.stdout, new RegExp(`^Read ${dirty.report.files.length} files: ${dirty.report.files.length - leftOut} in ${dirty.issues.length} issues, ${leftOut} left out \\(`, 'mu'));
  assert.match(run.stderr, /Strict build: the errors above must be fixed/u);
});

describeSearch();

/** The search results show markup as text: the excerpt is built from the article's real text. */
function describeSearch() {
  let site: OpenSite | undefined;
  after(async () => {
    await site?.close();
  });
  test('search results show markup from an issue file as text, never as elements', async () => {
    site = await openSite(dirty.output);
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('稳中求进')}`);
    await page.waitForSelector('[data-search][data-state="ready"]', { timeout: 20000 });
    const results = page.locator('[data-results] li');
    const texts = await results.allInnerTexts();
    const hit = texts.find((t) => t.includes('区委召开'));
    assert.ok(hit, `the markup article is found: ${texts.join(' | ')}`);
    assert.ok(hit.includes('<script>alert("标题")</script>区委召开{{ site.paper }}会议'), hit);
    assert.equal(await page.locator('[data-results] img, [data-results] script, [data-results] b').count(), 0, 'no element from the text');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
