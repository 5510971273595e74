/** V8 settings a build stage sets for itself: restored however the stage ends, and known to this Node's V8. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PARSE_FLAGS, withV8Flags, type StageFlags } from '../../src/shell/v8-flags.ts';

const flags: StageFlags = { during: '--a', after: '--b' };

test('a stage runs with its flags set, and they are restored after it', async () => {
  const set: string[] = [];
  const result = await withV8Flags(flags, async () => {
    set.push('stage');
    return 42;
  }, (f) => set.push(f));
  assert.equal(result, 42);
  assert.deepEqual(set, ['--a', 'stage', '--b']);
});

test('a stage that fails still has its flags restored, and its error passes through', async () => {
  const set: string[] = [];
  await assert.rejects(withV8Flags(flags, async () => Promise.reject(new Error('a bad file')), (f) => set.push(f)), /a bad file/u);
  assert.deepEqual(set, ['--a', '--b']);
});

test("this Node's V8 knows every flag the parse sets (an unknown one would only be reported on stderr)", () => {
  for (const flag of [PARSE_FLAGS.during, PARSE_FLAGS.after]) {
    const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '', `${flag}: ${run.stderr}`);
  }
  const unknown = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-v8-flag')`], { encoding: 'utf8' });
  assert.match(unknown.stderr, /unrecognized flag/u, 'the check above can fail');
});
