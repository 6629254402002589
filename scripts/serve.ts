/**
 * A minimal static file server for dist/ on loopback, used by the browser tests and the benchmark
 * (any static server works for production; this one avoids extra dependencies).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
};

export async function serveStatic(root: string, port = 0): Promise<{ url: string; server: Server }> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Like a production server with precompressed files: the build's .br/.gz when accepted.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [enc, ext] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (!accepts.includes(enc)) continue;
        const packed = await readFile(file + ext).catch(() => null);
        if (!packed) continue;
        res.writeHead(200, { 'content-type': type, 'content-encoding': enc, vary: 'Accept-Encoding' });
        res.end(packed);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return { url: `http://127.0.0.1:${actual}/`, server };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serveStatic(process.argv[2] ?? 'dist', port);
  console.log(`serving dist/ at ${url}`);
}
