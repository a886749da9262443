// Builds one Pagefind bundle per shard under outDir/pagefind/<shard>/, plus outDir/pagefind/shards.json.
// Shards group consecutive years up to a size cap (see shards.ts), so a query on a 10,000-article archive
// touches two bundles, not one per year. Shards are indexed one after another and the Pagefind service is closed after each,
// which bounds memory; an unchanged shard (same articles, same content) is copied from cacheDir.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import matter from 'gray-matter';
import * as pagefind from 'pagefind';
import { articleSchema } from '../schema/article.ts';
import { shardOf } from '../lib/urls.ts';
import { NORMALIZER_VERSION } from './normalize.ts';
import { articleRecords, sourceName } from './records.ts';
import { groupYears, DEFAULT_SHARD_MAX, type ShardManifest } from './shards.ts';

/** Bump when record layout changes: it keys the shard cache together with NORMALIZER_VERSION. */
const INDEXER_VERSION = 3;
/** What the search page needs from a Pagefind bundle; the default UI files are dropped. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.unknown\.pagefind|.*\.pf_meta|index|fragment|filter)$/;
const BATCH = 200;

export interface BuildSearchIndexOptions {
  articlesDir: string;
  outDir: string;
  cacheDir: string;
  log?: (msg: string) => void;
  /** Articles per shard at most (default: env ARSHIF_SEARCH_SHARD_MAX, else DEFAULT_SHARD_MAX). */
  shardMax?: number;
}

export interface ShardStats { name: string; pages: number; records: number; reused: boolean; bytes: number; ms: number }

export interface SearchIndexStats {
  pages: number;
  records: number;
  invalid: number;
  shardsBuilt: number;
  shardsReused: number;
  bytesWritten: number;
  ms: number;
  shards: ShardStats[];
}

/** Stats of the last build in this process, for the benchmark. */
export let lastStats: SearchIndexStats | null = null;

interface Entry { id: string; file: string; hash: string; source: string; comments: number }

const sha = (s: string | Buffer) => crypto.createHash('sha256').update(s).digest('hex');

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

/** Parse and validate one article file; null (with a log line) if it does not fit the schema. */
function readArticle(file: string, log: (m: string) => void) {
  const raw = fs.readFileSync(file, 'utf8');
  // Passing options disables gray-matter's unbounded per-content cache (100k files).
  const { data, content } = matter(raw, { excerpt: false });
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    log(`بحث: تخطّي ${path.basename(file)}: ${parsed.error.issues[0]?.message ?? 'ترويسة غير صالحة'}`);
    return null;
  }
  return { raw, article: parsed.data, body: content };
}

/** Pass 1: year and content hash of every article (bodies are not kept in memory). */
function scan(articlesDir: string, log: (m: string) => void) {
  const years = new Map<string, Entry[]>();
  let invalid = 0;
  const files = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort() : [];
  for (const f of files) {
    const file = path.join(articlesDir, f);
    const r = readArticle(file, log);
    if (!r) { invalid++; continue; }
    const year = shardOf(r.article.date.published);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push({
      id: f.slice(0, -3), file, hash: sha(r.raw), source: sourceName(r.article), comments: r.article.comments.length,
    });
  }
  return { years, invalid };
}

async function indexShard(entries: Entry[], dest: string, log: (m: string) => void): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  try {
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH).flatMap((e) => {
        const r = readArticle(e.file, log);
        return r ? articleRecords(e.id, r.article, r.body) : [];
      });
      const res = await Promise.all(batch.map((rec) => index.addCustomRecord(rec)));
      for (const r of res) if (r.errors.length) log(`بحث: ${r.errors.join('; ')}`);
      records += batch.length;
    }
    const w = await index.writeFiles({ outputPath: dest });
    if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  } finally {
    // Closing stops the Pagefind process, releasing this shard's memory before the next one.
    await pagefind.close();
  }
  for (const f of fs.readdirSync(dest)) if (!KEEP.test(f)) fs.rmSync(path.join(dest, f), { recursive: true });
  return records;
}

function shardMax(opts: BuildSearchIndexOptions): number {
  const n = opts.shardMax ?? Number(process.env.ARSHIF_SEARCH_SHARD_MAX || DEFAULT_SHARD_MAX);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_SHARD_MAX;
}

export async function buildSearchIndex(opts: BuildSearchIndexOptions): Promise<SearchIndexStats> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const { years, invalid } = scan(opts.articlesDir, log);
  const groups = groupYears(new Map([...years].map(([y, es]) => [y, es.length])), shardMax(opts));
  const root = path.join(opts.outDir, 'pagefind');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  fs.mkdirSync(opts.cacheDir, { recursive: true });
  const stats: SearchIndexStats = {
    pages: 0, records: 0, invalid, shardsBuilt: 0, shardsReused: 0, bytesWritten: 0, ms: 0, shards: [],
  };
  const sources: Record<string, number> = {};
  for (const es of years.values()) for (const e of es) sources[e.source] = (sources[e.source] ?? 0) + 1;
  const manifest: ShardManifest = { version: 2, normalizer: NORMALIZER_VERSION, shards: [], sources };
  const used = new Set<string>();

  // Newest shard first: the manifest lists shards in that order.
  for (const { name, years: ys } of groups.reverse()) {
    const t = performance.now();
    const entries = ys.flatMap((y) => years.get(y)!);
    // The cache key covers the shard's articles and their content: a shard is re-indexed only if one changed.
    const key = sha([INDEXER_VERSION, NORMALIZER_VERSION, ...entries.map((e) => `${e.id}\0${e.hash}`)].join('\n')).slice(0, 20);
    used.add(key);
    const cached = path.join(opts.cacheDir, key);
    const reused = fs.existsSync(path.join(cached, '.complete'));
    let records = entries.length + entries.filter((e) => e.comments > 0).length;
    if (!reused) {
      const tmp = cached + '.tmp';
      fs.rmSync(tmp, { recursive: true, force: true });
      records = await indexShard(entries, tmp, log);
      fs.writeFileSync(path.join(tmp, '.complete'), String(records));
      fs.rmSync(cached, { recursive: true, force: true });
      fs.renameSync(tmp, cached);
    } else {
      records = Number(fs.readFileSync(path.join(cached, '.complete'), 'utf8')) || records;
    }
    const dest = path.join(root, name);
    fs.cpSync(cached, dest, { recursive: true, filter: (src) => path.basename(src) !== '.complete' });
    const bytes = dirBytes(dest);
    manifest.shards.push({ name, years: Object.fromEntries(ys.map((y) => [y, years.get(y)!.length])), pages: entries.length, records });
    const s: ShardStats = { name, pages: entries.length, records, reused, bytes, ms: Math.round(performance.now() - t) };
    stats.shards.push(s);
    stats.pages += s.pages;
    stats.records += records;
    stats.bytesWritten += bytes;
    if (reused) stats.shardsReused++; else stats.shardsBuilt++;
    log(`بحث: ${name}: ${s.pages} مقالة، ${reused ? 'من الذاكرة المؤقتة' : 'فُهرست'} (${s.ms} مللي ث)`);
  }
  // Drop cached bundles no shard uses any more (older contents, older layouts).
  for (const e of fs.readdirSync(opts.cacheDir)) if (!used.has(e)) fs.rmSync(path.join(opts.cacheDir, e), { recursive: true, force: true });
  const json = JSON.stringify(manifest);
  fs.writeFileSync(path.join(root, 'shards.json'), json);
  stats.bytesWritten += Buffer.byteLength(json);
  stats.ms = Math.round(performance.now() - t0);
  lastStats = stats;
  return stats;
}
