/**
 * A small static file server for `npm start`: serves the built site under its path prefix.
 * In preview mode it also tells open pages to reload after an edit (server-sent events; the
 * script is added to pages only as they are served, never to the built files).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

const RELOAD_PATH = '/__preview/events';
const RELOAD_JS_PATH = '/__preview/reload.js';
// A script file, not inline: the pages' content security policy allows scripts from the site only.
const RELOAD_JS = `new EventSource(${JSON.stringify(RELOAD_PATH)}).onmessage = () => location.reload();\n`;
const RELOAD_SCRIPT = `<script src="${RELOAD_JS_PATH}"></script>`;

export interface ServeOptions {
  host?: string;
  /** Preview mode: pages reload when `reload()` of the returned server is called. */
  liveReload?: boolean;
}

export interface SiteServer extends Server {
  /** Tell every open page to reload (preview mode). */
  reload(): void;
}

export function serve(root: string, port: number, pathPrefix = '/', options: ServeOptions = {}): SiteServer {
  const host = options.host ?? '127.0.0.1';
  const prefix = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (options.liveReload && url === RELOAD_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': preview\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (options.liveReload && url === RELOAD_JS_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-cache' }).end(RELOAD_JS);
      return;
    }
    if (!url.startsWith(prefix)) {
      res.writeHead(302, { location: prefix }).end();
      return;
    }
    let file = normalize(join(root, url.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const type = found ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    res.writeHead(found ? 200 : 404, { 'content-type': type });
    if (!existsSync(file)) {
      res.end('<!doctype html><html lang="zh-CN"><title>未找到</title><p>未找到该页面。</p></html>');
    } else if (options.liveReload && type === TYPES['.html']) {
      res.end(readFileSync(file, 'utf8').replace('</body>', `${RELOAD_SCRIPT}</body>`));
    } else createReadStream(file).pipe(res);
  }) as SiteServer;
  server.reload = () => {
    for (const c of clients) c.write('data: reload\n\n');
  };
  server.listen(port, host, () => {
    const actual = (server.address() as { port: number }).port;
    if (port !== 0) console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}${prefix}`);
  });
  return server;
}
