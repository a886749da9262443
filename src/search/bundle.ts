// Writes one Pagefind bundle for a set of articles into a fresh folder, through Pagefind's Node API
// (createIndex → addCustomRecord → writeFiles). Used by indexer.ts, in process or in a worker thread
// (bundle-worker.ts): each thread has its own Pagefind service process.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parseArticleFile, type ParsedArticle } from '../lib/article-file.ts';
import { articleRecord } from './records.ts';
import { compareYears } from './shards.ts';

/** Bump when what a bundle holds changes (records, kept files): it keys the bundle cache. */
export const BUNDLE_VERSION = 9;
/** What the search page needs from a Pagefind bundle; the default UI files and the worker are dropped. */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|wasm\.unknown\.pagefind|.*\.pf_meta|index|fragment|filter)$/;
/** Records handed to the Pagefind service at once. */
const BATCH = 256;

export interface Entry { id: string; file: string; hash: string; year: string; date: string; source: string }
export type Parsed = ParsedArticle;

/** The version tag of an article's record (meta.v): a prefix of its content hash. */
export const versionOf = (hash: string) => hash.slice(0, 8);

/** What the cache keeps about a bundle (bundle.json); the manifest entry is derived from it. */
export interface BundleInfo {
  name: string;
  dir: string;
  years: Record<string, number>;
  pages: number;
  records: number;
  bytes: number;
  /** id → content hash of the copy this bundle holds. */
  members: Record<string, string>;
  /** Time spent handing records to Pagefind, and in writeFiles (ms). */
  addMs: number;
  writeMs: number;
}

/** Parse and validate an article's text (`name`: its file name, for the message). */
export function parseArticle(raw: string, name: string): Parsed {
  const p = parseArticleFile(raw);
  return p.ok ? p : { ok: false, error: `بحث: تخطّي ${name}: ${p.error}` };
}

/** Parse and validate one article file. */
export const readArticle = (file: string) => parseArticle(fs.readFileSync(file, 'utf8'), path.basename(file));

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

export const newInfo = (name: string, dir: string): BundleInfo =>
  ({ name, dir, years: {}, pages: 0, records: 0, bytes: 0, members: {}, addMs: 0, writeMs: 0 });

/** Count an article indexed in the bundle. */
export function addMember(info: BundleInfo, e: Entry): void {
  info.members[e.id] = e.hash;
  info.years[e.year] = (info.years[e.year] ?? 0) + 1;
  info.pages++;
}

export async function openIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}

export async function writeBundle(name: string, dir: string, entries: Entry[], dest: string,
  read: (e: Entry) => Parsed, log: (m: string) => void): Promise<BundleInfo> {
  const info = newInfo(name, dir);
  try {
    const index = await openIndex();
    const t = performance.now();
    // The next batch is prepared (read, tokenised) while Pagefind indexes the one before it.
    let inFlight: Promise<void> = Promise.resolve();
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = [];
      for (const e of entries.slice(i, i + BATCH)) {
        const p = read(e);
        if (!p.ok) { log(p.error); continue; }
        batch.push(index.addCustomRecord(articleRecord(e.id, p.article, p.body, versionOf(e.hash))));
        addMember(info, e);
      }
      await inFlight;
      inFlight = Promise.all(batch).then((rs) => { for (const r of rs) if (r.errors.length) log(`بحث: ${r.errors.join('; ')}`); });
      inFlight.catch(() => {}); // handled by the await above on the next round (not unhandled meanwhile)
    }
    await inFlight;
    info.addMs = Math.round(performance.now() - t);
    return await finishBundle(index, info, dest);
  } finally {
    // Closing stops the Pagefind service, releasing this bundle's memory before the next one.
    await pagefind.close();
  }
}

/** Write an index whose records are all added, keep what the search page needs, and describe it in bundle.json. */
export async function finishBundle(index: pagefind.PagefindIndex, info: BundleInfo, dest: string): Promise<BundleInfo> {
  info.records = info.pages;
  const t = performance.now();
  const w = await index.writeFiles({ outputPath: dest });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  info.writeMs = Math.round(performance.now() - t);
  for (const f of fs.readdirSync(dest)) if (!KEEP.test(f)) fs.rmSync(path.join(dest, f), { recursive: true });
  info.years = Object.fromEntries(Object.entries(info.years).sort(([a], [b]) => compareYears(a, b)));
  info.bytes = dirBytes(dest);
  fs.writeFileSync(path.join(dest, 'bundle.json'), JSON.stringify(info));
  return info;
}
