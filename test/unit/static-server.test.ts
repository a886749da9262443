// The local server counts bytes on the wire: text gzipped for clients that accept it, binaries as they are.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { serveStatic } from '../../src/lib/static-server.ts';

const get = (url: string, headers: http.OutgoingHttpHeaders) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
  http.get(url, { headers }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
  }).on('error', reject);
});

describe('static server', () => {
  it('should gzip text when accepted, count the compressed bytes, and send fonts untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-serve-'));
    const html = '<p>' + 'نص عربي مكرر '.repeat(500) + '</p>';
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    fs.writeFileSync(path.join(dir, 'f.woff2'), Buffer.alloc(4000, 7));
    const server = await serveStatic(dir);
    try {
      const gz = await get(`${server.url}/`, { 'accept-encoding': 'gzip, br' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(zlib.gunzipSync(gz.body).toString(), html);
      assert.equal(server.stats.bytes, gz.body.length);
      assert.ok(gz.body.length < Buffer.byteLength(html) / 5);

      const plain = await get(`${server.url}/`, {});
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.body.toString(), html);

      const font = await get(`${server.url}/f.woff2`, { 'accept-encoding': 'gzip' });
      assert.equal(font.headers['content-encoding'], undefined);
      assert.equal(font.body.length, 4000);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
