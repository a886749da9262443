// Browser-side search over the Pagefind bundles listed in pagefind/shards.json (shards.ts), with Pagefind's
// own JS runtime (pagefind.js of the newest bundle): one instance for the bundles a query needs — all of
// them, or those holding the filtered year — joined with mergeIndex (one wasm for all); the year and source
// filters go to Pagefind as filters. Instances live as long as the page, so a follow-up query reuses every
// pf_meta file and index chunk already loaded; nothing is fetched before the first query (no preload).
// Pagefind proposes candidates (it matches prefixes and drops words it cannot find); each is verified on
// our own normalised tokens (match.ts: the record's `content`) before it is shown: every word must occur,
// quoted phrases as adjacent words, in the article or in its comments (meta.c splits them; a match in the
// comments is a result of its own, "#comments"). The excerpt is cut from the article's original words, which
// come with the result data in the record's url (records.ts). Copies superseded by a newer bundle (manifest
// `stale`, by id and version tag meta.v) are dropped after their data is fetched.
import { parseQuery, type ParsedQuery } from './normalize.ts';
import { matchTokens, excerptHtml } from './match.ts';
import { shardsFor, splitRecordUrl, type ShardManifest } from './shards.ts';
import { decodeSlots } from './slots.ts';

export interface Filters { source?: string; year?: string }

export interface Hit {
  url: string;
  title: string;
  source: string;
  date: string;
  kind: 'article' | 'comments';
  excerpt: string;
}

interface PfData { url: string; raw_url?: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }
interface PfResult { id: string; data: () => Promise<PfData> }
interface PfInstance {
  search(term: string, opts?: object): Promise<{ results: PfResult[] } | null>;
  mergeIndex(path: string, opts?: object): Promise<void>;
  init(): Promise<void>;
}
export interface PfModule { createInstance(o: object): PfInstance }

export interface Search {
  query: ParsedQuery;
  /** Candidates Pagefind proposed (an upper bound). */
  candidates: number;
  /** The exact number of results once every candidate has been verified, else null. */
  total: number | null;
  hits: Hit[];
  /** True once every candidate has been verified. */
  exhausted: boolean;
  /** Query words that occur nowhere in the searched bundles (only filled when there are no hits). */
  missing: string[];
  more(): Promise<void>;
}

type Fetch = (url: string) => Promise<Response>;
type Import = (url: string) => Promise<PfModule>;

const BATCH = 10;
const DIAGNOSE_LIMIT = 30;

/** A verified part of a record: the article or its comments, tokens [from, to), the positions matched. */
interface Part { kind: Hit['kind']; from: number; to: number; positions: number[] }

/** The parts of one record that match the query, each verified on its own. */
function verify(d: PfData, q: ParsedQuery): Part[] {
  const norm = d.content.split(' ');
  const c = d.meta.c ? Number(d.meta.c) : norm.length;
  const parts: Part[] = [];
  for (const [from, to, kind] of [[0, c, 'article'], [c, norm.length, 'comments']] as const) {
    if (to <= from) continue;
    const m = matchTokens(norm.slice(from, to), q);
    if (m.ok) parts.push({ kind, from, to, positions: m.positions });
  }
  return parts;
}

/** The hits of a record's verified parts, excerpts cut from its original words. */
function hits(d: PfData, url: string, slots: string, parts: Part[]): Hit[] {
  if (!parts.length) return [];
  const norm = d.content.split(' ');
  const tokens = decodeSlots(slots, norm);
  const base = { title: d.meta.title ?? '', source: d.meta.source ?? '', date: d.meta.date ?? '' };
  return parts.map((p) => ({
    ...base, kind: p.kind, url: p.kind === 'comments' ? `${url}#comments` : url,
    excerpt: excerptHtml(tokens.slice(p.from, p.to), p.positions),
  }));
}

/** One archive's search: the manifest and the Pagefind instances, kept for the life of the page. */
export class SearchIndex {
  private manifestP: Promise<ShardManifest> | null = null;
  private moduleP: Promise<PfModule> | null = null;
  /** Keyed by the bundle folders an instance covers. */
  private instances = new Map<string, Promise<PfInstance>>();
  private stale: Set<string> | null = null;

  private base: string;
  private fetchFn: Fetch;
  private importFn: Import;

  constructor(base: string, fetchFn: Fetch = (u) => fetch(u), importFn: Import = (u) => import(/* @vite-ignore */ u)) {
    this.base = base.replace(/\/?$/, '/');
    this.fetchFn = fetchFn;
    this.importFn = importFn;
  }

  manifest(): Promise<ShardManifest> {
    this.manifestP ??= this.fetchFn(`${this.base}pagefind/shards.json`).then((r) => {
      if (!r.ok) throw new Error(`shards.json: ${r.status}`);
      return r.json();
    });
    return this.manifestP;
  }

  private bundle(dir: string) { return `${this.base}pagefind/${dir}/`; }

  private async instanceFor(year: string | undefined): Promise<PfInstance | null> {
    const m = await this.manifest();
    const all = m.shards.map((s) => s.dir);
    const dirs = shardsFor(m, year).map((s) => s.dir);
    if (!dirs.length) return null;
    const key = dirs.join('|');
    // A year-filtered query can use the instance of the whole archive if it is already there: the year
    // goes to Pagefind as a filter either way, and nothing more is fetched than that query would fetch.
    const everything = this.instances.get(all.join('|'));
    if (!this.instances.has(key) && everything) return everything;
    if (!this.instances.has(key)) {
      const p = (async () => {
        // One Pagefind module (from the newest bundle) creates every instance, so its JS is fetched once.
        this.moduleP ??= this.importFn(`${this.bundle(all[0])}pagefind.js`);
        const mod = await this.moduleP;
        // No web worker: it would cost one more script (~43 KB) per page, and search runs in milliseconds.
        // excerptLength 0: excerpts are cut from the original words (records.ts), not by Pagefind.
        const inst = mod.createInstance({ basePath: this.bundle(dirs[0]), baseUrl: this.base, excerptLength: 0, noWorker: true });
        await inst.init();
        for (const d of dirs.slice(1)) await inst.mergeIndex(this.bundle(d));
        return inst;
      })();
      p.catch(() => this.instances.delete(key)); // a failed load may be retried by a later query
      this.instances.set(key, p);
    }
    return this.instances.get(key)!;
  }

  private isStale(m: ShardManifest, url: string, version: string | undefined): boolean {
    if (!this.stale) {
      this.stale = new Set();
      for (const s of m.shards) for (const [id, v] of Object.entries(s.stale ?? {})) this.stale.add(`${id}@${v}`);
    }
    const id = /\/articles\/([^/]+)\/?$/.exec(url)?.[1];
    return id !== undefined && this.stale.has(`${decodeURIComponent(id)}@${version ?? ''}`);
  }

  /** Words of the query that no record contains as a whole token (checks a bounded number of candidates). */
  private async diagnose(inst: PfInstance, m: ShardManifest, q: ParsedQuery, pfFilters: object): Promise<string[]> {
    const missing: string[] = [];
    for (const t of q.terms) {
      const single = parseQuery(t.original);
      const res = await inst.search(t.norm, { filters: pfFilters });
      let found = false;
      for (const r of (res?.results ?? []).slice(0, DIAGNOSE_LIMIT)) {
        const d = await r.data();
        const { url } = splitRecordUrl(d.raw_url ?? d.url);
        if (!this.isStale(m, url, d.meta.v) && verify(d, single).length) { found = true; break; }
      }
      if (!found) missing.push(t.original);
    }
    return missing;
  }

  async search(input: string, filters: Filters, pageSize = 10): Promise<Search | null> {
    const query = parseQuery(input);
    if (!query.terms.length) return null;
    const m = await this.manifest();
    const inst = await this.instanceFor(filters.year);
    const out: Search = { query, candidates: 0, total: 0, hits: [], exhausted: true, missing: [], more: async () => {} };
    if (!inst) return out;
    const pfFilters: Record<string, string> = {};
    if (filters.source) pfFilters.source = filters.source;
    if (filters.year) pfFilters.year = filters.year;
    // No quotes: phrases are checked on our own tokens (Pagefind's exact mode takes one phrase only).
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
          const { url, slots } = splitRecordUrl(d.raw_url ?? d.url);
          if (this.isStale(m, url, d.meta.v)) continue;
          out.hits.push(...hits(d, this.base + url.replace(/^\//, ''), slots, verify(d, query)));
        }
      }
      out.exhausted = cursor >= results.length;
      out.total = out.exhausted ? out.hits.length : null;
    };
    await out.more();
    if (!out.hits.length) out.missing = await this.diagnose(inst, m, query, pfFilters);
    return out;
  }
}

let site: SearchIndex | null = null;
const siteIndex = () => (site ??= new SearchIndex(import.meta.env?.BASE_URL ?? '/'));

/** The site's manifest (filter menus). */
export const manifest = (): Promise<ShardManifest> => siteIndex().manifest();

/** Search the site's index. */
export const search = (input: string, filters: Filters, pageSize = 10): Promise<Search | null> =>
  siteIndex().search(input, filters, pageSize);
