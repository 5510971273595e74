/**
 * `npm run golden` rewrites tests/golden/<seed>.json from the parser's current output.
 * Only after reading the diff and checking every change against the seed by hand: the
 * golden files are the hand-checked truth the tests hold the parser to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleIssues, parseFile, YUZHONG_DAILY } from '../src/core/index.ts';
import { articleSummary, readSeed, ROOT, seedFiles } from '../tests/helpers.ts';
import { goldenOf } from '../tests/golden/golden.ts';

const files = seedFiles().map((name) => parseFile(readSeed(name), YUZHONG_DAILY));
const { issues } = assembleIssues(files, YUZHONG_DAILY);
for (const name of seedFiles()) {
  const golden = goldenOf(issues, `seeds/${name}`, articleSummary);
  writeFileSync(join(ROOT, 'tests/golden', name.replace(/\.txt$/u, '.json')), `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`wrote tests/golden/${name.replace(/\.txt$/u, '.json')}`);
}
