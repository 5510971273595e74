/** Shared test helpers: parse texts as the build does, and summarise results for fixtures. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft, PAGE_STEPS } from '../src/core/parse-file.ts';
import { lineDraft, type LineDraft, type PageDraft } from '../src/core/draft.ts';
import type { JumpHeadline } from '../src/core/pairing.ts';
import { assembleIssues, parseFile, YUZHONG_DAILY, type Article, type ParsedFile, type ParsedIssue } from '../src/core/index.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
export const SEEDS = join(ROOT, 'seeds');

export function parseText(text: string, file = 'fixture.txt', meta?: string): ParsedFile {
  return parseFile({ file, bytes: new TextEncoder().encode(text), ...(meta !== undefined ? { meta } : {}) }, YUZHONG_DAILY);
}

export function parseIssues(files: { file: string; text: string; meta?: string }[]): { issues: ParsedIssue[]; files: ParsedFile[] } {
  const parsed = files.map((f) => parseText(f.text, f.file, f.meta));
  return { issues: assembleIssues(parsed, YUZHONG_DAILY).issues, files: parsed };
}

/** A line of a draft as the parser reads it: numbered, measured, not a frame start. */
export function draftLine(no: number, text: string): LineDraft {
  return lineDraft(no, text, false);
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): { file: string; bytes: Buffer; meta?: string } {
  const meta = join(SEEDS, name.replace(/\.txt$/u, '.meta'));
  return { file: `seeds/${name}`, bytes: readFileSync(join(SEEDS, name)), ...(existsSync(meta) ? { meta: readFileSync(meta, 'utf8') } : {}) };
}

/** A paragraph as head…tail: enough to check its boundaries at a glance. */
export function clip(text: string, head = 14, tail = 8): string {
  const chars = [...text];
  return chars.length <= head + tail + 1 ? text : `${chars.slice(0, head).join('')}…${chars.slice(-tail).join('')}`;
}

/** The fields a fixture states about an article. */
export function articleSummary(a: Pick<Article, 'kicker' | 'headline' | 'subtitles' | 'byline' | 'reporters' | 'paragraphs' | 'crossheads' | 'captions' | 'continuedTo' | 'continuedFrom'> & { date?: string | null }) {
  return {
    kicker: a.kicker,
    headline: a.headline,
    subtitles: a.subtitles,
    byline: a.byline,
    reporters: a.reporters,
    ...(a.date !== undefined ? { date: a.date } : {}),
    continuedTo: a.continuedTo,
    continuedFrom: a.continuedFrom,
    paragraphs: a.paragraphs.map((p) => clip(p)),
    crossheads: a.crossheads,
    captions: a.captions.map((c) => `${c.text} | ${c.credit}`),
  };
}

/**
 * The page draft after the pipeline has run up to and including the named step; `jumpHeadlines`
 * as when the page is read again with the stories sent on to it known.
 */
export function draftAfter(step: string, text: string, jumpHeadlines: readonly JumpHeadline[] = []): PageDraft {
  const names = PAGE_STEPS.map((s) => s.name);
  if (!names.includes(step)) throw new Error(`no step ${step}; steps: ${names.join(', ')}`);
  const draft = newDraft('fixture.txt', 0, text.split('\n').map((raw, i) => ({ no: i + 1, raw })), YUZHONG_DAILY, null, jumpHeadlines);
  for (const s of PAGE_STEPS) {
    s.run(draft);
    if (s.name === step) break;
  }
  return draft;
}

/** A fixture text written with an indent in a template literal, dedented; `|` marks a frame space. */
export function page(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').split('\n');
  if (lines[0]?.trim() === '') lines.shift();
  if (lines.at(-1)?.trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */u)![0].length));
  return lines.map((l) => l.slice(indent).replace(/^\|/u, ' ')).join('\n');
}

let gbTable: Map<string, number[]> | null = null;

/**
 * Text as GB18030 bytes, the way older Windows tools save Chinese (Node has no GB18030
 * encoder; the table is the decoder's two-byte range read backwards). Throws for a character
 * outside that range, a fault in the test's own text.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
        } catch {
          // not a character
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (gbTable.has(ch)) out.push(...gbTable.get(ch)!);
    else throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
  }
  return new Uint8Array(out);
}

/** Text as UTF-16 with a byte order mark, little endian unless asked. */
export function encodeUtf16(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}
