// Test helper: build the search fixture corpus into a temporary site once, and serve it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURE = path.join(REPO, 'test/fixtures/search-corpus');

export interface BuiltSite { dir: string; out: string; server: StaticServer; close(): Promise<void> }

/** Copy the fixture corpus (so caches are not written into the repo), build it, serve the output.
 *  Shards of at most 4 articles cut the 8 fixture articles into two multi-year shards (2015-2016 and
 *  2017-undated), so the tests cover merging shards and a year filter inside a shard. */
export async function buildSearchSite(): Promise<BuiltSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-search-'));
  fs.cpSync(FIXTURE, path.join(dir, 'corpus'), { recursive: true });
  const out = path.join(dir, 'dist');
  execFileSync(process.execPath, ['scripts/arshif.ts', 'build', '--skip-ingest', '--quiet', '--corpus', path.join(dir, 'corpus'), '--out', out],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ARSHIF_SEARCH_SHARD_MAX: '4' } });
  const server = await serveStatic(out);
  return { dir, out, server, close: async () => { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}
