// Article → Pagefind custom record. Pure: no I/O, so it is easy to test and to reason about.
// ONE record per article: its text, then its readers' comments. `content` is the NORMALISED text (what
// Pagefind indexes, one token per original token). The ORIGINAL words, which the browser needs to cut
// excerpts, ride in the record's url after "#": one slot per token, empty where the original is its own
// normalised form (about half the tokens), else a short patch on it (slots.ts). Pagefind stores a custom record's url as given, in the fragment
// only: it is neither indexed nor written to any other file. The other places cost far more: Pagefind 1.6
// word-indexes every meta value (doubling the index), and a filter value also goes into a filter file,
// which made a quarter of a cold 10,000-article writeFiles (Pagefind compresses all it writes at its
// highest level, in one thread). A file of their own per article costs a request and ~0.25 KB more per
// result: the two gzip streams no longer share the words that the content and the originals have in common.
// meta.c is the token where the comments start: the page verifies the article and the comments
// separately and shows a match in the comments as its own result ("#comments"). One record instead of two
// per commented article: ~30% fewer Pagefind pages, so smaller pf_meta files and a faster build.
import type { Article } from '../schema/article.ts';
import { articlePath, shardOf } from '../lib/urls.ts';
import { recordUrl } from './shards.ts';
import { tokenize, normalizeToken } from './normalize.ts';
import { encodeSlots } from './slots.ts';
import { sha256 } from '../ingest/ids.ts';

/** Language code Pagefind files the records under: one with no stemmer, so our normalisation is the only one. */
export const INDEX_LANGUAGE = 'und';
export const UNKNOWN_SOURCE = 'مصدر غير معروف';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Markdown body → plain text: drop link targets, images, tags and markup characters. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '');
}

// Words repeat a lot across articles (and the indexer normalises millions of tokens): remember the
// normalised form of the words seen, up to a bound so memory stays flat on any archive.
const memo = new Map<string, string>();
const MEMO_MAX = 200_000;

function normalizeMemo(token: string): string {
  let n = memo.get(token);
  if (n === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(token, (n = normalizeToken(token)));
  }
  return n;
}

/** Original tokens, and their normalised twins: same count, same order. */
export function alignedTokens(text: string): { original: string[]; normalized: string[] } {
  const original = tokenize(text);
  return { original, normalized: original.map(normalizeMemo) };
}

export function sourceName(a: Article): string {
  return a.source.name?.trim() || a.source.domain?.trim() || UNKNOWN_SOURCE;
}

/**
 * Hash of every field articleRecord reads: an article is indexed again only when it changes. A change
 * elsewhere in the file (provenance, the list of its duplicates) leaves its record as it was.
 */
export function searchHash(id: string, a: Article, body: string): string {
  const comments = a.comments.map((x) => [x.title ?? '', x.text]);
  return sha256(JSON.stringify([id, a.headline, a.subtitle ?? '', a.byline ?? '', body, comments, sourceName(a), a.date.published ?? '']));
}

/**
 * The article's record. `version` (a short content hash) goes into meta.v: the search page drops a
 * result whose (id, version) the manifest lists as stale (superseded by a newer copy in another bundle).
 */
export function articleRecord(id: string, a: Article, body: string, version = ''): SearchRecord {
  const year = shardOf(a.date.published);
  const main = alignedTokens([a.headline, a.subtitle ?? '', a.byline ?? '', markdownToText(body)].join('\n'));
  const com = alignedTokens(a.comments.map((x) => [x.title ?? '', x.text].join(' ')).join('\n'));
  const meta: Record<string, string> = { title: a.headline, source: sourceName(a), date: a.date.published ?? '', v: version };
  if (com.original.length) meta.c = String(main.original.length);
  const normalized = [...main.normalized, ...com.normalized];
  return {
    url: recordUrl(articlePath(id), encodeSlots([...main.original, ...com.original], normalized)),
    content: normalized.join(' '),
    language: INDEX_LANGUAGE,
    meta,
    // No Pagefind sort: nothing sorts by it, and it would add a page list per sort to every pf_meta file.
    filters: { source: [sourceName(a)], year: [year] },
  };
}
