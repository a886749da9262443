// Render the archive's pages into a persistent site folder (the corpus's build cache), page by page, from
// the compiled Astro bundle. A page is rendered again only when its key changes: the bundle, its route data
// (src/site/routes.ts) and, for an article page, the article file. So one new article re-renders its own
// page, its two neighbours and the listings it appears in — not the archive.
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../ingest/ids.ts';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusPaths } from '../lib/corpus.ts';
import { siteRoutes, type Route } from '../site/routes.ts';
import { rawFiles } from '../site/raw.ts';
import { writeFileAtomic, copyFileAtomic, listFiles } from '../ingest/fsutil.ts';
import { ensureBundle } from './bundle.ts';
import { loadStore, type ArchiveStore } from './store.ts';
import { renderPages, type RenderJob, type RenderResult } from './render-pages.ts';

const STATE_VERSION = 1;

interface State {
  version: number;
  bundle: string;
  /** Output file → key of what it was rendered from. */
  pages: Record<string, string>;
  /** Published raw file → sha256 of its content. */
  raws: Record<string, string>;
  /** Files copied from the bundle's client folder (CSS, fonts, scripts). */
  assets: string[];
}

export interface RenderStats {
  pages: number;
  rendered: number;
  removed: number;
  raws: number;
  rawsCopied: number;
  articles: number;
  invalid: number;
  parsed: number;
  bundleBuilt: boolean;
  failed: { path: string; reason: string }[];
  ms: number;
}

export interface RenderOptions { paths: CorpusPaths; log?: (m: string) => void }

export const renderDirs = (paths: CorpusPaths) => {
  const root = path.join(paths.cache, 'render');
  return { root, site: path.join(root, 'site'), state: path.join(root, 'state.json'), store: path.join(root, 'store.json') };
};

function readState(file: string): State {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (s?.version === STATE_VERSION) return s;
  } catch { /* first run or damaged state: render everything */ }
  return { version: STATE_VERSION, bundle: '', pages: {}, raws: {}, assets: [] };
}

const sha = (s: string) => sha256(s).slice(0, 32);

function removeFile(root: string, rel: string): void {
  fs.rmSync(path.join(root, rel), { force: true });
  // Drop folders left empty (a removed article's folder), never the root.
  for (let dir = path.dirname(path.join(root, rel)); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try { fs.rmdirSync(dir); } catch { break; }
  }
}

/** Below this many pages a worker's start-up (loading the bundle) costs more than it saves. */
const PARALLEL_FROM = 300;

/** Render in one worker per core (at most 4), pages dealt out in turn so each gets a like mix. */
async function renderInParallel(job: Omit<RenderJob, 'routes'>, routes: Route[]): Promise<RenderResult[]> {
  const n = Math.min(4, os.availableParallelism(), Math.ceil(routes.length / PARALLEL_FROM));
  if (n <= 1) return [await renderPages({ ...job, routes })];
  return Promise.all(Array.from({ length: n }, (_, w) => new Promise<RenderResult>((resolve, reject) => {
    const share = routes.filter((_, i) => i % n === w);
    // Each worker is sent the parsed articles of its own pages only.
    const articles = new Map(share.flatMap((r) => {
      const a = r.kind === 'article' ? job.articles?.get(r.props.id) : undefined;
      return a ? [[a.id, a] as const] : [];
    }));
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { ...job, routes: share, articles } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`render worker exited with ${code}`)); });
  })));
}

/**
 * Provenance: every raw file an article came from, copied as plain text (never served as live HTML).
 * Fills `now` (published file → sha256) and returns how many files were copied.
 */
function publishRaws(store: ArchiveStore, corpus: string, site: string, old: State['raws'], now: State['raws']): number {
  let copied = 0;
  for (const r of rawFiles([...store.files.values()].flatMap((f) => f.raws), corpus)) {
    const out = path.join('raw', r.output);
    now[out] = r.sha256;
    if (old[out] === r.sha256 && fs.existsSync(path.join(site, out))) continue;
    // A copy, not a link: the published file must stay the one the article's hash names if the raw is edited.
    copyFileAtomic(r.file, path.join(site, out));
    copied++;
  }
  for (const f of Object.keys(old)) if (!(f in now)) removeFile(site, f);
  return copied;
}

export async function renderSite(opts: RenderOptions): Promise<{ siteDir: string; stats: RenderStats }> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const dirs = renderDirs(opts.paths);
  const bundle = await ensureBundle(log);
  const store = loadStore(opts.paths.articles, dirs.store);
  for (const bad of store.invalid) log(`تخطّي ${path.basename(bad.file)}: ${bad.reason}`);
  const routes = siteRoutes(store.entries);
  const old = readState(dirs.state);
  const state: State = { version: STATE_VERSION, bundle: bundle.key, pages: {}, raws: {}, assets: old.assets };
  fs.mkdirSync(dirs.site, { recursive: true });
  const stats: RenderStats = {
    pages: routes.length, rendered: 0, removed: 0, raws: 0, rawsCopied: 0, articles: store.entries.length,
    invalid: store.invalid.length, parsed: store.parsed, bundleBuilt: bundle.built, failed: [], ms: 0,
  };

  if (old.bundle !== bundle.key) {
    for (const f of old.assets) removeFile(dirs.site, f);
    state.assets = listFiles(bundle.client);
    // A new file each time (never written in place: the published copy is a hard link to it).
    for (const f of state.assets) writeFileAtomic(path.join(dirs.site, f), fs.readFileSync(path.join(bundle.client, f)));
  }

  const todo: Route[] = [];
  for (const route of routes) {
    const file = store.files.get(route.kind === 'article' ? route.props.id : '');
    const key = sha(`${bundle.key}\0${route.kind}\0${file?.sha ?? ''}\0${JSON.stringify(route.props)}`);
    state.pages[route.file] = key;
    if (old.pages[route.file] !== key || !fs.existsSync(path.join(dirs.site, route.file))) todo.push(route);
  }
  const job: Omit<RenderJob, 'routes'> = {
    entry: bundle.entry, articlesDir: opts.paths.articles, siteDir: dirs.site,
    site: process.env.ARSHIF_SITE ?? 'http://localhost:4321', base: (process.env.ARSHIF_BASE ?? '/').replace(/\/?$/, '/'),
    articles: store.fresh,
  };
  const rendering = renderInParallel(job, todo);
  // While the workers render, this thread publishes the raw files.
  stats.rawsCopied = publishRaws(store, opts.paths.root, dirs.site, old.raws, state.raws);
  stats.raws = Object.keys(state.raws).length;
  for (const r of await rendering) {
    stats.rendered += r.rendered.length;
    for (const f of r.failed) {
      delete state.pages[f.file];
      stats.failed.push({ path: f.path, reason: f.reason });
      log(`تعذّر إنشاء الصفحة ${f.path}: ${f.reason}`);
    }
  }
  for (const f of Object.keys(old.pages)) if (!(f in state.pages)) { removeFile(dirs.site, f); stats.removed++; }

  writeFileAtomic(dirs.state, JSON.stringify(state));
  stats.ms = Math.round(performance.now() - t0);
  return { siteDir: dirs.site, stats };
}
