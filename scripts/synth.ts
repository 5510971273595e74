/**
 * `npm run synth -- --issues N --out DIR [--seed S]`: write a synthetic 渝中报 archive of N
 * issues, and beside it `truth.json`, what was printed, for `npm run bench` to score against.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { YUZHONG_DAILY } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { harvest } from '../src/synth/material.ts';
import { generateArchive } from '../src/synth/generate.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '20' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('Usage: npm run synth -- --issues N --out DIR [--seed S]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const material = harvest(readArchive(join(root, 'seeds'), YUZHONG_DAILY, root).issues);
const archive = generateArchive(material, { issues: Number(values.issues), seed: Number(values.seed) });
const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'issues'), { recursive: true });
for (const f of archive.files) writeFileSync(join(out, 'issues', f.name), f.text);
writeFileSync(join(out, 'truth.json'), JSON.stringify(archive.truth));
const bytes = archive.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
console.log(`Wrote ${values.issues} issues in ${archive.files.length} files (${(bytes / 1e6).toFixed(1)} MB) to ${join(out, 'issues')}, truth of ${archive.truth.length} articles in ${join(out, 'truth.json')}.`);
