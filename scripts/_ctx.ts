import { readFileSync } from 'node:fs';
import { displayWidth } from '../src/core/text.ts';
const [file, line] = process.argv.slice(2) as [string, string];
const lines = readFileSync(file, 'utf8').split('\n');
const n = Number(line);
for (let k = n - 5; k < n + 3; k++) console.log(k + 1, displayWidth(lines[k]!.trim()), JSON.stringify(lines[k]));
