// The ingest run over a small corpus: report, incremental re-runs, duplicates, overrides, hand edits.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { corpusPaths } from '../../src/lib/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { articleSchema } from '../../src/schema/article.ts';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');
const k = loadKnowledge();

function freshCorpus() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-ingest-'));
  const paths = corpusPaths(dir);
  fs.mkdirSync(paths.raw, { recursive: true });
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(paths.raw, f));
  return paths;
}
const ingest = (paths: ReturnType<typeof corpusPaths>, version = 'test-1') => runIngest({ paths, knowledge: k, extractorVersion: version });
const articles = (paths: ReturnType<typeof corpusPaths>) => fs.readdirSync(paths.articles).filter((f) => f.endsWith('.md')).sort();

describe('ingest pipeline', () => {
  let paths: ReturnType<typeof corpusPaths>;
  before(() => { paths = freshCorpus(); });
  after(() => fs.rmSync(paths.root, { recursive: true, force: true }));

  it('should write one valid article per seed and list every raw file in the report', async () => {
    const r = await ingest(paths);
    assert.equal(r.counts.article, 5);
    assert.equal(r.files.length, 5);
    assert.deepEqual(articles(paths), fs.readdirSync(SEEDS).map((f) => f.replace('.txt', '.md')).sort());
    for (const f of articles(paths)) {
      const { data, content } = matter(fs.readFileSync(path.join(paths.articles, f), 'utf8'));
      const a = articleSchema.parse(data);
      assert.match(a.raw!.sha256, /^[0-9a-f]{64}$/);
      assert.ok(content.trim().length > 200);
    }
    const report = JSON.parse(fs.readFileSync(paths.report, 'utf8'));
    assert.equal(report.counts.article, 5);
  });

  it('should re-extract nothing when nothing changed', async () => {
    const before = articles(paths).map((f) => fs.statSync(path.join(paths.articles, f)).mtimeMs);
    const r = await ingest(paths);
    assert.equal(r.counts.unchanged, 5);
    assert.equal(r.counts.article, 0);
    assert.deepEqual(articles(paths).map((f) => fs.statSync(path.join(paths.articles, f)).mtimeMs), before);
  });

  it('should re-extract everything when the extractor version changes', async () => {
    const r = await ingest(paths, 'test-2');
    assert.equal(r.counts.article, 5);
    assert.equal(r.counts.changed, 5);
  });

  it('should keep one article for the same page crawled twice and list both raw files', async () => {
    const src = fs.readFileSync(path.join(paths.raw, '003_83f8822d896d3ab0.txt'), 'utf8');
    fs.writeFileSync(path.join(paths.raw, 'zz-recrawl.txt'), 'قائمة مختلفة\n\nعاجل: شيء آخر تماما\n\n' + src);
    const r = await ingest(paths, 'test-2');
    assert.equal(r.counts.duplicate, 1);
    assert.equal(r.files.find((f) => f.raw === 'raw/zz-recrawl.txt')!.id, '003_83f8822d896d3ab0');
    const { data } = matter(fs.readFileSync(path.join(paths.articles, '003_83f8822d896d3ab0.md'), 'utf8'));
    assert.deepEqual(data.duplicates.map((d: { path: string }) => d.path), ['raw/zz-recrawl.txt']);
    assert.equal(articles(paths).length, 5);
  });

  it('should recognise a near-duplicate from its body: a re-crawl with two words corrected', async () => {
    const src = fs.readFileSync(path.join(paths.raw, '004_3990daa0974cf4f8.txt'), 'utf8');
    const edited = src.replace('مؤتمرا صحافيا متوترًا', 'مؤتمرا صحفيا متوترا').replace('منشآت عسكرية', 'منشآت عسكرية مهمة');
    assert.notEqual(edited, src);
    fs.writeFileSync(path.join(paths.raw, 'zz-edited.txt'), edited);
    const r = await ingest(paths, 'test-2');
    const f = r.files.find((x) => x.raw === 'raw/zz-edited.txt')!;
    assert.equal(f.outcome, 'duplicate');
    assert.equal(f.id, '004_3990daa0974cf4f8');
    assert.match(f.reason!, /nearly/);
  });

  it('should keep different articles on the same story apart', async () => {
    const r = await ingest(paths, 'test-2');
    assert.equal(r.files.filter((f) => f.outcome === 'article' || f.was === 'article').length, 5);
  });

  it('should apply an editor override on every run, surviving re-extraction', async () => {
    fs.mkdirSync(paths.overrides, { recursive: true });
    fs.writeFileSync(path.join(paths.overrides, '001_dab86e570d492265.yaml'), 'headline: عنوان مصحح\nsource:\n  name: موقع تجريبي\ndrop_paragraphs: [1]\n');
    await ingest(paths, 'test-2');
    await ingest(paths, 'test-3');
    const { data, content } = matter(fs.readFileSync(path.join(paths.articles, '001_dab86e570d492265.md'), 'utf8'));
    assert.equal(data.headline, 'عنوان مصحح');
    assert.equal(data.source.name, 'موقع تجريبي');
    assert.ok(!content.includes('كشفت صحيفة'), 'first paragraph dropped');
  });

  it('should not overwrite an article edited by hand, and say how to keep the edit', async () => {
    const file = path.join(paths.articles, '002_cf3dbfa4259b4b62.md');
    fs.appendFileSync(file, '\nتعديل يدوي\n');
    const r = await ingest(paths, 'test-4');
    assert.ok(fs.readFileSync(file, 'utf8').includes('تعديل يدوي'));
    const w = r.files.find((f) => f.id === '002_cf3dbfa4259b4b62')!.warnings.join(' ');
    assert.match(w, /overrides\/002_cf3dbfa4259b4b62\.yaml/);
  });

  it('should remove the article of a raw file that was removed', async () => {
    fs.rmSync(path.join(paths.raw, '000_ae3ddf4379f0a20d.txt'));
    const r = await ingest(paths, 'test-4');
    assert.equal(r.counts.removed, 1);
    assert.ok(!fs.existsSync(path.join(paths.articles, '000_ae3ddf4379f0a20d.md')));
  });

  it('should report empty and binary files as rejected with a reason and never modify raw files', async () => {
    fs.writeFileSync(path.join(paths.raw, 'empty.txt'), '');
    fs.writeFileSync(path.join(paths.raw, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    fs.writeFileSync(path.join(paths.raw, 'english.txt'), 'Title of a page\n\n' + 'This is an English paragraph, with words and commas, about nothing in particular. '.repeat(5));
    const before = fs.readdirSync(paths.raw).map((f) => fs.readFileSync(path.join(paths.raw, f)).toString('base64'));
    const r = await ingest(paths, 'test-4');
    const why = (f: string) => r.files.find((x) => x.raw === `raw/${f}`)!;
    assert.equal(why('empty.txt').outcome, 'rejected');
    assert.match(why('empty.txt').reason!, /empty/);
    assert.match(why('binary.txt').reason!, /binary/);
    assert.match(why('english.txt').reason!, /not Arabic/);
    assert.deepEqual(fs.readdirSync(paths.raw).map((f) => fs.readFileSync(path.join(paths.raw, f)).toString('base64')), before);
  });
});
