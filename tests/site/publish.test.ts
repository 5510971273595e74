/**
 * Publishing: the GitHub Pages workflow is valid YAML and every command it runs exists
 * (the CI script, the npm scripts and their options), so CI publishes what the tests built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from '../helpers.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/layout.ts';

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  on: unknown;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[] }>;
}

test('the publishing workflow is valid YAML whose steps all exist', () => {
  const workflow = load(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as Workflow;
  assert.equal(workflow.permissions.pages, 'write');
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const build = readFileSync(join(ROOT, 'scripts/build.ts'), 'utf8');
  for (const step of steps) {
    if (step.uses) assert.match(step.uses, /^actions\/(checkout|upload-pages-artifact|deploy-pages)@v\d+$/u, `an official action: ${step.uses}`);
    for (const line of (step.run ?? '').split('\n').filter(Boolean)) {
      const npmRun = /^npm run (\S+)(?: -- (.*))?$/u.exec(line);
      if (npmRun) {
        assert.ok(scripts[npmRun[1]!], `package.json has the script ${npmRun[1]}`);
        for (const option of (npmRun[2] ?? '').match(/--[a-z-]+/gu) ?? []) assert.ok(build.includes(`'${option.slice(2)}'`) || build.includes(` ${option.slice(2)}:`), `the build takes ${option}`);
      } else {
        const file = line.split(' ')[0]!;
        accessSync(join(ROOT, file), constants.X_OK);
      }
    }
  }
  assert.ok(steps.some((s) => s.run === '.ci/run'), 'the tests run before publishing');
  assert.ok(steps.some((s) => /--strict/u.test(s.run ?? '')), 'the build is strict');
  assert.ok(steps.some((s) => s.uses?.startsWith('actions/deploy-pages')));
});

test('the nginx example sends the pages\u2019 own content security policy', () => {
  const nginx = readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8');
  assert.ok(nginx.includes(`"${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'"`));
  assert.match(nginx, /pagefind.*immutable/su);
});
