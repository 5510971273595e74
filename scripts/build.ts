/**
 * `npm run build [-- --input seeds --output _site --path-prefix /baoku/ --strict]`
 * `npm start` builds the same way, serves the site on http://localhost:8080/ and previews
 * edits: a changed issue file is re-parsed and its pages re-rendered, and open pages reload.
 */
import { watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleCount, buildSite, type BuildOptions } from '../src/shell/build.ts';
import { formatMessage, summarizeReport } from '../src/shell/report.ts';
import type { BuildReport } from '../src/site/report.ts';
import { serve } from '../src/shell/serve.ts';
import { Preview } from '../src/shell/preview.ts';

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

function report(r: BuildReport, reportAt: string): number {
  for (const line of summarizeReport(r, { verbose: values.verbose!, reportAt })) console.log(line);
  return r.counts.error;
}

const started = performance.now();
if (!values.serve) {
  const result = await buildSite(options);
  const articles = articleCount(result.issues);
  console.log(`Built ${result.issues.length} issues, ${articles} articles into ${values.output} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const errors = report(result.report, join(values.output!, 'report', 'index.html'));
  if (values.strict && errors > 0) {
    console.error('Strict build: the errors above must be fixed before the archive is published.');
    process.exit(1);
  }
} else {
  const preview = new Preview(options);
  await preview.build();
  console.log(`Built ${preview.issues.length} issues in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  report(preview.report, `http://localhost:${values.port}${values['path-prefix']!.replace(/\/$/u, '')}/report/`);
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
        for (const m of preview.report.files.find((f) => f.file === u.file)?.messages ?? []) if (m.severity !== 'info') console.log(formatMessage(m));
      }
      server.reload();
    }, 100);
  });
  console.log(`Watching ${values.input} for edits.`);
}
