import { readFileSync } from 'node:fs';
import { YUZHONG_DAILY } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { scoreArchive } from '../src/synth/score.ts';
const dir = process.argv[2]!;
const a = readArchive(dir + '/issues', YUZHONG_DAILY, dir);
const s = scoreArchive(a.issues, JSON.parse(readFileSync(dir + '/truth.json', 'utf8')));
console.log(JSON.stringify({ ...s, examples: undefined }));
for (const e of s.examples.slice(0, 12)) console.log(e.id, e.field, '\n   E', JSON.stringify(e.expected).slice(0, 300), '\n   A', JSON.stringify(e.actual).slice(0, 300));
for (const e of s.examples.filter((x) => x.field === 'paragraphs').slice(0, 6)) {
  const E = (e.expected as string[]).join('¶'); const A = (e.actual as string[]).join('¶');
  let i = 0; while (i < E.length && E[i] === A[i]) i++;
  console.log('PARA', e.id, 'at', i, '\n   E', E.slice(Math.max(0, i - 30), i + 30), '\n   A', A.slice(Math.max(0, i - 30), i + 30));
}
