/**
 * Step: front matter. Metadata the text lacks, given by the editor.
 *
 * Either at the top of the issue file, between `---` lines, or in a sidecar file beside it
 * (`<name>.meta`, same `key: value` lines) when the text file must stay exactly as extracted.
 *
 *     ---
 *     date: 2023-09-15      # ISO date of the issue
 *     page: 1               # page (版) held by this file
 *     number: 105           # 第N期
 *     totalNumber: 1989     # 总第N期
 *     pageCount: 4          # 今日N版
 *     ---
 *
 * `#` starts a comment: record the evidence for a date there.
 */
import { parseIso, toIso } from '../dates.ts';
import type { Message } from '../types.ts';
import { fileMessage } from '../message.ts';

export interface FrontMatter {
  date?: string;
  page?: number;
  paper?: string;
  number?: number;
  totalNumber?: number;
  pageCount?: number;
}

/** The line each key's value was taken from, for messages that point back to it. */
export type FrontMatterLines = { [K in keyof FrontMatter]?: number };

export interface FrontMatterResult {
  meta: FrontMatter;
  lines: FrontMatterLines;
  /** Lines of the text after the front matter, with their original 1-based numbers. */
  bodyStart: number;
  messages: Message[];
}

const NUMBER_KEYS = ['page', 'number', 'totalNumber', 'pageCount'] as const;

/** Read `key: value` lines. `firstLine` is the file line of `lines[0]`. */
export function readMetaLines(lines: readonly string[], firstLine: number, file: string): { meta: FrontMatter; lines: FrontMatterLines; messages: Message[] } {
  const meta: FrontMatter = {};
  const at: FrontMatterLines = {};
  const messages: Message[] = [];
  const bad = (line: number, text: string, zh: string) => messages.push(fileMessage(file, 'front-matter-invalid', 'error', line, text, zh));
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.replace(/(^|\s)#.*$/u, '').trim();
    if (text === '') return;
    const m = /^([A-Za-z]+)\s*:\s*(.*)$/u.exec(text);
    if (!m) return bad(line, `Front matter line "${raw.trim()}" is not "key: value". Write it as, for example, "date: 2024-03-29".`, `front matter 中的“${raw.trim()}”不是“键: 值”的写法。请照例如“date: 2024-03-29”这样写。`);
    const key = m[1]!;
    const value = m[2]!.replace(/^["']|["']$/gu, '').trim();
    if (key === 'date') {
      const ymd = parseIso(value);
      if (ymd) {
        meta.date = toIso(ymd);
        at.date = line;
      } else bad(line, `"${value}" is not a real date. Write the issue date as YYYY-MM-DD, for example 2024-03-29.`, `“${value}”不是有效日期。请按 YYYY-MM-DD 写出出版日期，例如 2024-03-29。`);
    } else if (key === 'paper') {
      meta.paper = value;
      at.paper = line;
    } else if ((NUMBER_KEYS as readonly string[]).includes(key)) {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) {
        meta[key as (typeof NUMBER_KEYS)[number]] = n;
        at[key as (typeof NUMBER_KEYS)[number]] = line;
      } else bad(line, `"${key}: ${value}" needs a positive whole number.`, `“${key}: ${value}”需要一个正整数。`);
    } else {
      bad(line, `Unknown front matter key "${key}". Known keys: date, page, paper, number, totalNumber, pageCount.`, `front matter 中有未知的键“${key}”。可用的键：date、page、paper、number、totalNumber、pageCount。`);
    }
  });
  return { meta, lines: at, messages };
}

/** Front matter at the top of an issue file, if there is one. */
export function readFrontMatter(lines: readonly string[], file: string): FrontMatterResult {
  if (lines[0]?.trim() !== '---') return { meta: {}, lines: {}, bodyStart: 0, messages: [] };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return {
      meta: {},
      lines: {},
      bodyStart: 0,
      messages: [
        fileMessage(
          file,
          'front-matter-unclosed',
          'error',
          1,
          'The file starts with "---" but the front matter is never closed. Add a "---" line after the last key, or remove the first line.',
          '文件以“---”开头，但 front matter 没有结束。请在最后一个键之后加一行“---”，或删去第一行。',
        ),
      ],
    };
  }
  const { meta, lines: at, messages } = readMetaLines(lines.slice(1, end), 2, file);
  return { meta, lines: at, bodyStart: end + 1, messages };
}
