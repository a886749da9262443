// Browser-side search over the Pagefind shard bundles (see shards.ts: shards group years up to a size cap,
// so a mid-sized archive is one bundle). Loads bundles lazily: with a year filter only the shard(s) holding
// that year, else all shards merged (mergeIndex); the year and source filters are passed to Pagefind.
// Instances are kept for the page's life, so a follow-up query reuses every meta file and index chunk
// already loaded. Every candidate Pagefind returns is verified with our own exact matcher before it is shown.
import { parseQuery, type ParsedQuery } from './normalize.ts';
import { matchText, excerptHtml } from './match.ts';
import { shardsFor, type ShardManifest } from './shards.ts';

export interface Filters { source?: string; year?: string }

export interface Hit {
  url: string;
  title: string;
  source: string;
  date: string;
  kind: 'article' | 'comments';
  excerpt: string;
}

interface PfData { url: string; raw_url?: string; meta: Record<string, string> }
interface PfResult { id: string; data: () => Promise<PfData> }
interface PfInstance {
  search(term: string, opts?: object): Promise<{ results: PfResult[] } | null>;
  mergeIndex(path: string, opts?: object): Promise<void>;
  init(): Promise<void>;
}

export interface Search {
  query: ParsedQuery;
  /** Candidates Pagefind proposed (an upper bound). */
  candidates: number;
  hits: Hit[];
  /** True once every candidate has been verified: hits.length is then the exact count. */
  exhausted: boolean;
  /** Query words that occur nowhere in the searched shards (only filled when there are no hits). */
  missing: string[];
  more(): Promise<void>;
}

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
const bundle = (shard: string) => `${base}pagefind/${shard}/`;
const BATCH = 10;
const DIAGNOSE_LIMIT = 30;

let manifestP: Promise<ShardManifest> | null = null;
export function manifest(): Promise<ShardManifest> {
  manifestP ??= fetch(`${base}pagefind/shards.json`).then((r) => {
    if (!r.ok) throw new Error(`shards.json: ${r.status}`);
    return r.json();
  });
  return manifestP;
}

// One Pagefind module (from the newest shard) creates every instance, so its JS is fetched once.
let moduleP: Promise<{ createInstance(o: object): PfInstance }> | null = null;
/** Keyed by the shard names an instance covers, e.g. "2003-2024" or "2003-2012|2013-2024". */
const instances = new Map<string, Promise<PfInstance>>();

async function instanceFor(year: string | undefined): Promise<PfInstance | null> {
  const m = await manifest();
  const all = m.shards.map((s) => s.name);
  const names = shardsFor(m, year).map((s) => s.name);
  if (!names.length) return null;
  const key = names.join('|');
  // A year-filtered query can use the instance of the whole archive if it is already there: the year
  // goes to Pagefind as a filter either way, and nothing more is fetched than that query would fetch.
  const everything = instances.get(all.join('|'));
  if (!instances.has(key) && everything) return everything;
  if (!instances.has(key)) {
    instances.set(key, (async () => {
      moduleP ??= import(/* @vite-ignore */ `${bundle(all[0])}pagefind.js`);
      const mod = await moduleP;
      // No web worker: it would cost one more script (~43 KB) per page, and search runs in milliseconds.
      const inst = mod.createInstance({ basePath: bundle(names[0]), excerptLength: 0, noWorker: true });
      await inst.init();
      for (const s of names.slice(1)) await inst.mergeIndex(bundle(s));
      return inst;
    })());
  }
  return instances.get(key)!;
}

/** `url` is the record's own URL ("/articles/<id>/"); the site base is added here. */
function toHit(url: string, meta: Record<string, string>, excerpt: string): Hit {
  return {
    url: base + url.replace(/^\//, ''), title: meta.title ?? '', source: meta.source ?? '', date: meta.date ?? '',
    kind: meta.kind === 'comments' ? 'comments' : 'article', excerpt,
  };
}

/** Words of the query that no record contains as a whole token (checks a bounded number of candidates). */
async function diagnose(inst: PfInstance, q: ParsedQuery, pfFilters: object): Promise<string[]> {
  const missing: string[] = [];
  for (const t of q.terms) {
    const single = parseQuery(t.original);
    const res = await inst.search(t.norm, { filters: pfFilters });
    let found = false;
    for (const r of (res?.results ?? []).slice(0, DIAGNOSE_LIMIT)) {
      const d = await r.data();
      if (matchText(d.meta.text ?? '', single).ok) { found = true; break; }
    }
    if (!found) missing.push(t.original);
  }
  return missing;
}

export async function search(input: string, filters: Filters, pageSize = 10): Promise<Search | null> {
  const query = parseQuery(input);
  if (!query.terms.length) return null;
  const inst = await instanceFor(filters.year);
  const out: Search = { query, candidates: 0, hits: [], exhausted: true, missing: [], more: async () => {} };
  if (!inst) return out;
  const pfFilters: Record<string, string> = {};
  if (filters.source) pfFilters.source = filters.source;
  if (filters.year) pfFilters.year = filters.year;
  // No quotes: phrases are checked on our positions, and Pagefind's exact mode would not fold clitics.
  const res = await inst.search([...new Set(query.terms.map((t) => t.norm))].join(' '), { filters: pfFilters });
  const results = res?.results ?? [];
  out.candidates = results.length;
  let cursor = 0;
  out.more = async () => {
    const want = out.hits.length + pageSize;
    while (out.hits.length < want && cursor < results.length) {
      const batch = results.slice(cursor, cursor + BATCH);
      cursor += batch.length;
      const datas = await Promise.all(batch.map((r) => r.data()));
      for (const d of datas) {
        const m = matchText(d.meta.text ?? '', query);
        if (m.ok) out.hits.push(toHit(d.raw_url ?? d.url, d.meta, excerptHtml(m.tokens, m.positions)));
      }
    }
    out.exhausted = cursor >= results.length;
  };
  await out.more();
  if (!out.hits.length) out.missing = await diagnose(inst, query, pfFilters);
  return out;
}
