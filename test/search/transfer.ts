// What a search query costs the reader, measured at the server: a synthetic Markdown archive, its search
// index (buildSearchIndex, exactly as `arshif build` runs it), a minimal page that mounts the real search UI
// (src/search/ui.ts bundled with esbuild, no site layout, fonts or CSS), and Chromium typing queries into it.
// Used by transfer.test.ts (a bound on a 2,000-article archive) and measure-transfer.ts (1,000/10,000).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { mulberry32 } from '../../src/bench/prng.ts';
import * as W from '../../src/bench/words.ts';
import { buildSearchIndex, type SearchIndexStats } from '../../src/search/indexer.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['العربية', 'الجزيرة', 'الشرق الأوسط', 'الأهرام', 'النهار', 'الرياض', 'الخليج', 'القدس العربي', 'عكاظ', 'الوطن',
  'الدستور', 'الغد', 'المدى', 'الصباح', 'الشروق', 'اليوم السابع', 'البيان', 'الراية', 'الأيام', 'السفير'];
const yaml = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** Words that occur in a known share of generated articles, for queries with predictable result counts. */
export const MARKERS = { rare: 'زنجبيلية', common: 'مرصدية' } as const;

/**
 * Write `n` Markdown articles spread evenly over `years` (plus 5% undated) into dir. Deterministic.
 * Body text comes from the benchmark vocabulary; MARKERS.rare occurs in 1 article of 50, MARKERS.common in 1 of 4.
 */
export function writeArticles(dir: string, n: number, years: [number, number] = [2005, 2024], seed = 8): void {
  fs.mkdirSync(dir, { recursive: true });
  const r = mulberry32(seed);
  const words = [...W.NOUNS, ...W.ADJECTIVES, ...W.VERBS_PAST, ...W.VERBS_PRESENT, ...W.PLACES, ...W.COUNTRIES, ...W.FIRST_NAMES, ...W.FAMILY_NAMES];
  const span = years[1] - years[0] + 1;
  const para = (k: number) => Array.from({ length: k }, () => r.pick(words)).join(' ') + '.';
  for (let i = 0; i < n; i++) {
    const undated = i % 20 === 19;
    const y = years[0] + (i % span);
    const date = undated ? null : `${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const body = [para(60), para(80), para(60)];
    if (i % 50 === 7) body[1] += ` ${MARKERS.rare}`;
    if (i % 4 === 1) body[2] += ` ${MARKERS.common}`;
    const comments = i % 3 === 0 ? [`  - author: "قارئ"\n    text: ${yaml(para(25))}`] : [];
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(6, '0')}.md`), [
      '---', `headline: ${yaml(para(8).slice(0, -1))}`, 'source:', `  name: ${yaml(SOURCES[i % SOURCES.length])}`,
      'date:', `  published: ${date ? yaml(date) : 'null'}`, 'language: ar', comments.length ? 'comments:' : 'comments: []', ...comments,
      '---', '', body.join('\n\n'), '',
    ].join('\n'));
  }
}

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بحث</title>
<link rel="icon" href="data:,"></head><body>
<section data-search><form role="search"><input id="search-q" type="search" name="q">
<select name="source"><option value="">كل المصادر</option></select><select name="year"><option value="">كل السنوات</option></select>
<button type="submit">بحث</button></form><div data-status role="status"></div><ol data-results></ol>
<button type="button" data-more hidden>نتائج أخرى</button></section>
<script type="module" src="/search/search.js"></script></body></html>`;

/** Build the search index of articlesDir into out/ and a minimal /search/ page that mounts the real UI. */
export async function buildMinimalSite(articlesDir: string, out: string, cacheDir: string, shardMax?: number): Promise<SearchIndexStats> {
  const stats = await buildSearchIndex({ articlesDir, outDir: out, cacheDir, shardMax });
  fs.mkdirSync(path.join(out, 'search'), { recursive: true });
  fs.writeFileSync(path.join(out, 'search/index.html'), PAGE);
  await build({
    stdin: { contents: "import { mountSearch } from './src/search/ui.ts'; mountSearch(document.querySelector('[data-search]'));", resolveDir: REPO, loader: 'ts' },
    bundle: true, format: 'esm', minify: true, target: 'es2022', outfile: path.join(out, 'search/search.js'), logLevel: 'error',
  });
  return stats;
}

export interface QueryCost { query: string; bytes: number; requests: number; results: number; byKind: Record<string, { bytes: number; requests: number }>; urls: string[] }

function kind(url: string): string {
  const u = url.split('?')[0];
  if (/\.pf_index$/.test(u)) return 'index';
  if (/\.pf_fragment$/.test(u)) return 'fragments';
  if (/\.pf_filter$/.test(u)) return 'filters';
  if (/\.pf_meta$|pagefind-entry\.json$|shards\.json$/.test(u)) return 'meta';
  if (/\/pagefind\/.*(\.js|\.pagefind)$/.test(u)) return 'runtime';
  return 'page';
}

/**
 * Open /search/ (page load counted with the first query) and type each query in turn; the cost of each
 * query is everything the server sent from typing it until the results settle (fragments included).
 */
export async function measureQueries(out: string, queries: string[]): Promise<QueryCost[]> {
  const server = await serveStatic(out);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const costs: QueryCost[] = [];
    server.reset();
    await page.goto(`${server.url}/search/`);
    await page.waitForSelector('[data-search][data-ready]');
    for (const q of queries) {
      if (costs.length) server.reset();
      await page.fill('#search-q', q);
      await page.waitForFunction((v) => new URL(location.href).searchParams.get('q') === v
        && !document.querySelector('[data-search]')!.hasAttribute('aria-busy')
        && (document.querySelector('[data-status]')!.textContent ?? '').includes(v), q, { timeout: 120_000 });
      await page.waitForLoadState('networkidle').catch(() => {});
      const log = [...server.stats.log];
      const byKind: QueryCost['byKind'] = {};
      for (const l of log) {
        const k = (byKind[kind(l.url)] ??= { bytes: 0, requests: 0 });
        k.bytes += l.bytes;
        k.requests++;
      }
      costs.push({
        query: q, bytes: log.reduce((n, l) => n + l.bytes, 0), requests: log.length,
        results: await page.locator('li[data-result]').count(), byKind, urls: log.map((l) => `${l.url.split('?')[0]} ${l.bytes}`),
      });
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
