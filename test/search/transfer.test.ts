// What a query fetches on a moderately sized archive: 2,000 generated articles over 20 years plus undated
// ones. With size-capped shards (10,000 articles) this is ONE Pagefind bundle, so a query costs one meta file
// and one index chunk per query word whatever the number of years (per-year shards cost 21 of each: ~450 KB).
// Bounds, from the parts (measured, Pagefind 1.6, no compression by the test server):
//   runtime  pagefind.js 47 KB + wasm 55 KB, once per page (no web worker script)
//   meta     ~14 KB for 2,000 records (one per article, comments included), once per page
//   index    one chunk of ~16 KB per query word; results: 10 fragments of ~1.5 KB; minimal page ~15 KB
// so a first query is ~165 KB (bound 230 KB) and a follow-up, which must fetch nothing but its index
// chunk and its fragments, ~31 KB (bound 60 KB, the follow-up target).
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

test('should fetch one meta file, one index chunk and one page of fragments for a first query', (t) => {
  const [first] = costs;
  t.diagnostic(`first query: ${first.bytes} bytes in ${first.requests} requests ${JSON.stringify(first.byKind)}`);
  assert.equal(first.results, 10);
  assert.equal(files(first, /\.pf_meta$/).length, 1);
  assert.equal(files(first, /\.pf_index$/).length, 1);
  assert.ok(files(first, /\.pf_fragment$/).length <= 10);
  assert.deepEqual(files(first, /pagefind-worker\.js$|\.pf_filter$/), [], 'no worker script, no filter files without a filter');
  assert.equal(files(first, /\/pagefind\.js$|\.pagefind$/).length, 2, 'one runtime: pagefind.js and its wasm, once');
  assert.ok(first.bytes < 230 * 1024, `first query ${first.bytes} bytes`);
});

test('should fetch only new index chunks and fragments for a follow-up query', (t) => {
  for (const c of costs.slice(1)) {
    t.diagnostic(`follow-up «${c.query}»: ${c.bytes} bytes in ${c.requests} requests ${JSON.stringify(c.byKind)}`);
    assert.ok(c.results > 0);
    assert.deepEqual(files(c, /\.pf_meta$|pagefind-entry\.json$|shards\.json$|\.js$|\.pagefind$/), [], 'nothing loaded twice');
    assert.ok(files(c, /\.pf_index$/).length <= 1);
    assert.ok(c.bytes < 60 * 1024, `follow-up ${c.bytes} bytes`);
  }
  // Both words: every shown result is one of the 1-in-50 articles with the rare word; chunks already loaded.
  assert.equal(files(costs[2], /\.pf_index$/).length, 0, 'both words\' chunks were loaded by the earlier queries');
});
