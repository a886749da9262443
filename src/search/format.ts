// The search bundle format, shared by the indexer (Node) and the search page (browser). Pure, no I/O.
//
// A bundle (pagefind/<dir>/, the folder name is kept from the Pagefind days; the files are our own) holds
// the records of a set of articles (one record per article, one more for its readers' comments), numbered
// 0..n-1 newest first, so a year is a contiguous range of record numbers (listed in the manifest):
//   index/<b>.pf_index       gzip text, one line per normalised token: "token<TAB>postings"; token → b by hash
//   fragment/<r>.pf_fragment gzip JSON of one record: what a result shows (original text, for excerpts)
//   source.pf_filter         gzip JSON {source: postings}, fetched only when the source filter is used
// Tokens are matched exactly (the normalisation does the folding), so the postings of the query words
// intersected ARE the matching records: only quoted phrases need the fragments to be checked.

/** Bump when any file layout below changes: it keys the bundle cache. */
export const FORMAT_VERSION = 1;

/** Posting weight levels: a BM25 term weight quantised to 0..WEIGHTS-1 at index time. */
export const WEIGHTS = 8;

export interface Fragment {
  /** Site-relative URL of the record ("/articles/<id>/" or "/articles/<id>/#comments"). */
  url: string;
  title: string;
  source: string;
  /** Published date (ISO) or "". */
  date: string;
  kind: 'article' | 'comments';
  /** The ORIGINAL text, tokens separated by single spaces (token i is indexed as normalizeToken(token i)). */
  text: string;
}

/** FNV-1a over UTF-16 code units: the same bucket in Node and in the browser. */
export function bucketOf(token: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** Ascending record numbers (and their weights) → "d,d,d" where d = gap * WEIGHTS + weight, base 36. */
export function encodePostings(recs: ArrayLike<number>, weights?: ArrayLike<number>): string {
  const out: string[] = new Array(recs.length);
  let prev = -1;
  for (let i = 0; i < recs.length; i++) {
    out[i] = ((recs[i] - prev - 1) * WEIGHTS + (weights ? weights[i] : 0)).toString(36);
    prev = recs[i];
  }
  return out.join(',');
}

export interface Postings { recs: number[]; weights: number[] }

export function decodePostings(s: string): Postings {
  const recs: number[] = [];
  const weights: number[] = [];
  if (!s) return { recs, weights };
  let prev = -1;
  for (const part of s.split(',')) {
    const d = parseInt(part, 36);
    prev += Math.floor(d / WEIGHTS) + 1;
    recs.push(prev);
    weights.push(d % WEIGHTS);
  }
  return { recs, weights };
}

/** A chunk's text → token → encoded postings (decoded on demand: a chunk holds many other words). */
export function parseChunk(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return m;
}

/** BM25 term weight (k1 = 1.2, b = 0.75) of `tf` occurrences in a record of `len` tokens, quantised. */
export function termWeight(tf: number, len: number, avgLen: number): number {
  const w = (tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / (avgLen || 1)));
  return Math.min(WEIGHTS - 1, Math.round((w / 2.2) * (WEIGHTS - 1)));
}
