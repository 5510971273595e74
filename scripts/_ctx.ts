import { readFileSync, readdirSync } from 'node:fs';
import { displayWidth } from '../src/core/text.ts';
const [dir, needle] = process.argv.slice(2) as [string, string];
for (const f of readdirSync(dir).filter((x) => x.startsWith(process.argv[4] ?? ''))) {
  const lines = readFileSync(`${dir}/${f}`, 'utf8').split('\n');
  lines.forEach((l, i) => {
    if (l.includes(needle)) for (let k = Math.max(0, i - 3); k < Math.min(lines.length, i + 4); k++) console.log(f, k + 1, displayWidth(lines[k]!.trim()), JSON.stringify(lines[k]));
  });
}
