// Search cost at several archive sizes: the Pagefind index build (buildSearchIndex: shards of whole years
// up to 10,000 articles, one Pagefind record per article, built in one worker thread + Pagefind service per
// core; wall, CPU, peak RSS of the process tree incl. the Pagefind services) and the server-counted
// bytes/requests of a first and a follow-up query on a minimal search page (the real UI and engine:
// Pagefind's pagefind.js + wasm once, then per bundle one pagefind-entry.json and one pf_meta, one index
// chunk per query word, and the fragments of the results shown). The page itself is minimal (no fonts,
// no site CSS): the site's /search/ page costs its layout on top (see docs/bench.md).
//   node test/search/measure-transfer.ts [--sizes 1000,10000] [--articles DIR] [--queries q1,q2] [--shard-max N]
// --articles measures an existing articles directory (e.g. the benchmark's ingested corpus) instead.
// Build phase (internal): node test/search/measure-transfer.ts --build ARTICLES OUT CACHE [SHARD_MAX]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, NODE } from '../../src/bench/measure.ts';
import { writeArticles, buildMinimalSite, measureQueries, MARKERS } from './transfer.ts';

if (process.argv[2] === '--build') {
  const [articles, out, cache, max] = process.argv.slice(3);
  const s = await buildMinimalSite(articles, out, cache, max ? Number(max) : undefined);
  process.stdout.write(JSON.stringify({ ms: s.ms, pages: s.pages, records: s.records, shards: s.shards.map((x) => `${x.name}:${x.pages}`) }) + '\n');
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' }, articles: { type: 'string' },
    queries: { type: 'string' }, 'shard-max': { type: 'string' },
  },
});
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-transfer-'));
const runs: { label: string; articles: string; queries: string[] }[] = values.articles
  ? [{ label: path.basename(path.dirname(path.resolve(values.articles))), articles: path.resolve(values.articles), queries: values.queries?.split(',') ?? ['مازن', 'مليار'] }]
  : values.sizes!.split(',').map((s) => {
    const n = Number(s.replace(/_/g, ''));
    const articles = path.join(work, `a${n}`);
    writeArticles(articles, n);
    return { label: `${n} synthetic`, articles, queries: values.queries?.split(',') ?? [MARKERS.rare, MARKERS.common] };
  });
try {
  for (const r of runs) {
    const out = path.join(work, `out-${path.basename(r.articles)}`);
    const m = await measure([NODE, import.meta.filename, '--build', r.articles, out, path.join(work, `cache-${path.basename(r.articles)}`), values['shard-max'] ?? '']);
    if (m.code) throw new Error(m.stderr);
    const b = JSON.parse(m.stdout.trim().split('\n').pop()!);
    console.log(`${r.label}: ${b.pages} articles, ${b.records} records, shards ${b.shards.join(' ')}; index ${m.wallS} s wall, ${m.cpuS} CPU-s, peak RSS ${m.maxRssMB} MB (largest process), ${m.treeRssMB} MB (tree)`);
    const costs = await measureQueries(out, r.queries);
    costs.forEach((c, i) => {
      const parts = Object.entries(c.byKind).map(([k, v]) => `${k} ${kb(v.bytes)}/${v.requests}`).join(', ');
      console.log(`  ${i ? 'follow-up' : 'first    '} «${c.query}»: ${kb(c.bytes)} in ${c.requests} requests, ${c.results} results shown (${parts})`);
    });
    if (process.env.VERBOSE) for (const c of costs) console.log(c.urls.join('\n'));
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
