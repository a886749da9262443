// Indexer tests: size-capped shards of whole years, the manifest, the caches (scan, bundles), hard links,
// and incremental updates through the delta bundle, checked by searching the output with the page's engine
// (src/search/engine.ts on Pagefind's own pagefind.js, run in Node against a local static server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex, worthIndexingEarly, type BuildSearchIndexOptions } from '../../src/search/indexer.ts';
import { EarlyIndex } from '../../src/search/early.ts';
import { SearchIndex, type PfModule } from '../../src/search/engine.ts';
import { articleRecord } from '../../src/search/records.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';
import { groupYears, splitRecordUrl, type ShardManifest } from '../../src/search/shards.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { normalizeToken } from '../../src/search/normalize.ts';
import { decodeSlots } from '../../src/search/slots.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/search-corpus/articles');
let tmp = '';
let server: StaticServer;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-idx-'));
  fs.cpSync(FIXTURE, path.join(tmp, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'out'));
  server = await serveStatic(path.join(tmp, 'out'));
});
after(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const opts = (more: Partial<BuildSearchIndexOptions> = {}): BuildSearchIndexOptions => ({
  articlesDir: path.join(tmp, 'articles'), outDir: path.join(tmp, 'out'), cacheDir: path.join(tmp, 'cache'), ...more,
});
const readManifest = (): ShardManifest => JSON.parse(fs.readFileSync(path.join(tmp, 'out/pagefind/shards.json'), 'utf8'));

/** The search page's engine over HTTP; Pagefind's runtime is imported from the built files (Node imports no http: URLs). */
function engine(): SearchIndex {
  return new SearchIndex(`${server.url}/`, undefined, (url) => import(path.join(tmp, 'out', new URL(url).pathname)) as Promise<PfModule>);
}
async function titles(q: string, filters = {}): Promise<string[]> {
  const s = await engine().search(q, filters, 100);
  return (s?.hits ?? []).map((h) => `${h.title}${h.kind === 'comments' ? ' #' : ''}`).sort();
}
function article(id: string, headline: string, body: string, published: string | null = '2017-05-01') {
  fs.writeFileSync(path.join(tmp, 'articles', `${id}.md`), [
    '---', `headline: ${JSON.stringify(headline)}`, 'source:', '  name: "الشرق"', 'date:', `  published: ${published ? JSON.stringify(published) : 'null'}`,
    'language: ar', '---', '', body, '',
  ].join('\n'));
}

test('should build one bundle for a small archive, with years and sources in the manifest', async () => {
  const s = await buildSearchIndex(opts());
  assert.equal(s.pages, 8);
  assert.equal(s.shardsBuilt, 1);
  const manifest = readManifest();
  assert.deepEqual(manifest.shards.map((x) => x.name), ['2015-undated']);
  assert.deepEqual(manifest.shards[0].years, { 2015: 1, 2016: 3, 2017: 3, undated: 1 });
  assert.equal(Object.values(manifest.sources).reduce((a, b) => a + b, 0), 8);
  const dir = path.join(tmp, 'out/pagefind', manifest.shards[0].dir);
  assert.ok(fs.existsSync(path.join(dir, 'pagefind.js')) && fs.existsSync(path.join(dir, 'pagefind-entry.json')));
  assert.ok(fs.readdirSync(path.join(dir, 'index')).length > 0);
  assert.equal(fs.readdirSync(path.join(dir, 'filter')).length, 2, 'the source and year filters only: the original words are in no filter file');
  assert.equal(fs.readdirSync(path.join(dir, 'fragment')).length, 8, 'one Pagefind record per article');
  assert.ok(!fs.existsSync(path.join(dir, 'pagefind-ui.js')), 'default UI files are dropped');
  assert.ok(!fs.existsSync(path.join(dir, 'bundle.json')), 'the cache\'s bookkeeping is not published');
  assert.ok(s.bytesWritten > 0);
});

test('should cut excerpts from the original words and link to the article itself', async () => {
  const [hit] = (await engine().search('الأحمر', { year: '2016' }))!.hits;
  assert.match(hit.excerpt, /<mark>الأحمر<\/mark>/, 'the article\'s own spelling, not the normalised "احمر"');
  assert.equal(new URL(hit.url).pathname, '/articles/2016-red-house/');
  assert.equal(new URL(hit.url).hash, '', 'the original words are not part of the link');
});

test('should search the built files: every word, phrases, filters, comments, exact counts', async () => {
  assert.deepEqual(await titles('الجيش'), ['تقرير عن الوضع الميداني', 'حصاد الأسبوع']);
  assert.deepEqual(await titles('البيت الأحمر'), ['ألوان المدينة', 'جولة في البيت الأحمر القديم']);
  assert.deepEqual(await titles('"البيت الأحمر"'), ['جولة في البيت الأحمر القديم']);
  assert.deepEqual(await titles('الجيش', { year: '2015' }), ['تقرير عن الوضع الميداني']);
  assert.deepEqual(await titles('الجيش', { source: 'العربية' }), ['حصاد الأسبوع']);
  assert.deepEqual(await titles('الزعفرانية'), ['حصاد الأسبوع #']);
  const s = (await engine().search('الجيش', {}, 1))!;
  assert.deepEqual([s.exhausted, s.total], [true, 2], 'every candidate verified: the count is exact');
  const none = (await engine().search('البيت الأزرقاني', {}))!;
  assert.deepEqual([none.hits.length, none.missing], [0, ['الأزرقاني']]);
});

test('should cut shards at year boundaries by size, newest first in the manifest', async () => {
  const s = await buildSearchIndex(opts({ shardMax: 4 }));
  assert.deepEqual(s.shards.map((x) => x.name), ['2017-undated', '2015-2016']);
  assert.deepEqual(s.shards.map((x) => x.pages), [4, 4]);
  assert.equal(s.read, 0, 'nothing changed since the last scan: no article file is read');
  for (const x of readManifest().shards) assert.ok(fs.existsSync(path.join(tmp, 'out/pagefind', x.dir, 'pagefind-entry.json')));
  assert.equal(fs.readdirSync(path.join(tmp, 'out/pagefind')).length, 3, 'output of the previous layout is gone');
  assert.equal(fs.readdirSync(path.join(tmp, 'cache/bundles')).length, 2, 'the cache keeps only the bundles in use');
});

test('should hard-link the published files to the cached bundles', () => {
  const [x] = readManifest().shards;
  for (const f of ['pagefind-entry.json', `index/${fs.readdirSync(path.join(tmp, 'out/pagefind', x.dir, 'index'))[0]}`]) {
    const out = fs.statSync(path.join(tmp, 'out/pagefind', x.dir, f));
    const cached = fs.statSync(path.join(tmp, 'cache/bundles', x.dir, f));
    assert.equal(out.ino, cached.ino, f);
  }
});

test('should put a new article into the delta bundle and leave the shards as cached', async () => {
  article('2017-new', 'خبر جديد عن القنطرة', 'افتتحت القنطرة الجديدة فوق النهر أمس.');
  const entry = (m: ShardManifest) => fs.statSync(path.join(tmp, 'out/pagefind', m.shards.at(-1)!.dir, 'pagefind-entry.json'));
  const before = entry(readManifest());
  const s = await buildSearchIndex(opts({ shardMax: 4 }));
  const after = entry(readManifest());
  assert.deepEqual([after.ino, after.ctimeMs], [before.ino, before.ctimeMs], 'published shard folders are left as they are');
  assert.deepEqual([s.read, s.delta, s.compacted, s.shardsBuilt], [1, 1, false, 1]);
  assert.deepEqual(readManifest().shards.map((x) => x.name), ['recent', '2017-undated', '2015-2016']);
  assert.deepEqual(await titles('القنطرة'), ['خبر جديد عن القنطرة', 'قنطرة على النهر']);
  assert.deepEqual(await titles('قنطرة', { year: '2017' }), ['خبر جديد عن القنطرة']);
  assert.equal(readManifest().sources['الشرق'], 3);
});

test('should show a changed article once, with its new text, and never its old one', async () => {
  const file = path.join(tmp, 'articles/2015-army-a.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/والجيش/g, 'والأسطول'));
  const s = await buildSearchIndex(opts({ shardMax: 4 }));
  assert.deepEqual([s.delta, s.compacted, s.shardsBuilt], [2, false, 1]);
  const old = readManifest().shards.find((x) => x.name === '2015-2016')!;
  assert.deepEqual(Object.keys(old.stale), ['2015-army-a'], 'the old copy of the changed article is listed as stale');
  assert.deepEqual(await titles('الجيش'), ['حصاد الأسبوع'], 'the old text is not found');
  assert.deepEqual(await titles('الأسطول'), ['تقرير عن الوضع الميداني'], 'the new text is found once');
  assert.deepEqual(await titles('تقرير'), ['تقرير عن الوضع الميداني'], 'words in both versions: one result');
  assert.equal((await engine().search('تقرير', {}))!.total, 1);
  assert.match((await engine().search('الأسطول', {}))!.hits[0].excerpt, /<mark>والأسطول<\/mark>/, 'the excerpt shows the new words');
});

test('should drop a removed article from the results', async () => {
  fs.rmSync(path.join(tmp, 'articles/2016-army-b.md'));
  const s = await buildSearchIndex(opts({ shardMax: 4 }));
  assert.equal(s.pages, 8);
  assert.deepEqual(await titles('حصاد'), []);
  assert.deepEqual(await titles('الزعفرانية'), [], 'nor its comments');
  assert.deepEqual(Object.keys(readManifest().shards.find((x) => x.name === '2015-2016')!.stale).sort(), ['2015-army-a', '2016-army-b']);
});

test('should fold the delta into the shards when it grows past deltaMax', async () => {
  article('2016-more', 'مقالة أخرى عن الأسطول', 'رسا الأسطول في الميناء.', '2016-02-02');
  const s = await buildSearchIndex(opts({ shardMax: 4, deltaMax: 3 }));
  assert.equal(s.compacted, true);
  assert.equal(s.delta, 0);
  const m = readManifest();
  assert.ok(m.shards.every((x) => x.name !== 'recent' && !Object.keys(x.stale).length), JSON.stringify(m.shards.map((x) => [x.name, x.stale])));
  assert.equal(m.shards.reduce((n, x) => n + x.pages, 0), 9);
  assert.deepEqual(await titles('الأسطول'), ['تقرير عن الوضع الميداني', 'مقالة أخرى عن الأسطول']);
  assert.deepEqual(await titles('الجيش'), []);
  const again = await buildSearchIndex(opts({ shardMax: 4, deltaMax: 3 }));
  assert.deepEqual([again.read, again.shardsBuilt, again.compacted], [0, 0, false], 'nothing changed: everything from the caches');
});

test('should group years greedily from the oldest, so growth moves no older boundary', () => {
  const counts = { 2003: 5, 2004: 5, 2005: 12, 2006: 3, 2007: 4, undated: 2 };
  assert.deepEqual(groupYears(counts, 10).map((g) => g.name), ['2003-2004', '2005', '2006-undated']);
  const grown = groupYears({ ...counts, 2006: 6 }, 10).map((g) => g.name);
  assert.deepEqual(grown.slice(0, 2), ['2003-2004', '2005'], 'shards before the grown year are unchanged');
  assert.deepEqual(groupYears({ 2010: 3, 2011: 0 }, 10), [{ name: '2010', years: ['2010'] }], 'empty years are skipped');
  assert.deepEqual(groupYears({}, 10), []);
});

test('should index a minimal article as one normalised record, comments after meta.c', () => {
  const a = articleSchema.parse({ headline: 'عنوان', source: { name: 'مصدر' }, date: { published: '2020-01-02' }, language: 'ar',
    comments: [{ text: 'تعليق لطيف' }] });
  const r = articleRecord('x', a, 'والجيش هنا', 'abcd1234');
  const { url, slots: slotText } = splitRecordUrl(r.url);
  assert.equal(url, '/articles/x/');
  assert.deepEqual(r.filters, { source: ['مصدر'], year: ['2020'] }, 'no filter holds the text: Pagefind writes every filter to a file');
  const slots = slotText.split(' ');
  assert.equal(slots.length, r.content.split(' ').length, 'original and normalised tokens align');
  const text = decodeSlots(slotText, r.content.split(' ')).join(' ');
  assert.equal(text, 'عنوان والجيش هنا تعليق لطيف', 'the original words, back from their slots');
  assert.deepEqual(slots, ['', 'وال', '', '', ''], 'words equal to their normalised form store nothing, the others a patch');
  assert.equal(r.meta.text, undefined, 'no meta field holds the text: Pagefind would index it');
  assert.deepEqual(r.content.split(' ').map(normalizeToken), r.content.split(' '), 'content is normalised');
  assert.ok(r.content.split(' ').includes('جيش'));
  assert.deepEqual(text.split(' ').slice(Number(r.meta.c)), ['تعليق', 'لطيف']);
  assert.equal(r.meta.v, 'abcd1234');
  assert.equal(articleRecord('y', articleSchema.parse({ ...a, comments: [] }), 'نص').meta.c, undefined);
});

/** A cold start over the fixture: no cache, no output, the fixture's articles only. */
function coldStart() {
  for (const d of ['articles', 'cache', 'out']) fs.rmSync(path.join(tmp, d), { recursive: true, force: true });
  fs.cpSync(FIXTURE, path.join(tmp, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'out'));
}
async function fedEarly(): Promise<EarlyIndex> {
  const early = await EarlyIndex.open(() => {});
  for (const f of fs.readdirSync(path.join(tmp, 'articles')).sort()) early.add(path.join(tmp, 'articles', f));
  await early.settle();
  return early;
}

test('should write the index filled while ingest ran when it holds the one shard, reading no article again', async () => {
  coldStart();
  assert.ok(worthIndexingEarly(opts(), () => 8), 'no shards cut yet, and 8 raw files fit in one');
  assert.ok(!worthIndexingEarly(opts(), () => 20_000), 'more raw files than a shard takes');
  const s = await buildSearchIndex(opts({ early: await fedEarly() }));
  assert.deepEqual([s.early, s.read, s.pages, s.shardsBuilt], [true, 0, 8, 1]);
  assert.deepEqual(await titles('الحكومة'), await titles('حكومه'), 'searchable like any bundle');
  assert.ok((await titles('الحكومة')).length > 0);
  const again = await buildSearchIndex(opts());
  assert.deepEqual([again.read, again.shardsBuilt], [0, 0], 'the scan rows it recorded serve the next build');
  assert.ok(!worthIndexingEarly(opts(), () => 8), 'shards are cut: later builds go through the delta');
});

test('should build the usual way when an article changed after it was indexed early', async () => {
  coldStart();
  const early = await fedEarly();
  article('late-edit', 'خبر كتب بعد الفهرسة المبكرة', 'تفاصيل الخبر المتأخر');
  const s = await buildSearchIndex(opts({ early }));
  assert.deepEqual([s.early, s.read, s.pages], [false, 1, 9]);
  assert.deepEqual(await titles('المتأخر'), ['خبر كتب بعد الفهرسة المبكرة']);
});

test('should keep an early record when a rewrite changes only what the index does not hold', async () => {
  coldStart();
  const file = path.join(tmp, 'articles', fs.readdirSync(path.join(tmp, 'articles')).sort()[0]);
  const early = await fedEarly();
  // A primary rewritten with its new duplicates changes the file, not the record: the domain is not indexed.
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('aljazeera.net', 'www.aljazeera.net'));
  early.add(file);
  await early.settle();
  const s = await buildSearchIndex(opts({ early }));
  assert.deepEqual([s.early, s.read], [true, 0]);
});

test('should give the early index up when a rewrite changes what it indexed', async () => {
  coldStart();
  const file = path.join(tmp, 'articles', fs.readdirSync(path.join(tmp, 'articles')).sort()[0]);
  const early = await fedEarly();
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^headline: .*$/m, 'headline: "عنوان جديد كليًا"'));
  early.add(file);
  await early.settle();
  const s = await buildSearchIndex(opts({ early }));
  assert.equal(s.early, false, 'Pagefind cannot take the old record back');
  assert.deepEqual(await titles('كليًا'), ['عنوان جديد كليًا']);
  assert.ok(!(await titles('ميداني')).includes('تقرير عن الوضع الميداني'), 'the old headline is gone');
});
