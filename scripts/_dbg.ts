import { readFileSync } from 'node:fs';
import { draftAfter } from '../tests/helpers.ts';
const d = draftAfter('headlines', readFileSync('/tmp/p2.txt', 'utf8').split('\n').slice(4).join('\n'));
for (const e of d.elements) console.log(e.type, e.type === 'group' ? e.group.blocks.flat().map((l) => l.text).join('|') : `${e.article.parts[0]?.lines[0]?.text.slice(0, 20)} H=${e.article.heading?.blocks.flat().map((l) => l.text).join('|')}`);
