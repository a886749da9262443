// Extraction of the five seed pages checked field by field against their hand-checked gold records.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { readDump } from '../../src/ingest/read/index.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { norm, occurs, scoreRecord, type GoldRecord } from '../../src/eval/score.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
const golds = fs.readdirSync(path.join(FIX, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(FIX, 'gold', f), 'utf8')) as GoldRecord & { comment_count_stated: number | null; date: { hijri: string | null } });
const k = loadKnowledge();

for (const gold of golds) {
  describe(`seed ${gold.file}`, () => {
    const read = readDump(fs.readFileSync(path.join(FIX, 'seeds', gold.file)), gold.file);
    assert.ok(read.ok);
    const x = extractArticle(read.text, gold.file, k);
    const r = x.record;

    it('should not reject the page', () => assert.equal(x.rejected, null));
    it('should find the headline, subtitle and byline of the gold', () => {
      assert.equal(norm(r.headline).replace(/["«»]/g, ''), norm(gold.headline).replace(/["«»]/g, ''));
      assert.equal(r.subtitle, gold.subtitle);
      assert.equal(r.byline, gold.byline);
    });
    it('should date the article only where the page dates it', () => {
      assert.equal(r.date.published?.slice(0, 10) ?? null, gold.date.published);
      assert.equal(r.date.updated?.slice(0, 10) ?? null, gold.date.updated);
      assert.equal(r.date.hijri, gold.date.hijri);
    });
    it('should name the source from evidence on the page, or nothing', () => {
      assert.equal(scoreRecord(r, gold).source, true, `got ${JSON.stringify(r.source)}`);
    });
    it('should keep every gold paragraph verbatim and no chrome', () => {
      const text = r.body.map(norm).join(' ');
      for (const p of gold.body) assert.ok(occurs(norm(p), text), `missing paragraph: ${p.slice(0, 60)}`);
      const s = scoreRecord(r, gold);
      assert.deepEqual(s.leaked, []);
      assert.ok(s.F1 >= 0.98, `F1 ${s.F1}`);
    });
    it('should read every comment with its author, title, time and text', () => {
      assert.equal(r.comments.length, gold.comments.length);
      assert.equal(r.comment_count_stated, gold.comment_count_stated);
      gold.comments.forEach((g, i) => {
        assert.equal(norm(r.comments[i].text), norm(g.text));
        assert.equal(r.comments[i].author, g.author);
        assert.equal(r.comments[i].title, g.title);
        assert.equal(r.comments[i].when, g.when);
      });
    });
    it('should detect Arabic', () => assert.equal(r.language, 'ar'));
  });
}
