// Indexer tests: size-capped shards of whole years, a manifest, and cache reuse for unchanged shards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/indexer.ts';
import { articleRecords } from '../../src/search/records.ts';
import { groupYears } from '../../src/search/shards.ts';
import { articleSchema } from '../../src/schema/article.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/search-corpus/articles');
let tmp = '';
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-idx-'));
  fs.cpSync(FIXTURE, path.join(tmp, 'articles'), { recursive: true });
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const opts = () => ({ articlesDir: path.join(tmp, 'articles'), outDir: path.join(tmp, 'out'), cacheDir: path.join(tmp, 'cache') });

test('should build one bundle for a small archive, with years and sources in the manifest', async () => {
  const s = await buildSearchIndex(opts());
  assert.equal(s.pages, 8);
  assert.equal(s.shardsBuilt, 1);
  const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'out/pagefind/shards.json'), 'utf8'));
  assert.deepEqual(manifest.shards.map((x: { name: string }) => x.name), ['2015-undated']);
  assert.deepEqual(manifest.shards[0].years, { 2015: 1, 2016: 3, 2017: 3, undated: 1 });
  assert.equal(Object.values(manifest.sources as Record<string, number>).reduce((a, b) => a + b, 0), 8);
  assert.ok(fs.existsSync(path.join(tmp, 'out/pagefind/2015-undated/pagefind.js')));
  assert.ok(!fs.existsSync(path.join(tmp, 'out/pagefind/2015-undated/pagefind-ui.js')), 'default UI files are dropped');
  assert.ok(s.bytesWritten > 0);
});

test('should cut shards at year boundaries by size, newest first in the manifest', async () => {
  const s = await buildSearchIndex({ ...opts(), shardMax: 4 });
  assert.deepEqual(s.shards.map((x) => x.name), ['2017-undated', '2015-2016']);
  assert.deepEqual(s.shards.map((x) => x.pages), [4, 4]);
  for (const name of ['2017-undated', '2015-2016']) assert.ok(fs.existsSync(path.join(tmp, 'out/pagefind', name, 'pagefind.js')));
  assert.ok(!fs.existsSync(path.join(tmp, 'out/pagefind/2015-undated')), 'output of the previous layout is gone');
});

test('should reuse unchanged shards and re-index only the shard whose article changed', async () => {
  const file = path.join(tmp, 'articles/2015-army-a.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + '\nسطر جديد.\n');
  const s = await buildSearchIndex({ ...opts(), shardMax: 4 });
  assert.equal(s.shardsBuilt, 1);
  assert.equal(s.shardsReused, 1);
  assert.equal(s.shards.find((x) => x.name === '2015-2016')?.reused, false);
  const again = await buildSearchIndex({ ...opts(), shardMax: 4 });
  assert.equal(again.shardsBuilt, 0, 'nothing changed: everything from the cache');
  assert.equal(fs.readdirSync(path.join(tmp, 'cache')).length, 2, 'cache keeps only the bundles in use');
});

test('should group years greedily from the oldest, so growth moves no older boundary', () => {
  const counts = { 2003: 5, 2004: 5, 2005: 12, 2006: 3, 2007: 4, undated: 2 };
  assert.deepEqual(groupYears(counts, 10).map((g) => g.name), ['2003-2004', '2005', '2006-undated']);
  const grown = groupYears({ ...counts, 2006: 6 }, 10).map((g) => g.name);
  assert.deepEqual(grown.slice(0, 2), ['2003-2004', '2005'], 'shards before the grown year are unchanged');
  assert.deepEqual(groupYears({ 2010: 3, 2011: 0 }, 10), [{ name: '2010', years: ['2010'] }], 'empty years are skipped');
  assert.deepEqual(groupYears({}, 10), []);
});

test('should index a minimal article and mark comments as a separate record', () => {
  const a = articleSchema.parse({ headline: 'عنوان', source: { name: 'مصدر' }, date: { published: '2020-01-02' }, language: 'ar',
    comments: [{ text: 'تعليق لطيف' }] });
  const recs = articleRecords('x', a, 'والجيش هنا');
  assert.equal(recs.length, 2);
  assert.equal(recs[0].url, '/articles/x/');
  assert.deepEqual(recs[0].filters, { source: ['مصدر'], year: ['2020'] });
  assert.equal(recs[0].meta.text.split(' ').length, recs[0].content.split(' ').length);
  assert.match(recs[0].content, /جيش/);
  assert.equal(recs[1].meta.kind, 'comments');
});
