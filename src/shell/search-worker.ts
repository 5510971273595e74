/**
 * A search-index job in a process of its own: receives one year's records from the build
 * (see search-index.ts), writes that year's Pagefind index, reports back, and waits for the
 * next year. Each worker runs its own Pagefind service, so years are indexed in parallel and
 * each service holds only one year in memory at a time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { recordContent, type SearchRecord } from '../search/records.ts';

export interface IndexJob {
  year: string;
  records: SearchRecord[];
  outputPath: string;
}

export interface IndexJobResult {
  year: string;
  records: number;
  errors: string[];
}

/** Pagefind's own search interfaces, which baoku does not use: not published. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

export async function writeYearIndex(job: IndexJob): Promise<IndexJobResult> {
  rmSync(job.outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { year: job.year, records: 0, errors };
  const all = [...errors];
  // Sent without waiting for each reply: the service handles them in order, and is never idle.
  const added = await Promise.all(
    job.records.map((r) =>
      index.addCustomRecord({
        url: r.url,
        content: recordContent(r),
        // 'unknown': no stemming and no word segmentation. The content is already split into
        // search tokens; a Chinese segmenter only re-split them, and cost half the time.
        language: 'unknown',
        meta: r.meta,
        sort: { date: r.date },
      }),
    ),
  );
  for (const a of added) all.push(...a.errors);
  const written = await index.writeFiles({ outputPath: job.outputPath });
  all.push(...written.errors);
  await index.deleteIndex();
  // Each article's real text, for the browser's excerpt and exact check, gzip-compressed
  // (the header carries no time, so two builds write the same bytes).
  mkdirSync(join(job.outputPath, 'text'), { recursive: true });
  for (const r of job.records) writeFileSync(join(job.outputPath, r.textFile), gzipSync(r.text, { level: 9 }));
  for (const name of UNUSED) rmSync(join(job.outputPath, name), { force: true });
  return { year: job.year, records: job.records.length, errors: all };
}

if (process.send) {
  process.on('message', (job: IndexJob) => {
    void writeYearIndex(job).then(
      (result) => process.send!(result),
      (error: unknown) => process.send!({ year: job.year, records: 0, errors: [String(error)] } satisfies IndexJobResult),
    );
  });
  process.on('disconnect', () => void pagefind.close().then(() => process.exit(0)));
}
