// What a query fetches on a moderately sized archive: 2,000 generated articles over 20 years plus undated
// ones, ONE bundle (shards hold up to 5,000 articles). A query costs one index chunk per query word per
// bundle and the fragments of the results it shows; there is no search runtime to download (the engine is
// part of the page's script) and no per-bundle meta file (the manifest, loaded with the page, has it all).
// Bounds, from the parts (measured, no compression by the test server; the files are stored gzipped):
//   manifest ~2 KB; index chunk ~4-8 KB per query word; 10 fragments of ~1.2 KB (original text)
//   minimal page ~15 KB (its script bundles the engine)
// so a first query is ~35 KB (bound 60 KB) and a follow-up, which must fetch nothing but its index chunk
// and its fragments, ~20 KB (bound 40 KB).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArticles, buildMinimalSite, measureQueries, MARKERS, type QueryCost } from './transfer.ts';

let tmp = '';
let costs: QueryCost[] = [];
const files = (c: QueryCost, re: RegExp) => c.urls.filter((u) => re.test(u.split(' ')[0]));

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-transfer-'));
  writeArticles(path.join(tmp, 'articles'), 2000);
  const stats = await buildMinimalSite(path.join(tmp, 'articles'), path.join(tmp, 'out'), path.join(tmp, 'cache'));
  assert.deepEqual(stats.shards.map((s) => s.name), ['2005-undated'], 'one shard for 2,000 articles');
  costs = await measureQueries(path.join(tmp, 'out'), [MARKERS.rare, MARKERS.common, `${MARKERS.common} ${MARKERS.rare}`]);
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('should fetch one index chunk and one page of fragments for a first query', (t) => {
  const [first] = costs;
  t.diagnostic(`first query: ${first.bytes} bytes in ${first.requests} requests ${JSON.stringify(first.byKind)}`);
  assert.equal(first.results, 10);
  assert.equal(files(first, /\.pf_index$/).length, 1);
  assert.equal(files(first, /\.pf_fragment$/).length, 10, 'the fragments of the shown results, and no others');
  assert.deepEqual(files(first, /\/pagefind\/.*\.(js|pagefind|pf_meta|pf_filter)$/), [], 'no runtime, no meta, no filter file without a filter');
  assert.ok(first.bytes < 60 * 1024, `first query ${first.bytes} bytes`);
});

test('should fetch only new index chunks and fragments for a follow-up query', (t) => {
  for (const c of costs.slice(1)) {
    t.diagnostic(`follow-up «${c.query}»: ${c.bytes} bytes in ${c.requests} requests ${JSON.stringify(c.byKind)}`);
    assert.ok(c.results > 0);
    assert.deepEqual(files(c, /shards\.json$|\.js$/), [], 'nothing loaded twice');
    assert.ok(files(c, /\.pf_index$/).length <= 1);
    assert.ok(c.bytes < 40 * 1024, `follow-up ${c.bytes} bytes`);
  }
  // Both words: every shown result is one of the 1-in-50 articles with the rare word; chunks already loaded.
  assert.equal(files(costs[2], /\.pf_index$/).length, 0, 'both words\' chunks were loaded by the earlier queries');
});
