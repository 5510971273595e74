/** A small static file server for `npm start`: serves the built site under its path prefix. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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

export function serve(root: string, port: number, pathPrefix = '/', host = '127.0.0.1'): Server {
  const prefix = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
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
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('<!doctype html><html lang="zh-CN"><title>未找到</title><p>未找到该页面。</p></html>');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(port, host, () => {
    const actual = (server.address() as { port: number }).port;
    if (port !== 0) console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}${prefix}`);
  });
  return server;
}
