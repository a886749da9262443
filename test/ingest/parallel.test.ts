// Extraction on worker threads gives the same corpus as the serial path: same article files byte for
// byte, same report, same manifest; and a crashed worker loses no file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import { corpusPaths, type CorpusPaths } from '../../src/lib/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { runIngest, type IngestReport } from '../../src/ingest/pipeline.ts';
import { ExtractionPool, threadsFromEnv, workerCount } from '../../src/ingest/extract-pool.ts';
import { extractBytesSafely, extractFile, readRaw } from '../../src/ingest/extract-file.ts';
import { loadExtractor } from '../../src/ingest/extractor-bundle.ts';
import { CODE_DIRS } from '../../src/ingest/fingerprint.ts';
import { articleId } from '../../src/ingest/ids.ts';
import { parseArticleFile, type ArticleContent } from '../../src/lib/article-file.ts';
import { generatePage, writeCorpus } from '../../src/bench/generate.ts';

const k = loadKnowledge();
const PAGES = 240;

/** Generated pages (3 % repeat an earlier article under other chrome) plus the awkward cases. */
function writeRaw(raw: string) {
  writeCorpus(raw, 0, PAGES, { duplicates: 0.05 });
  const first = generatePage(0);
  fs.writeFileSync(path.join(raw, 'zz-exact-copy.txt'), first.text);
  fs.writeFileSync(path.join(raw, 'zz-near-copy.txt'), first.text.replace(first.truth.firstParagraph, first.truth.firstParagraph.replace(/ \S+$/, ' تصحيح')));
  fs.writeFileSync(path.join(raw, 'zz-empty.txt'), '');
  fs.writeFileSync(path.join(raw, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
}

function copyCorpus(from: string, name: string): CorpusPaths {
  const dir = path.join(from, '..', name);
  const paths = corpusPaths(dir);
  fs.cpSync(path.join(from, 'raw'), paths.raw, { recursive: true });
  return paths;
}

const ingest = (paths: CorpusPaths, threads: number) => runIngest({ paths, knowledge: k, extractorVersion: 'test-1', threads });
const withoutTimes = ({ startedAt, finishedAt, ...r }: IngestReport) => r;

function assertSameCorpus(a: CorpusPaths, b: CorpusPaths) {
  const names = fs.readdirSync(a.articles).sort();
  assert.deepEqual(fs.readdirSync(b.articles).sort(), names);
  for (const f of names) assert.ok(fs.readFileSync(path.join(a.articles, f)).equals(fs.readFileSync(path.join(b.articles, f))), `${f} differs`);
  assert.equal(fs.readFileSync(b.manifest, 'utf8'), fs.readFileSync(a.manifest, 'utf8'));
}

describe('ingest on worker threads', () => {
  let serial: CorpusPaths;
  let parallel: CorpusPaths;
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-parallel-'));
    writeRaw(path.join(root, 'gen', 'raw'));
    serial = copyCorpus(path.join(root, 'gen'), 'serial');
    parallel = copyCorpus(path.join(root, 'gen'), 'parallel');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('should extract with the bundled extractor, built for this code, on both the main thread and the workers', async () => {
    const x = await loadExtractor();
    assert.match(x.workerScript.pathname, /\/node_modules\/\.cache\/arshif\/extractor\/[0-9a-f]{16}\/extract-worker\.mjs$/);
    const rel = fs.readdirSync(serial.raw).sort()[0];
    assert.deepEqual(x.extractFile(path.join(serial.raw, rel), rel, k), extractFile(path.join(serial.raw, rel), rel, k));
    // a stale bundle would extract with old code: everything in it must come from the folders that key it
    const inputs: string[] = JSON.parse(fs.readFileSync(new URL('inputs.json', x.workerScript), 'utf8'));
    const keyed = new RegExp(`^(node_modules/|src/(${CODE_DIRS.join('|')})/)`);
    assert.ok(inputs.length > 20);
    assert.deepEqual(inputs.filter((f) => !keyed.test(f)), []);
  });

  it('should write the same articles and report as the serial path on a cold run', async () => {
    const a = await ingest(serial, 1);
    const b = await ingest(parallel, 2);
    assert.deepEqual(withoutTimes(b), withoutTimes(a));
    assert.ok(a.counts.duplicate >= 3, `duplicates: ${a.counts.duplicate}`);
    assert.equal(a.counts.rejected, 2);
    assert.equal(a.files.length, PAGES + 4);
    assertSameCorpus(serial, parallel);
  });

  it('should agree on an incremental run with new duplicates of existing articles and a changed file', async () => {
    for (const p of [serial, parallel]) {
      fs.writeFileSync(path.join(p.raw, 'zz-late-copy.txt'), generatePage(5).text);
      fs.writeFileSync(path.join(p.raw, 'zz-empty.txt'), generatePage(PAGES + 1).text);
      writeCorpus(p.raw, PAGES + 2, PAGES + 12, { duplicates: 0.05 });
    }
    const a = await ingest(serial, 1);
    const b = await ingest(parallel, 2);
    assert.deepEqual(withoutTimes(b), withoutTimes(a));
    assert.equal(a.counts.changed, 1);
    assertSameCorpus(serial, parallel);
  });

  it('should hand each article it writes to onArticleWritten exactly as a reader parses the file back', async () => {
    const paths = copyCorpus(path.join(serial.raw, '..'), 'hooked');
    const first = articleId(fs.readdirSync(paths.raw).sort()[0]);
    fs.mkdirSync(paths.overrides, { recursive: true });
    fs.writeFileSync(path.join(paths.overrides, `${first}.yaml`), 'headline: "عنوان: مصحح #1"\ndrop_paragraphs: [1]\n');
    let calls = 0;
    const onArticleWritten = (file: string, written: ArticleContent) => {
      calls++;
      const back = parseArticleFile(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(back, { ok: true, ...written }, file);
    };
    const r = await runIngest({ paths, knowledge: k, extractorVersion: 'test-1', threads: 2, onArticleWritten });
    // every article once, and the primaries whose duplicates arrived after them once more
    assert.ok(calls > r.counts.article, `${calls} calls for ${r.counts.article} articles`);
    assert.match(fs.readFileSync(path.join(paths.articles, `${first}.md`), 'utf8'), /عنوان: مصحح #1/);
  });

  it('should re-extract on the main thread every file a crashed worker did not return', async () => {
    const rels = fs.readdirSync(serial.raw).sort().slice(0, 40);
    // the source, not the bundle: both must work
    const pool = new ExtractionPool(2, k, { workerScript: new URL('../../src/ingest/extract-worker.ts', import.meta.url), extractFile, extractBytesSafely, readRaw });
    try {
      const results = pool.inOrder(serial.raw, rels, k);
      const expected = (rel: string) => extractFile(path.join(serial.raw, rel), rel, k);
      assert.deepEqual(await results.next(rels[0]), expected(rels[0]));
      // Both workers die with most files still in flight, as on a crash: none of them may be lost.
      const workers = (pool as unknown as { workers: { worker: Worker }[] }).workers;
      await Promise.all(workers.map((w) => w.worker.terminate()));
      for (const rel of rels.slice(1)) assert.deepEqual(await results.next(rel), expected(rel));
      assert.ok(pool.retried > 0, 'files in flight should have been redone on the main thread');
    } finally {
      await pool.close();
    }
  });
});

describe('worker count', () => {
  it('should use the main thread alone for small runs and when ARSHIF_INGEST_THREADS=1', () => {
    assert.equal(workerCount(0, 4), 0);
    assert.equal(workerCount(10, undefined), 0);
    assert.equal(workerCount(100_000, threadsFromEnv('1')), 0);
    assert.equal(workerCount(10, threadsFromEnv('3')), 3);
    assert.equal(threadsFromEnv('many'), undefined);
    const cores = os.availableParallelism();
    assert.equal(workerCount(100_000, undefined), cores > 1 ? Math.min(cores - 1, 4) : 0);
  });
});
