// The search index: Pagefind bundles in outDir/pagefind/<bundle>/ (bundle.ts) and outDir/pagefind/shards.json.
// A rebuild costs what changed, not the size of the archive:
//  - scan: each article's (mtime, size, inode) → content hash, year, date, source is cached in
//    cacheDir/scan.json, so an unchanged article costs a stat, not a read and a YAML parse.
//  - shards: whole years grouped up to shardMax articles (shards.ts). Each is a bundle cached in
//    cacheDir/bundles/<name>.<content key>/, written once and never modified, and hard-linked into outDir.
//  - delta: articles new or changed since the shards were cut go into one small "recent" bundle; the
//    shards stay as cached. A changed or removed article's copy in its old shard is listed as `stale` in
//    the manifest (id → version tag, meta.v of its record), and the search page drops such results after
//    fetching their data: nothing shows twice or out of date.
//  - compaction: when the delta would hold more than deltaMax articles (new + changed + removed), the
//    shards are cut again from all articles (a shard whose articles did not change keeps its cached
//    bundle) and the delta is empty again.
// cacheDir/layout.json names the shards as last cut.
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../ingest/ids.ts';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { shardOf } from '../lib/urls.ts';
import { NORMALIZER_VERSION } from './normalize.ts';
import { sourceName, searchHash } from './records.ts';
import { groupYears, DEFAULT_SHARD_MAX, type ShardManifest, type ShardInfo } from './shards.ts';
import { writeBundle, readArticle, versionOf, BUNDLE_VERSION, type BundleInfo, type Entry, type Parsed } from './bundle.ts';
import type { EarlyIndex } from './early.ts';
import type { ArticleContent } from '../lib/article-file.ts';

/** Bump when the scan cache or layout changes: with the bundle and normaliser versions it keys the caches. */
const INDEXER_VERSION = 6;
const VERSION = `${INDEXER_VERSION}.${BUNDLE_VERSION}.${NORMALIZER_VERSION}`;
/** The delta bundle is indexed on every build that changes it: small enough to cost ~1 s. */
export const DEFAULT_DELTA_MAX = 500;
/** Parsed articles kept from the scan for indexing in the same run (a cold build then reads each file once). */
const KEEP_PARSED = 12_000;

export interface BuildSearchIndexOptions {
  articlesDir: string;
  outDir: string;
  cacheDir: string;
  log?: (msg: string) => void;
  /** Articles per shard at most (default: env ARSHIF_SEARCH_SHARD_MAX, else DEFAULT_SHARD_MAX). */
  shardMax?: number;
  /** Articles the delta bundle may take before the shards are cut again (default: env ARSHIF_SEARCH_DELTA_MAX, else DEFAULT_DELTA_MAX). */
  deltaMax?: number;
  /** Worker threads for a build of several shards (default: env ARSHIF_SEARCH_THREADS, else one per core). */
  threads?: number;
  /** Articles already indexed while ingest wrote them (early.ts): used if they turn out to be the one shard. */
  early?: EarlyIndex;
}

export interface ShardStats { name: string; pages: number; records: number; reused: boolean; bytes: number; ms: number }

export interface SearchIndexStats {
  pages: number;
  records: number;
  invalid: number;
  /** Article files read and parsed by the scan (the others came from the scan cache). */
  read: number;
  shardsBuilt: number;
  shardsReused: number;
  /** Whether the one shard came from the index filled while ingest ran. */
  early: boolean;
  /** Scan time, and time in Pagefind (adding records, writeFiles) summed over built bundles (ms). */
  scanMs: number;
  addMs: number;
  writeMs: number;
  /** Articles in the delta bundle, and whether the shards were cut again in this build. */
  delta: number;
  compacted: boolean;
  bytesWritten: number;
  ms: number;
  shards: ShardStats[];
}

/** Stats of the last build in this process, for the benchmark. */
export let lastStats: SearchIndexStats | null = null;

function writeJsonAtomic(file: string, data: unknown) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, file);
}

function readJson<T>(file: string): T | null {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')) as T; } catch { return null; }
}

/**
 * [mtimeMs, size, ino, hash, year, date, source] of a valid article, [mtimeMs, size, ino, null, error] of an
 * invalid one. The hash is the article's searchHash: what its record is made of.
 */
export type ScanRow = [number, number, number, string, string, string, string] | [number, number, number, null, string];
export type FileStat = Pick<fs.Stats, 'mtimeMs' | 'size' | 'ino'>;

export function scanRow(st: FileStat, id: string, p: Parsed): ScanRow {
  if (!p.ok) return [st.mtimeMs, st.size, st.ino, null, p.error];
  const a = p.article;
  return [st.mtimeMs, st.size, st.ino, searchHash(id, a, p.body), shardOf(a.date.published), a.date.published ?? '', sourceName(a)];
}

/** Every article's hash, year, date and source; files unchanged since the last scan (or `known`) are not read. */
function scan(articlesDir: string, cacheDir: string, log: (m: string) => void, known: Map<string, ScanRow> = new Map()) {
  const cacheFile = path.join(cacheDir, 'scan.json');
  const cached = readJson<{ version: string; files: Record<string, ScanRow> }>(cacheFile);
  const old = cached?.version === VERSION ? cached.files : {};
  for (const [f, row] of known) old[f] = row;
  const rows: Record<string, ScanRow> = {};
  const entries: Entry[] = [];
  const parsed = new Map<string, Parsed>();
  let invalid = 0, read = 0;
  const files = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort() : [];
  for (const f of files) {
    const file = path.join(articlesDir, f);
    const id = f.slice(0, -3);
    const st = fs.statSync(file);
    let row = old[f];
    if (!row || row[0] !== st.mtimeMs || row[1] !== st.size || row[2] !== st.ino) {
      read++;
      const p = readArticle(file);
      row = scanRow(st, id, p);
      if (p.ok && parsed.size < KEEP_PARSED) parsed.set(id, { ok: true, article: p.article, body: p.body });
    }
    rows[f] = row;
    if (row[3] === null) { invalid++; log(row[4]); continue; }
    entries.push({ id, file, hash: row[3], year: row[4], date: row[5], source: row[6] });
  }
  writeJsonAtomic(cacheFile, { version: VERSION, files: rows });
  return { entries, invalid, read, parsed };
}

/** Start a worker module that posts `{ log }` messages and then `{ result }`. */
function inWorker<T>(module: string, workerData: unknown, log: (m: string) => void): { worker: Worker; result: Promise<T> } {
  const worker = new Worker(new URL(module, import.meta.url), { workerData });
  const result = new Promise<T>((resolve, reject) => {
    worker.on('message', (m: { log?: string; result?: T }) => {
      if (m.log) log(m.log);
      if (m.result) resolve(m.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => { if (code) reject(new Error(`search index worker exited with ${code}`)); });
  });
  return { worker, result };
}

/** A search index build in a worker thread (index-worker.ts). */
export interface SearchIndexJob {
  /** An article file was written, holding `written`: index it now (early jobs only). */
  feed(file: string, written: ArticleContent): void;
  /** The articles are all written: build the index. */
  finish(): Promise<SearchIndexStats>;
  cancel(): Promise<void>;
}

/**
 * Start buildSearchIndex in a worker thread (log messages are passed on). An `early` job first indexes the
 * article files it is fed while ingest writes them (early.ts) and builds when told to finish; another starts
 * building at once.
 */
export function startSearchIndex(opts: Omit<BuildSearchIndexOptions, 'early'>, early: boolean): SearchIndexJob {
  const { log = () => {}, ...data } = opts;
  const { worker, result } = inWorker<SearchIndexStats>('./index-worker.ts', { ...data, early }, log);
  result.catch(() => {}); // reported by finish()
  return {
    // Its stat is taken here, right after the write: the row describes the file that holds `written`.
    feed: (file, written) => {
      const { mtimeMs, size, ino } = fs.statSync(file);
      worker.postMessage({ file, fed: { stat: { mtimeMs, size, ino }, ...written } });
    },
    finish: () => { worker.postMessage({ done: true }); return result; },
    cancel: async () => { await worker.terminate(); },
  };
}

/** Worth indexing while ingest runs: the shards are to be cut from scratch, and every raw file fits in one. */
export function worthIndexingEarly(opts: Pick<BuildSearchIndexOptions, 'cacheDir' | 'shardMax'>, rawFiles: () => number): boolean {
  const shardMax = limit(opts.shardMax, process.env.ARSHIF_SEARCH_SHARD_MAX, DEFAULT_SHARD_MAX);
  // Raw files are counted only then: listing 100,000 of them is not free on every update.
  return !lastLayout(opts.cacheDir, shardMax) && rawFiles() <= shardMax;
}

/** Hard-link a cached bundle's files into dest (copy where links fail, e.g. across devices). */
let canLink = true;
function linkTree(src: string, dest: string) {
  fs.mkdirSync(dest, { recursive: true });
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    if (e.name === 'bundle.json') continue;
    const s = path.join(src, e.name), d = path.join(dest, e.name);
    if (e.isDirectory()) { linkTree(s, d); continue; }
    if (canLink) {
      try { fs.linkSync(s, d); continue; } catch { canLink = false; }
    }
    fs.copyFileSync(s, d);
  }
}

function limit(opt: number | undefined, env: string | undefined, dflt: number): number {
  const n = opt ?? Number(env || dflt);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : dflt;
}

interface Layout { version: string; shardMax: number; shards: string[] }

/** The shards as last cut, if they were cut by this version with this shard size. */
function lastLayout(cacheDir: string, shardMax: number): Layout | null {
  const layout = readJson<Layout>(path.join(cacheDir, 'layout.json'));
  return layout?.version === VERSION && layout.shardMax === shardMax ? layout : null;
}

export async function buildSearchIndex(opts: BuildSearchIndexOptions): Promise<SearchIndexStats> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const shardMax = limit(opts.shardMax, process.env.ARSHIF_SEARCH_SHARD_MAX, DEFAULT_SHARD_MAX);
  const deltaMax = limit(opts.deltaMax, process.env.ARSHIF_SEARCH_DELTA_MAX, DEFAULT_DELTA_MAX);
  const bundlesDir = path.join(opts.cacheDir, 'bundles');
  fs.mkdirSync(bundlesDir, { recursive: true });
  let early = opts.early;
  const { entries, invalid, read, parsed } = scan(opts.articlesDir, opts.cacheDir, log, early?.rows);
  const scanMs = Math.round(performance.now() - t0);
  log(`بحث: ${entries.length} مقالة، قُرئ منها ${read} (${scanMs} مللي ث)`);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const readEntry = (e: Entry): Parsed => parsed.get(e.id) ?? readArticle(e.file);
  const stats: SearchIndexStats = {
    pages: entries.length, records: 0, invalid, read, shardsBuilt: 0, shardsReused: 0, early: false, scanMs, addMs: 0, writeMs: 0,
    delta: 0, compacted: false, bytesWritten: 0, ms: 0, shards: [],
  };

  /** Bundles for these entry sets (newest first), from the cache or built; several are built in parallel. */
  const bundles = async (sets: { name: string; es: Entry[] }[]): Promise<BundleInfo[]> => {
    const jobs = sets.map(({ name, es }) => {
      const key = sha256([VERSION, ...es.map((e) => `${e.id}\0${e.hash}`).sort()].join('\n')).slice(0, 12);
      const dir = `${name}.${key}`;
      const cached = path.join(bundlesDir, dir);
      return { name, es, dir, cached, info: readJson<BundleInfo>(path.join(cached, 'bundle.json')), reused: false, ms: 0 };
    });
    const todo = jobs.filter((j) => !j.info);
    // The index filled while ingest ran is this one bundle, or nothing: then it only holds memory.
    const useEarly = early && todo.length === 1 && early.holds(todo[0].es) ? early : null;
    if (early && !useEarly) await early.discard();
    early = undefined;
    stats.early ||= useEarly !== null;
    // Cold builds: one worker thread (and Pagefind service) per core, each indexing whole shards.
    const threads = todo.length > 1 ? Math.min(todo.length, limit(opts.threads, process.env.ARSHIF_SEARCH_THREADS, os.availableParallelism())) : 0;
    const build = async (j: (typeof jobs)[number]) => {
      const t = performance.now();
      const tmp = `${j.cached}.${process.pid}.tmp`;
      fs.rmSync(tmp, { recursive: true, force: true });
      j.info = threads > 1
        ? await inWorker<BundleInfo>('./bundle-worker.ts', { name: j.name, dir: j.dir, entries: j.es, parsed: j.es.map((e) => parsed.get(e.id)), dest: tmp }, log).result
        : useEarly ? await useEarly.write(j.name, j.dir, j.es, tmp)
        : await writeBundle(j.name, j.dir, j.es, tmp, readEntry, log);
      fs.rmSync(j.cached, { recursive: true, force: true });
      fs.renameSync(tmp, j.cached); // bundle.json is written last: a folder with it is complete
      j.ms = Math.round(performance.now() - t);
    };
    if (threads > 1) {
      let next = 0;
      await Promise.all(Array.from({ length: threads }, async () => { while (next < todo.length) await build(todo[next++]); }));
    } else {
      for (const j of todo) await build(j);
    }
    for (const j of jobs) {
      const info = j.info!;
      const reused = !todo.includes(j);
      stats.shards.push({ name: j.name, pages: info.pages, records: info.records, reused, bytes: info.bytes, ms: j.ms });
      if (reused) stats.shardsReused++;
      else { stats.shardsBuilt++; stats.addMs += info.addMs; stats.writeMs += info.writeMs; }
      log(`بحث: ${j.name}: ${info.pages} مقالة، ${reused ? 'من الذاكرة المؤقتة' : useEarly ? 'فُهرست أثناء الاستيعاب' : 'فُهرست'} (${j.ms} مللي ث)`);
    }
    return jobs.map((j) => j.info!);
  };

  // The shards as last cut, if they are all still in the cache; which of their articles are still current.
  const layout = lastLayout(opts.cacheDir, shardMax);
  let shards: BundleInfo[] | null = null;
  if (layout) {
    const infos = layout.shards.map((d) => readJson<BundleInfo>(path.join(bundlesDir, d, 'bundle.json')));
    if (infos.every(Boolean)) shards = infos as BundleInfo[];
  }
  let pending: Entry[] = [];
  if (shards) {
    const live = new Set<string>();
    let removed = 0;
    for (const s of shards) {
      for (const [id, hash] of Object.entries(s.members)) {
        const e = byId.get(id);
        if (e?.hash === hash) live.add(id); else if (!e) removed++;
      }
    }
    pending = entries.filter((e) => !live.has(e.id));
    if (pending.length + removed > deltaMax) shards = null;
  }
  if (!shards) {
    // (Re)cut the shards from all articles; unchanged shards come from the cache.
    stats.compacted = true;
    pending = [];
    const years = new Map<string, Entry[]>();
    for (const e of entries) {
      if (!years.has(e.year)) years.set(e.year, []);
      years.get(e.year)!.push(e);
    }
    const groups = groupYears(new Map([...years].map(([y, es]) => [y, es.length])), shardMax).reverse();
    shards = await bundles(groups.map((g) => ({ name: g.name, es: g.years.flatMap((y) => years.get(y)!) })));
  } else {
    for (const s of shards) {
      stats.shards.push({ name: s.name, pages: s.pages, records: s.records, reused: true, bytes: s.bytes, ms: 0 });
      stats.shardsReused++;
    }
  }
  const delta = pending.length ? (await bundles([{ name: 'recent', es: pending }]))[0] : null;
  stats.delta = pending.length;
  parsed.clear();
  await early?.discard(); // nothing was left to build

  // Publish: hard links to the cached bundles, and the manifest. A bundle folder already published from
  // the same cached bundle (same inode) stays as it is: a one-article update links the delta bundle only.
  const root = path.join(opts.outDir, 'pagefind');
  const want = new Set([...(delta ? [delta] : []), ...shards].map((b) => b.dir));
  fs.mkdirSync(root, { recursive: true });
  const ino = (f: string) => { try { return fs.statSync(f).ino; } catch { return -1; } };
  for (const d of fs.readdirSync(root)) {
    const i = want.has(d) ? ino(path.join(root, d, 'pagefind-entry.json')) : -1;
    const keep = i !== -1 && i === ino(path.join(bundlesDir, d, 'pagefind-entry.json'));
    if (!keep) fs.rmSync(path.join(root, d), { recursive: true, force: true });
  }
  canLink = true;
  const sources: Record<string, number> = {};
  for (const e of entries) sources[e.source] = (sources[e.source] ?? 0) + 1;
  const manifest: ShardManifest = { version: 5, normalizer: NORMALIZER_VERSION, shards: [], sources };
  for (const b of delta ? [delta, ...shards] : shards) {
    const dest = path.join(root, b.dir);
    if (!fs.existsSync(dest)) {
      // Into a temporary folder first: a folder under its final name is always complete.
      const tmp = `${dest}.${process.pid}.tmp`;
      fs.rmSync(tmp, { recursive: true, force: true });
      linkTree(path.join(bundlesDir, b.dir), tmp);
      fs.renameSync(tmp, dest);
    }
    const stale: Record<string, string> = {};
    if (b !== delta) {
      for (const [id, hash] of Object.entries(b.members)) if (byId.get(id)?.hash !== hash) stale[id] = versionOf(hash);
    }
    const { name, dir, years, pages, records } = b;
    const info: ShardInfo = { name, dir, years, pages, records, stale };
    manifest.shards.push(info);
    stats.records += records - Object.keys(stale).length;
    stats.bytesWritten += b.bytes;
  }
  const json = JSON.stringify(manifest);
  fs.writeFileSync(path.join(root, 'shards.json'), json);
  stats.bytesWritten += Buffer.byteLength(json);

  // Remember the cut; drop cached bundles nothing uses any more (never modified: dist may share their inodes).
  const used = new Set([...shards, ...(delta ? [delta] : [])].map((b) => b.dir));
  writeJsonAtomic(path.join(opts.cacheDir, 'layout.json'), { version: VERSION, shardMax, shards: shards.map((s) => s.dir) } satisfies Layout);
  for (const d of fs.readdirSync(bundlesDir)) if (!used.has(d) && !d.endsWith('.tmp')) fs.rmSync(path.join(bundlesDir, d), { recursive: true, force: true });
  // Caches of the indexer before bundles/ (one folder per shard key) are not used any more.
  for (const d of fs.readdirSync(opts.cacheDir)) {
    if (!['bundles', 'scan.json', 'layout.json'].includes(d) && !d.endsWith('.tmp')) fs.rmSync(path.join(opts.cacheDir, d), { recursive: true, force: true });
  }
  stats.ms = Math.round(performance.now() - t0);
  lastStats = stats;
  return stats;
}
