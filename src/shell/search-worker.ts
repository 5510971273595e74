/**
 * A search-index job in a process of its own: receives one year's records from the build
 * (see search-index.ts), writes that year's index files (pagefind-files.ts) beside a copy of
 * Pagefind's browser runtime, reports back, and waits for the next year. Two workers index
 * two years at once.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGE, pagefindIndexFiles } from '../search/pagefind-files.ts';
import { recordWords, type SearchRecord } from '../search/records.ts';
import { removeFiles } from './output.ts';

/** Pagefind's browser runtime (its script and WebAssembly) and the entry file it starts from. */
export interface PagefindRuntime {
  files: { path: string; content: Uint8Array }[];
  entry: { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }>; include_characters?: string[] };
}

export interface IndexJob {
  year: string;
  records: SearchRecord[];
  outputPath: string;
  runtime: PagefindRuntime;
}

export interface IndexJobResult {
  year: string;
  records: number;
  errors: string[];
}

/** Every index file starts, once decompressed, with this signature (Pagefind's). */
const SIGNATURE = Buffer.from('pagefind_dcd');

export function writeYearIndex(job: IndexJob): IndexJobResult {
  // Written over the year's previous index, whose files not written again are removed after
  // (deleting first made the file system slow to create the new ones; see output.ts).
  const written = new Set<string>();
  // Folders made so far: a year writes thousands of files into four of them.
  const made = new Set<string>();
  const write = (path: string, data: Uint8Array) => {
    const file = join(job.outputPath, path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, data);
    written.add(file);
  };
  const { entry, files } = pagefindIndexFiles(job.records.map((r) => ({ url: r.url, words: recordWords(r), meta: r.meta, sort: { date: r.date } })));
  // gzip's header carries no time here, so two builds write the same bytes.
  for (const [path, data] of files) write(path, gzipSync(Buffer.concat([SIGNATURE, data])));
  for (const f of job.runtime.files) write(f.path, f.content);
  const template = job.runtime.entry;
  const language = { ...template.languages[LANGUAGE], ...entry, wasm: template.languages[LANGUAGE]?.wasm ?? null };
  write('pagefind-entry.json', Buffer.from(JSON.stringify({ ...template, languages: { [LANGUAGE]: language } })));
  // Each article's real text, for the browser's excerpt and exact check, gzip-compressed.
  for (const r of job.records) write(r.textFile, gzipSync(r.text, { level: 9 }));
  removeFiles(job.outputPath, (path) => !written.has(path));
  return { year: job.year, records: job.records.length, errors: [] };
}

if (process.send) {
  process.on('message', (job: IndexJob) => {
    let result: IndexJobResult;
    try {
      result = writeYearIndex(job);
    } catch (error: unknown) {
      result = { year: job.year, records: 0, errors: [String(error)] };
    }
    process.send!(result);
  });
  process.on('disconnect', () => process.exit(0));
}
