/**
 * The parser on damaged copies of the seeds: lines lost, doubled, swapped, cut in two or run
 * together, blocks moved, stray markers, marks and white space, front matter, CR line ends,
 * markers wrapped onto the next line. What it makes of such a file is a guess; what must hold
 * for every file it will ever meet is checked here, on copies made by a seeded generator (the
 * same copies in every run; a failure names the copy's number and what was done to it):
 * it never throws, loses or doubles no text (no `text-lost`), names only lines the file has,
 * and makes no article without a word in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { MARKER } from '../../src/core/steps/continuation-markers.ts';
import { Random } from '../../src/synth/random.ts';
import { readSeed, seedFiles } from '../helpers.ts';

const COPIES_PER_SEED = 240;

const seeds = seedFiles().map((name) => {
  const { bytes, meta } = readSeed(name);
  return { name, text: new TextDecoder().decode(bytes), meta };
});

/** Text that stray pieces of a page may be: markers (whole, cut, naming no page), bylines, masthead items, marks, white space, an astral, a private-use and a control character, markup. */
const STRAYS = ['（下转2版）', '（下转第3版）', '（上接1版）', '(上接第一版)', '（下转0版）', '（下转', '2版）', '本报讯', '本报讯（记者 张三）', '记者 李 一', '■', '——', '2024年3月29日 星期五', '甲辰年', '第2版', '总第2021期', '\u3000\u3000', '\t', '  ', '😀', '\ue000', '\u0007', '\ufeff', '<script>', '{{ x }}', '。', '”', '（', '）'];

type Mutation = (lines: string[], r: Random, others: readonly string[][]) => string[];

/** The lines with `count` of them from `start` replaced by `items`, as a new list. */
function spliced(lines: readonly string[], start: number, count: number, ...items: string[]): string[] {
  return [...lines.slice(0, start), ...items, ...lines.slice(start + count)];
}

const at = (lines: readonly string[], r: Random) => r.int(0, Math.max(0, lines.length - 1));

const MUTATIONS: Record<string, Mutation> = {
  'line lost': (l, r) => spliced(l, at(l, r), 1),
  'line doubled': (l, r) => {
    const i = at(l, r);
    return spliced(l, i, 0, l[i] ?? '');
  },
  'lines swapped': (l, r) => {
    const i = at(l, r);
    return i + 1 < l.length ? spliced(l, i, 2, l[i + 1]!, l[i]!) : l;
  },
  'line cut in two': (l, r) => {
    const i = at(l, r);
    const text = l[i] ?? '';
    const cut = r.int(0, text.length);
    return spliced(l, i, 1, text.slice(0, cut), text.slice(cut));
  },
  'lines run together': (l, r) => {
    const i = at(l, r);
    return i + 1 < l.length ? spliced(l, i, 2, l[i]! + l[i + 1]!) : l;
  },
  'blank line': (l, r) => spliced(l, at(l, r), 0, ''),
  'stray text in a line': (l, r) => {
    const i = at(l, r);
    const text = l[i] ?? '';
    const p = r.int(0, text.length);
    return spliced(l, i, 1, text.slice(0, p) + r.pick(STRAYS) + text.slice(p));
  },
  'stray line': (l, r) => spliced(l, at(l, r), 0, r.pick(STRAYS)),
  'file cut short': (l, r) => l.slice(0, Math.max(1, at(l, r))),
  'lines of another page': (l, r, others) => {
    const other = r.pick(others);
    const from = at(other, r);
    return spliced(l, at(l, r), 0, ...other.slice(from, from + r.int(1, 20)));
  },
  'block moved': (l, r) => {
    const from = at(l, r);
    const block = l.slice(from, from + r.int(1, 15));
    const rest = spliced(l, from, block.length);
    return spliced(rest, r.int(0, rest.length), 0, ...block);
  },
  'front matter': (l, r) => ['---', `date: 2024-0${r.int(1, 9)}-1${r.int(0, 9)}`, `page: ${r.int(1, 4)}`, '---', ...l],
  'CR line ends': (l) => l.map((line) => `${line}\r`),
  'marker wrapped': (l, r) => {
    const found = l.flatMap((line, i) => [...line.matchAll(MARKER)].map((m) => ({ i, start: m.index, length: m[0].length })));
    if (found.length === 0) return l;
    const { i, start, length } = r.pick(found);
    const cut = start + r.int(1, length - 1);
    return spliced(l, i, 1, l[i]!.slice(0, cut), l[i]!.slice(cut));
  },
};

const NAMES = Object.keys(MUTATIONS);

/** A damaged copy of a seed, the same for the same number. */
function damagedCopy(n: number): { name: string; done: string[]; text: string; meta: string | undefined } {
  const r = new Random(n + 1);
  const seed = r.pick(seeds);
  const others = seeds.map((s) => s.text.split('\n'));
  let lines = seed.text.split('\n');
  const done: string[] = [];
  for (let k = r.int(1, 8); k > 0; k--) {
    const name = r.pick(NAMES);
    done.push(name);
    lines = MUTATIONS[name]!(lines, r, others);
  }
  return { name: seed.name, done, text: lines.join('\n'), meta: seed.meta !== undefined && r.chance(0.7) ? seed.meta : undefined };
}

test(`${COPIES_PER_SEED * seeds.length} damaged copies of the seeds: nothing thrown, lost or doubled, no line that is not in the file, no empty article`, () => {
  const problems: string[] = [];
  for (let n = 0; n < COPIES_PER_SEED * seeds.length; n++) {
    const copy = damagedCopy(n);
    const file = `damaged/${n}.txt`;
    const what = `copy ${n} of ${copy.name} (${copy.done.join(', ')})`;
    try {
      const parsed = parseFile({ file, bytes: new TextEncoder().encode(copy.text), ...(copy.meta !== undefined ? { meta: copy.meta } : {}) }, YUZHONG_DAILY);
      const { issues, messages } = assembleIssues([parsed], YUZHONG_DAILY);
      // Lines as an editor's text editor counts them (CR, LF or CRLF each end one).
      const lineCount = copy.text.split(/\r\n?|\n/u).length;
      // An issue's messages include its pages': each message once.
      for (const m of new Set([...parsed.messages, ...parsed.pages.flatMap((p) => p.messages), ...messages, ...issues.flatMap((i) => i.messages)])) {
        if (m.code === 'text-lost') problems.push(`${what}: ${m.text}`);
        if (m.file === file && !(Number.isInteger(m.line) && m.line >= 0 && m.line <= lineCount)) problems.push(`${what}: ${m.code} names line ${m.line} of ${lineCount}`);
      }
      for (const a of issues.flatMap((i) => i.pages.flatMap((p) => p.articles))) {
        if (a.headline === null && a.kicker === null && a.subtitles.length === 0 && a.paragraphs.length === 0 && a.captions.length === 0 && a.byline === null) problems.push(`${what}: article ${a.id} holds no text (lines ${a.lines.from}-${a.lines.to})`);
      }
    } catch (error) {
      problems.push(`${what}: threw ${(error as Error).stack}`);
    }
  }
  assert.deepEqual(problems, []);
});
