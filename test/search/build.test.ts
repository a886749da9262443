// `arshif build` from raw files, end to end: a cold build indexes the articles while ingest writes them
// (early.ts), the next builds go through the delta bundle, and both are searchable.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import { SearchIndex, type PfModule, type Hit } from '../../src/search/engine.ts';
import { serveStatic } from '../../src/lib/static-server.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(REPO, 'test/fixtures/seeds');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-build-'));
const corpus = path.join(tmp, 'corpus');
const out = path.join(tmp, 'dist');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function build(): Promise<string> {
  const { stderr } = await promisify(execFile)(process.execPath, ['scripts/arshif.ts', 'build', '--corpus', corpus, '--out', out], { cwd: REPO });
  return stderr;
}

/** The results for q, searched with the page's engine over HTTP. */
async function hits(q: string): Promise<Hit[]> {
  const server = await serveStatic(out);
  try {
    const engine = new SearchIndex(`${server.url}/`, undefined, (url) => import(path.join(out, new URL(url).pathname)) as Promise<PfModule>);
    return (await engine.search(q, {}, 100))?.hits ?? [];
  } finally {
    await server.close();
  }
}
const titles = async (q: string) => (await hits(q)).map((h) => h.title);

const headlineOf = (id: string) => matter(fs.readFileSync(path.join(corpus, 'articles', `${id}.md`), 'utf8')).data.headline as string;
/** A word of the headline long enough to be specific. */
const wordOf = (headline: string) => headline.split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w))!;

test('should index a cold build while ingesting, then take a new raw file into the delta', async () => {
  const seeds = fs.readdirSync(SEEDS).sort();
  fs.mkdirSync(path.join(corpus, 'raw'), { recursive: true });
  for (const f of seeds.slice(0, 4)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, 'raw', f));

  const cold = await build();
  assert.match(cold, /فُهرست أثناء الاستيعاب/, 'the one shard came from the index filled during ingest');
  const first = headlineOf(seeds[0].replace(/\.txt$/, ''));
  const found = (await hits(wordOf(first))).find((h) => h.title === first);
  assert.ok(found, `"${wordOf(first)}" finds "${first}"`);
  assert.ok(found.excerpt.includes(wordOf(first)), `the excerpt has the article's own spelling: ${found.excerpt}`);

  fs.copyFileSync(path.join(SEEDS, seeds[4]), path.join(corpus, 'raw', seeds[4]));
  const next = await build();
  assert.doesNotMatch(next, /أثناء الاستيعاب/, 'the shards are cut: an update goes to the delta');
  assert.match(next, /recent: 1 مقالة، فُهرست/);
  const added = headlineOf(seeds[4].replace(/\.txt$/, ''));
  assert.ok((await titles(wordOf(added))).includes(added), `"${wordOf(added)}" finds "${added}"`);
  assert.ok((await titles(wordOf(first))).includes(first), 'the earlier articles are still found');
});
