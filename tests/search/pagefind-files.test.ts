/**
 * baoku writes the search index in Pagefind's file format itself (pagefind-files.ts). Here
 * Pagefind 1.5.2's own indexer indexes the same records, and both outputs are decoded and
 * compared: index chunks byte for byte, the meta file field by field, the fragments as JSON.
 * (Pagefind also indexes metadata values and keeps each page's content in its fragment;
 * baoku does neither, so the records compared carry no metadata, and fragments are compared
 * with Pagefind's content left out.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { harvest } from '../../src/synth/material.ts';
import { generateArchive } from '../../src/synth/generate.ts';
import { LANGUAGE, pagefindIndexFiles, type IndexRecord } from '../../src/search/pagefind-files.ts';
import { recordWords, searchRecordsByYear } from '../../src/search/records.ts';
import { readSeed, seedFiles } from '../helpers.ts';

type Cbor = number | string | Cbor[];

/** Just enough CBOR to read Pagefind's files: integers, text, definite arrays. */
function decode(bytes: Uint8Array): Cbor {
  let at = 0;
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    let n = info;
    if (info >= 24) {
      const size = 1 << (info - 24);
      n = 0;
      for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    }
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) return new TextDecoder().decode(bytes.subarray(at, (at += n)));
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`CBOR major type ${major} at ${at - 1}`);
  };
  const value = item();
  assert.equal(at, bytes.length, 'nothing after the value');
  return value;
}

/** A file as Pagefind writes it: gzip of `pagefind_dcd` and the payload. */
function payload(file: Uint8Array): Buffer {
  const raw = gunzipSync(file);
  assert.equal(raw.subarray(0, 12).toString(), 'pagefind_dcd');
  return raw.subarray(12);
}

async function pagefindsOwn(records: readonly IndexRecord[]): Promise<Map<string, Uint8Array>> {
  const { index } = await pagefind.createIndex({});
  assert.ok(index);
  // One at a time, so the pages are numbered in the records' order, as baoku numbers them.
  for (const r of records) await index.addCustomRecord({ url: r.url, content: r.words.join(' '), language: LANGUAGE, meta: { ...r.meta }, sort: { ...r.sort } });
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((f) => [f.path, f.content]));
}

/** Records from a small synthetic archive (about 600 articles: several index chunks). */
function sampleRecords(): IndexRecord[] {
  const seeds = assembleIssues(seedFiles().map((n) => parseFile(readSeed(n), YUZHONG_DAILY)), YUZHONG_DAILY).issues;
  const { files } = generateArchive(harvest(seeds), { issues: 24, seed: 5 });
  const issues = assembleIssues(files.map((f) => parseFile({ file: f.name, bytes: Buffer.from(f.text) }, YUZHONG_DAILY)), YUZHONG_DAILY).issues;
  return searchRecordsByYear(issues).flatMap((y) => y.records).map((r) => ({ url: r.url, words: recordWords(r), meta: {}, sort: { date: r.date } }));
}

test("baoku's index files decode to what Pagefind 1.5.2 writes for the same records", async (t) => {
  t.after(() => pagefind.close());
  const records = sampleRecords();
  assert.ok(records.length > 400, `${records.length} records`);
  const theirs = await pagefindsOwn(records);
  const ours = pagefindIndexFiles(records);

  const metaOf = (files: Map<string, Uint8Array>, raw: (b: Uint8Array) => Uint8Array) => {
    const [name, bytes] = [...files].find(([p]) => p.endsWith('.pf_meta'))!;
    return { name, meta: decode(raw(bytes)) as Cbor[] };
  };
  const their = metaOf(theirs, payload);
  const our = metaOf(ours.files, (b) => b);
  const [version, pages, chunks, filters, sorts, keys] = our.meta as [string, [string, number][], [string, string, string][], Cbor[], Cbor[], string[]];
  const theirPages = their.meta[1] as [string, number][];
  assert.equal(version, their.meta[0]);
  assert.deepEqual(
    pages.map((p) => p[1]),
    theirPages.map((p) => p[1]),
    'every page has the same word count',
  );
  assert.ok(chunks.length >= 5, `${chunks.length} index chunks`);
  assert.deepEqual(chunks, their.meta[2], 'the same chunks: first and last word prefixes, and names');
  assert.deepEqual([filters, sorts, keys], [their.meta[3], their.meta[4], their.meta[5]], 'filters, sort orders and metadata keys');

  for (const [, , hash] of chunks) {
    const path = `index/${hash}.pf_index`;
    assert.ok(Buffer.from(ours.files.get(path)!).equals(payload(theirs.get(path)!)), `${path} is byte for byte Pagefind's`);
  }
  pages.forEach(([hash], i) => {
    const mine = JSON.parse(new TextDecoder().decode(ours.files.get(`fragment/${hash}.pf_fragment`)!)) as Record<string, unknown>;
    const pf = JSON.parse(payload(theirs.get(`fragment/${theirPages[i]![0]}.pf_fragment`)!).toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(mine, { ...pf, content: '' }, `page ${i}: the fragment, without its content`);
  });
  assert.deepEqual(ours.entry, { hash: our.name.replace(/^pagefind\.|\.pf_meta$/gu, ''), page_count: records.length });
});

test('metadata keys and sort orders for records that carry them', async (t) => {
  t.after(() => pagefind.close());
  const records: IndexRecord[] = [
    { url: '/b/', words: ['abcd', 'abcdefgh'], meta: { title: '解放碑', date: '2024-03-29' }, sort: { date: '2024-03-29' } },
    { url: '/a/', words: ['efgh'], meta: { title: '朝天门', text: '/x' }, sort: { date: '2024-03-27' } },
    { url: '/c/', words: ['efgh', 'abcd'], meta: { title: 'C' }, sort: { date: '2024-03-29' } },
  ];
  const theirs = decode(payload([...(await pagefindsOwn(records))].find(([p]) => p.endsWith('.pf_meta'))![1])) as Cbor[];
  const ours = decode([...pagefindIndexFiles(records).files].find(([p]) => p.endsWith('.pf_meta'))![1]) as Cbor[];
  assert.deepEqual(ours[4], theirs[4], 'newest-first sorting: the same order, ties by page');
  assert.deepEqual(ours[5], theirs[5], 'the metadata keys');
});
