// A minimal static file server for dist/: used by `arshif serve`, the browser tests and the benchmark.
// It counts bytes and requests so tests can assert what a page transferred. Text is gzipped for clients
// that accept it, as every static host does, so the counts are bytes on the wire; fonts and Pagefind's
// own files are compressed already and go as they are.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|wasm)|image\/svg)/;

export interface ServerStats { requests: number; bytes: number; log: { url: string; bytes: number }[] }

export interface StaticServer { url: string; stats: ServerStats; reset(): void; close(): Promise<void> }

/** Serve `root` on 127.0.0.1 (port 0 = any free port). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const stats: ServerStats = { requests: 0, bytes: 0, log: [] };
  const base = path.resolve(root);
  // Compressed bodies by file, reused while the file is unchanged (a search page asks for the same files often).
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string, body: Buffer): Buffer => {
    const mtimeMs = fs.statSync(file).mtimeMs;
    const hit = gzipped.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit.body;
    const gz = zlib.gzipSync(body);
    gzipped.set(file, { mtimeMs, body: gz });
    return gz;
  };
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(base, urlPath);
    if (!file.startsWith(base)) return send(res, 403, 'forbidden');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      const notFound = path.join(base, '404.html');
      return send(res, 404, fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found', '.html');
    }
    send(res, 200, fs.readFileSync(file), path.extname(file), file);
  });
  function send(res: http.ServerResponse, status: number, body: string | Buffer, ext = '.txt', file?: string) {
    let buf = typeof body === 'string' ? Buffer.from(body) : body;
    const type = TYPES[ext] ?? 'application/octet-stream';
    const headers: http.OutgoingHttpHeaders = { 'content-type': type, vary: 'accept-encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(res.req.headers['accept-encoding'] ?? ''))) {
      buf = file ? gzipOf(file, buf) : zlib.gzipSync(buf);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = buf.length;
    stats.requests++;
    stats.bytes += buf.length;
    stats.log.push({ url: res.req.url ?? '', bytes: buf.length });
    res.writeHead(status, headers);
    res.end(buf);
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    stats,
    reset: () => { stats.requests = 0; stats.bytes = 0; stats.log = []; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
