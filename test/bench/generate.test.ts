// The benchmark corpus generator: deterministic, varied, and a second extraction fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePage } from '../../src/bench/generate.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';

test('same seed → same bytes; another seed → other pages', () => {
  for (const i of [0, 1, 57, 999]) {
    assert.equal(generatePage(i, { seed: 42 }).text, generatePage(i, { seed: 42 }).text);
    assert.equal(generatePage(i, { seed: 42 }).name, generatePage(i, { seed: 42 }).name);
    assert.notEqual(generatePage(i, { seed: 42 }).text, generatePage(i, { seed: 43 }).text);
  }
});

test('pages differ: distinct headlines, names and a broad vocabulary', () => {
  const pages = Array.from({ length: 200 }, (_, i) => generatePage(i));
  assert.equal(new Set(pages.map((p) => p.name)).size, 200);
  const unique = pages.filter((p) => p.truth.duplicateOf === null);
  assert.ok(new Set(unique.map((p) => p.truth.headline)).size >= unique.length * 0.98);
  const words = new Set(pages.flatMap((p) => p.text.split(/\s+/)));
  assert.ok(words.size > 5000, `vocabulary of 200 pages: ${words.size} words`);
  assert.ok(new Set(pages.map((p) => p.truth.domain)).size > 40, 'many sources');
  assert.ok(new Set(pages.map((p) => p.truth.published?.slice(0, 4))).size > 15, 'many years');
  assert.ok(pages.some((p) => p.truth.published === null), 'some undated pages');
  assert.ok(pages.some((p) => p.truth.comments > 0), 'some comments');
});

test('a duplicate page repeats an earlier article under other chrome', () => {
  const dup = Array.from({ length: 400 }, (_, i) => generatePage(i)).find((p) => p.truth.duplicateOf !== null)!;
  assert.ok(dup);
  const orig = generatePage(dup.truth.duplicateOf!);
  assert.equal(dup.truth.firstParagraph, orig.truth.firstParagraph);
  assert.notEqual(dup.text, orig.text);
});

test('generated pages extract correctly: headline, date, source, comments', () => {
  const k = loadKnowledge('/nonexistent-corpus');
  const misses: string[] = [];
  const N = 60;
  for (let i = 0; i < N; i++) {
    const p = generatePage(i);
    const x = extractArticle(p.text, p.name, k);
    const t = p.truth;
    const where = `${p.name} (${t.style})`;
    if (x.rejected) { misses.push(`${where}: rejected: ${x.rejected}`); continue; }
    const r = x.record;
    if (r.headline !== t.headline) misses.push(`${where}: headline ${r.headline} ≠ ${t.headline}`);
    if (r.date.published !== t.published) misses.push(`${where}: date ${r.date.published} ≠ ${t.published}`);
    if (r.source.domain !== t.domain) misses.push(`${where}: source ${r.source.domain} ≠ ${t.domain}`);
    if (r.comments.length !== t.comments) misses.push(`${where}: comments ${r.comments.length} ≠ ${t.comments}`);
    if (!r.body.some((b) => b.includes(t.firstParagraph.slice(0, 40)))) misses.push(`${where}: first paragraph missing`);
  }
  // Pages 0..59 of seed 8 extract correctly except known extractor misses (reported to the ingest owners):
  // a regression in the extractor (or the generator) shows here. Remove an entry once it is fixed.
  // (000039, the byline "عرب 48 – name" taken as the headline, was fixed by 25518e2.)
  const KNOWN: string[] = [];
  assert.deepEqual(misses.filter((m) => !KNOWN.some((k) => m.startsWith(k))), []);
});
