/**
 * `npm run inspect -- seeds/<file>.txt [more files]`: what the parser made of one issue file.
 * The file is parsed together with the other files of its folder, so that its issue's
 * continuations are paired as in the real build.
 */
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { YUZHONG_DAILY } from '../src/core/index.ts';
import { readArchive } from '../src/shell/read-archive.ts';
import { describeIssue, formatMessage } from '../src/shell/report.ts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('Usage: npm run inspect -- seeds/<file>.txt');
  process.exit(2);
}
let failed = false;
for (const arg of files) {
  const path = resolve(arg);
  if (!existsSync(path)) {
    console.error(`No such file: ${arg}. Give the path of an issue file, for example seeds/000_2837924d874845ac.txt.`);
    failed = true;
    continue;
  }
  const root = process.cwd();
  const archive = readArchive(dirname(path), YUZHONG_DAILY, root);
  const rel = archive.files.find((f) => resolve(root, f.file) === path)?.file ?? arg;
  const issue = archive.issues.find((i) => i.pages.some((p) => p.source === rel));
  console.log(`=== ${rel}`);
  if (issue) console.log(describeIssue(issue, rel));
  else {
    console.log('This file is in no issue:');
    for (const m of archive.messages.filter((m) => m.file === rel || m.file === rel.replace(/\.txt$/u, '.meta'))) console.log(`  ${formatMessage(m)}`);
    failed = true;
  }
  console.log('');
}
process.exit(failed ? 1 : 0);
