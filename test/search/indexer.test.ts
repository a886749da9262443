// Indexer tests: one bundle per shard, a manifest, and cache reuse for unchanged shards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/indexer.ts';
import { articleRecords } from '../../src/search/records.ts';
import { articleSchema } from '../../src/schema/article.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/search-corpus/articles');
let tmp = '';
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-idx-'));
  fs.cpSync(FIXTURE, path.join(tmp, 'articles'), { recursive: true });
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const opts = () => ({ articlesDir: path.join(tmp, 'articles'), outDir: path.join(tmp, 'out'), cacheDir: path.join(tmp, 'cache') });

test('should build one bundle per year plus undated, and a manifest newest first', async () => {
  const s = await buildSearchIndex(opts());
  assert.equal(s.pages, 8);
  assert.equal(s.shardsBuilt, 4);
  const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'out/pagefind/shards.json'), 'utf8'));
  assert.deepEqual(manifest.shards.map((x: { name: string }) => x.name), ['2017', '2016', '2015', 'undated']);
  for (const name of ['2017', '2016', '2015', 'undated']) {
    assert.ok(fs.existsSync(path.join(tmp, 'out/pagefind', name, 'pagefind.js')));
    assert.ok(!fs.existsSync(path.join(tmp, 'out/pagefind', name, 'pagefind-ui.js')), 'default UI files are dropped');
  }
  assert.ok(s.bytesWritten > 0);
});

test('should reuse unchanged shards and re-index only the shard whose article changed', async () => {
  const file = path.join(tmp, 'articles/2015-army-a.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + '\nسطر جديد.\n');
  const s = await buildSearchIndex(opts());
  assert.equal(s.shardsBuilt, 1);
  assert.equal(s.shardsReused, 3);
  assert.equal(s.shards.find((x) => x.name === '2015')?.reused, false);
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
