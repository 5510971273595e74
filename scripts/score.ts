/**
 * `npm run score -- DIR [--examples N] [--field F]`: parse a synthetic archive written by
 * `npm run synth` and compare it with its truth.json, printing the wrong fields with
 * examples and, for paragraphs, where the text first differs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { YUZHONG_DAILY } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { exactShare, scoreArchive } from '../src/synth/score.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { examples: { type: 'string', default: '10' }, field: { type: 'string' } } });
const dir = resolve(positionals[0] ?? '');
const archive = readArchive(join(dir, 'issues'), YUZHONG_DAILY, dir);
const score = scoreArchive(archive.issues, JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')), Number.POSITIVE_INFINITY);
console.log(`${score.exact}/${score.articles} exact (${exactShare(score)}); pairs ${score.pairsResolved}/${score.pairs}`);
console.log(Object.entries(score.wrong).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
const shown = score.examples.filter((e) => !values.field || e.field === values.field).slice(0, Number(values.examples));
for (const e of shown) {
  if (Array.isArray(e.expected) && Array.isArray(e.actual) && e.field === 'paragraphs') {
    const E = (e.expected as string[]).join('¶');
    const A = (e.actual as string[]).join('¶');
    let i = 0;
    while (i < E.length && E[i] === A[i]) i++;
    console.log(`${e.id} paragraphs differ at ${i}\n  expected …${E.slice(Math.max(0, i - 25), i + 25)}\n  actual   …${A.slice(Math.max(0, i - 25), i + 25)}`);
  } else console.log(`${e.id} ${e.field}\n  expected ${JSON.stringify(e.expected)}\n  actual   ${JSON.stringify(e.actual)}`);
}
