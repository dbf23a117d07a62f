// A static file server for the built site, mounted under a sub-path the way HR hosts it
// on an intranet server. It serves only files that exist, with the right MIME types.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` at http://127.0.0.1:PORT{mount}. Returns { url, close, requests }.
 *  With `{ plain: true }` it answers as a plain static server does (Apache, IIS or
 *  `python3 -m http.server` as set up): `Last-Modified` and no `Cache-Control`, so the
 *  browser may keep a file it has seen for a while without asking, and 304 to a request
 *  that asks whether a file changed. */
export async function serveSite(root, mount = '/jiritsu/', { plain = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('not here');
      return;
    }
    let file = normalize(join(base, path.slice(mount.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] || 'application/octet-stream' };
      if (plain) {
        const modified = new Date(Math.floor((await stat(file)).mtimeMs / 1000) * 1000);
        const since = Date.parse(req.headers['if-modified-since'] ?? '');
        if (!Number.isNaN(since) && modified.getTime() <= since) {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { ...type, 'last-modified': modified.toUTCString() });
      } else {
        res.writeHead(200, { ...type, 'cache-control': 'no-cache' });
      }
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${mount}`,
    requests,
    // Kept-alive browser connections would hold the server open: they are cut too.
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

/** A page with no app at all, for the benchmark's baseline. */
export function plainPage() {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title></head>'
    + '<body><h1>Plain page</h1><script>performance.mark("jiritsu-ready");'
    + 'document.documentElement.dataset.ready="true"</script></body></html>';
}
