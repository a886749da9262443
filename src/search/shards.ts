// Shard layout, the shard manifest (pagefind/shards.json) and the records' url format: shared by the indexer
// and the search page.
// (Bundles are Pagefind bundles: bundle.ts. Incremental updates and the delta bundle: indexer.ts.)
//
// Shards are cut by SIZE, not by year: consecutive publication years (oldest first, "undated" last) are
// grouped greedily into shards of at most `max` articles, so a query pays one pf_meta file and one index
// chunk per query word per SHARD (1 shard for the 10,000-article benchmark archive, not 23 years), while
// a 100,000-article archive is still indexed a bounded shard at a time. A year never spans two shards; a
// year bigger than `max` is a shard on its own. Boundaries only move at and after the year that grew, so
// adding an article to 2020 leaves every shard of older years, and their cached bundles, untouched.

/**
 * Default shard size cap (articles). Every bundle on a query's path costs one index chunk (20-40 KB) per
 * query word, so the 10,000-article benchmark archive is ONE shard (plus the small delta bundle): a
 * follow-up query fetches one chunk, not two. Pagefind holds a whole shard in memory while indexing it:
 * 9,702 articles peaked at 2.4 GB (process tree), so two shards indexed in parallel (one per core, as a
 * 100,000-article cold build does) stay under 5 GB. Measured in docs/bench.md.
 */
export const DEFAULT_SHARD_MAX = 10_000;

export interface ShardInfo {
  /** "2003-2024", "2015", "2017-undated", "undated", or "recent" for the delta bundle of new and changed articles. */
  name: string;
  /** Folder under pagefind/: the name plus a content key, so a bundle's URLs never change meaning. */
  dir: string;
  /** Years in this bundle ("YYYY" or "undated") with their article counts, oldest first. */
  years: Record<string, number>;
  pages: number;
  records: number;
  /**
   * Articles whose copy in this bundle is superseded (changed since, or removed): id → the version tag
   * (meta.v) of that copy. The search page drops such results after fetching their data.
   */
  stale: Record<string, string>;
}

export interface ShardManifest {
  /** 5: the original words ride in the record's url (records.ts), not in a filter. */
  version: 5;
  normalizer: number;
  /** The delta bundle first (if any), then the shards newest first. */
  shards: ShardInfo[];
  /** Articles per source name over the whole archive, for the source filter menu. */
  sources: Record<string, number>;
}

/** A record's url: the article's path, then "#" and the slots of its original words (records.ts). */
export const recordUrl = (path: string, slots: string) => `/${path}#${slots}`;

/** A record's url → the article's url, and the slots of its original words. */
export function splitRecordUrl(url: string): { url: string; slots: string } {
  const i = url.indexOf('#');
  return i < 0 ? { url, slots: '' } : { url: url.slice(0, i), slots: url.slice(i + 1) };
}

/** Oldest year first, "undated" last. */
export const compareYears = (a: string, b: string) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b));

/** Group years (with article counts) into shards of at most `max` articles, greedily from the oldest year. */
export function groupYears(counts: Map<string, number> | Record<string, number>, max = DEFAULT_SHARD_MAX): { name: string; years: string[] }[] {
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  const years = entries.filter(([, n]) => n > 0).map(([y]) => y).sort(compareYears);
  const n = new Map(entries);
  const groups: string[][] = [];
  let size = 0;
  for (const y of years) {
    const c = n.get(y)!;
    if (!groups.length || size + c > max) { groups.push([]); size = 0; }
    groups.at(-1)!.push(y);
    size += c;
  }
  return groups.map((g) => ({ name: g.length === 1 ? g[0] : `${g[0]}-${g.at(-1)}`, years: g }));
}

/** Shards to search: those holding `year`, or all of them. */
export function shardsFor(m: ShardManifest, year?: string): ShardInfo[] {
  return year ? m.shards.filter((s) => year in s.years) : m.shards;
}

/** Every year in the archive, newest first, "undated" last. */
export function allYears(m: ShardManifest): string[] {
  const ys = new Set<string>();
  for (const s of m.shards) for (const y of Object.keys(s.years)) ys.add(y);
  return [...ys].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
}
