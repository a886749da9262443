// Browser-side search over the bundles of format.ts, listed in pagefind/shards.json (shards.ts).
// A query fetches, per bundle it searches (all of them, or those holding the filtered year), one index
// chunk per query word; intersecting the words' postings gives exactly the records that contain every
// word, so the count is exact. Records of a year are a range, records from a source come from the
// bundle's source filter file (fetched only with that filter), and records superseded since their bundle
// was built (manifest `stale`) are dropped. Results are ranked by a BM25 score (newest first on ties) and
// only the shown ones' fragments are fetched; quoted phrases are checked on a fragment's tokens before
// it is shown. Every file is fetched once per page: follow-up queries reuse what is loaded.
import { parseQuery, type ParsedQuery } from './normalize.ts';
import { matchText, excerptHtml } from './match.ts';
import { shardsFor, type ShardInfo, type ShardManifest } from './shards.ts';
import { bucketOf, decodePostings, parseChunk, type Fragment, type Postings } from './format.ts';

export interface Filters { source?: string; year?: string }

export interface Hit {
  url: string;
  title: string;
  source: string;
  date: string;
  kind: 'article' | 'comments';
  excerpt: string;
}

export interface Search {
  query: ParsedQuery;
  /** Records that contain every query word (those with a quoted phrase are still to be checked). */
  candidates: number;
  /** The exact number of results when known (no phrase in the query, or every candidate checked). */
  total: number | null;
  hits: Hit[];
  /** True once every candidate has been shown or checked. */
  exhausted: boolean;
  /** Query words that occur nowhere in the searched records (only filled when there are no hits). */
  missing: string[];
  more(): Promise<void>;
}

type Fetch = (url: string) => Promise<Response>;

const BATCH = 10;

/** Gzip file → text. The files are stored compressed; the server sends them as they are. */
async function gunzipText(res: Response): Promise<string> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
  const stream = res.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** One archive's index, with every file it fetched kept for the life of the page. */
export class SearchIndex {
  private manifestP: Promise<ShardManifest> | null = null;
  private files = new Map<string, Promise<unknown>>();

  private base: string;
  private fetchFn: Fetch;

  constructor(base: string, fetchFn: Fetch = (u) => fetch(u)) {
    this.base = base.replace(/\/?$/, '/');
    this.fetchFn = fetchFn;
  }

  manifest(): Promise<ShardManifest> {
    this.manifestP ??= this.fetchFn(`${this.base}pagefind/shards.json`).then((r) => {
      if (!r.ok) throw new Error(`shards.json: ${r.status}`);
      return r.json();
    });
    return this.manifestP;
  }

  private load<T>(path: string, parse: (text: string) => T): Promise<T> {
    let p = this.files.get(path) as Promise<T> | undefined;
    if (!p) {
      p = this.fetchFn(`${this.base}pagefind/${path}`).then(gunzipText).then(parse);
      // A failed fetch may be retried by a later query.
      p.catch(() => this.files.delete(path));
      this.files.set(path, p);
    }
    return p;
  }

  private async postings(s: ShardInfo, token: string): Promise<Postings> {
    const chunk = await this.load(`${s.dir}/index/${bucketOf(token, s.buckets)}.pf_index`, parseChunk);
    return decodePostings(chunk.get(token) ?? '');
  }

  private async sourceRecords(s: ShardInfo, source: string): Promise<Set<number>> {
    const all = await this.load(`${s.dir}/source.pf_filter`, (t) => JSON.parse(t) as Record<string, string>);
    return new Set(decodePostings(all[source] ?? '').recs);
  }

  fragment(s: ShardInfo, rec: number): Promise<Fragment> {
    return this.load(`${s.dir}/fragment/${rec}.pf_fragment`, (t) => JSON.parse(t) as Fragment);
  }

  async search(input: string, filters: Filters, pageSize = 10): Promise<Search | null> {
    const query = parseQuery(input);
    if (!query.terms.length) return null;
    const m = await this.manifest();
    const shards = shardsFor(m, filters.year);
    const words = [...new Set(query.terms.map((t) => t.norm))];

    // Per bundle: the records allowed by the filters, and each word's postings within them.
    const perShard = await Promise.all(shards.map(async (s) => {
      const stale = new Set(s.stale);
      const range = filters.year ? s.ranges[filters.year] : undefined;
      const from = filters.source ? await this.sourceRecords(s, filters.source) : null;
      const ok = (r: number) => !stale.has(r) && (!range || (r >= range[0] && r < range[1])) && (!from || from.has(r));
      const lists = await Promise.all(words.map(async (w) => {
        const p = await this.postings(s, w);
        const out = new Map<number, number>();
        p.recs.forEach((r, i) => { if (ok(r)) out.set(r, p.weights[i] + 1); });
        return out;
      }));
      return { s, lists };
    }));

    // idf over all searched records; a record's score is the sum over words of idf × its weight.
    const n = perShard.reduce((acc, x) => acc + x.s.records, 0);
    const df = words.map((_, i) => perShard.reduce((acc, x) => acc + x.lists[i].size, 0));
    const idf = df.map((d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    const candidates: { shard: number; rec: number; score: number }[] = [];
    perShard.forEach(({ lists }, shard) => {
      const [first, ...rest] = [...lists.keys()].sort((a, b) => lists[a].size - lists[b].size).map((i) => ({ i, l: lists[i] }));
      for (const [rec, w0] of first.l) {
        let score = idf[first.i] * w0;
        let all = true;
        for (const { i, l } of rest) {
          const w = l.get(rec);
          if (w === undefined) { all = false; break; }
          score += idf[i] * w;
        }
        if (all) candidates.push({ shard, rec, score });
      }
    });
    candidates.sort((a, b) => b.score - a.score || a.shard - b.shard || a.rec - b.rec);

    const phrases = query.phrases.length > 0;
    const out: Search = {
      query, candidates: candidates.length, total: phrases ? null : candidates.length, hits: [], exhausted: true,
      missing: [], more: async () => {},
    };
    let cursor = 0;
    out.more = async () => {
      const want = out.hits.length + pageSize;
      while (out.hits.length < want && cursor < candidates.length) {
        const batch = candidates.slice(cursor, cursor + (phrases ? BATCH : want - out.hits.length));
        cursor += batch.length;
        const frags = await Promise.all(batch.map((c) => this.fragment(perShard[c.shard].s, c.rec)));
        for (const f of frags) {
          const mt = matchText(f.text, query);
          if (mt.ok) out.hits.push(this.toHit(f, excerptHtml(mt.tokens, mt.positions)));
        }
      }
      out.exhausted = cursor >= candidates.length;
      if (out.exhausted && phrases) out.total = out.hits.length;
    };
    await out.more();
    if (!out.hits.length) out.missing = query.terms.filter((t) => df[words.indexOf(t.norm)] === 0).map((t) => t.original);
    return out;
  }

  /** `f.url` is the record's own URL ("/articles/<id>/"); the site base is added here. */
  private toHit(f: Fragment, excerpt: string): Hit {
    return { url: this.base + f.url.replace(/^\//, ''), title: f.title, source: f.source, date: f.date, kind: f.kind, excerpt };
  }
}

let site: SearchIndex | null = null;
const siteIndex = () => (site ??= new SearchIndex(import.meta.env?.BASE_URL ?? '/'));

/** The site's manifest (filter menus). */
export const manifest = (): Promise<ShardManifest> => siteIndex().manifest();

/** Search the site's index. */
export const search = (input: string, filters: Filters, pageSize = 10): Promise<Search | null> =>
  siteIndex().search(input, filters, pageSize);
