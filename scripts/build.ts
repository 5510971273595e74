/**
 * `npm run build [-- --input seeds --output _site --path-prefix /baoku/ --strict]`
 * `npm start` builds the same way, serves the site on http://localhost:8080/ and previews
 * edits: a changed issue file is re-parsed and its pages re-rendered, and open pages reload.
 */
import { watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, type BuildOptions } from '../src/shell/build.ts';
import { formatMessage } from '../src/shell/report.ts';
import { serve } from '../src/shell/serve.ts';
import { Preview } from '../src/shell/preview.ts';
import type { Message } from '../src/core/index.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'seeds' },
    output: { type: 'string', default: '_site' },
    'path-prefix': { type: 'string', default: '/' },
    'site-url': { type: 'string', default: 'http://localhost:8080' },
    serve: { type: 'boolean', default: false },
    port: { type: 'string', default: '8080' },
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const options: BuildOptions = { input: values.input!, output: values.output!, pathPrefix: values['path-prefix']!, siteUrl: values['site-url']! };

function report(messages: Message[]): number {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const m of messages) counts[m.severity]++;
  for (const m of messages) if (values.verbose || m.severity !== 'info') console.log(formatMessage(m));
  console.log(`${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes${values.verbose ? '' : ' (--verbose lists the notes)'}.`);
  return counts.error;
}

const started = performance.now();
if (!values.serve) {
  const result = await buildSite(options);
  const articles = result.issues.reduce((n, i) => n + i.pages.reduce((k, p) => k + p.articles.length, 0), 0);
  console.log(`Built ${result.issues.length} issues, ${articles} articles into ${values.output} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const errors = report(result.messages);
  if (values.strict && errors > 0) {
    console.error('Strict build: the errors above must be fixed before the archive is published.');
    process.exit(1);
  }
} else {
  const preview = new Preview(options);
  await preview.build();
  console.log(`Built ${preview.issues.length} issues in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  report(preview.issues.flatMap((i) => i.messages));
  const server = serve(join(process.cwd(), values.output!), Number(values.port), values['path-prefix']!, { liveReload: true });
  let pending: NodeJS.Timeout | null = null;
  const changed = new Set<string>();
  watch(values.input!, { recursive: true }, (_event, name) => {
    if (!name || !/\.(txt|meta)$/u.test(name)) return;
    changed.add(join(values.input!, name));
    if (pending) clearTimeout(pending);
    pending = setTimeout(async () => {
      pending = null;
      for (const file of [...changed]) {
        changed.delete(file);
        const u = await preview.update(file);
        console.log(`Updated ${u.file}: ${u.written} pages for ${u.issues.join(', ') || 'no issue'} in ${Math.round(u.milliseconds)} ms.`);
        for (const m of preview.issues.flatMap((i) => i.messages).filter((m) => m.file === u.file && m.severity !== 'info')) console.log(formatMessage(m));
      }
      server.reload();
    }, 100);
  });
  console.log(`Watching ${values.input} for edits.`);
}
