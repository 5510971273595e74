/**
 * `npm run build [-- --input seeds --output _site --path-prefix /baoku/ --strict]`
 * `npm start` builds the same way, then serves the site on http://localhost:8080/.
 */
import { parseArgs } from 'node:util';
import { buildSite } from '../src/shell/build.ts';
import { formatMessage } from '../src/shell/report.ts';
import { serve } from '../src/shell/serve.ts';

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

const started = performance.now();
const result = await buildSite({ input: values.input!, output: values.output!, pathPrefix: values['path-prefix']!, siteUrl: values['site-url']! });
const counts = { error: 0, warning: 0, info: 0 };
for (const m of result.messages) counts[m.severity]++;
for (const m of result.messages) if (values.verbose || m.severity !== 'info') console.log(formatMessage(m));
const articles = result.issues.reduce((n, i) => n + i.pages.reduce((k, p) => k + p.articles.length, 0), 0);
console.log(
  `Built ${result.issues.length} issues, ${articles} articles into ${values.output} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes${values.verbose ? '' : ' (--verbose lists the notes)'}.`,
);
if (values.strict && counts.error > 0) {
  console.error('Strict build: the errors above must be fixed before the archive is published.');
  process.exit(1);
}
if (values.serve) serve(result.output, Number(values.port), values['path-prefix']!);
