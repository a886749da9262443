// Article → Pagefind custom records. Pure: no I/O, so it is easy to test and to reason about.
// Content is the NORMALISED text (what Pagefind indexes); meta.text keeps the ORIGINAL tokens,
// one for one, so the browser can show excerpts in the article's own words.
import type { Article } from '../schema/article.ts';
import { articlePath, shardOf } from '../lib/urls.ts';
import { tokenize, normalizeToken } from './normalize.ts';

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

/** Original tokens joined by single spaces, and their normalised twins: same count, same order. */
export function alignedText(text: string): { original: string; normalized: string } {
  const tokens = tokenize(text);
  return { original: tokens.join(' '), normalized: tokens.map(normalizeToken).join(' ') };
}

export function sourceName(a: Article): string {
  return a.source.name?.trim() || a.source.domain?.trim() || UNKNOWN_SOURCE;
}

/** One record for the article, plus one for its readers' comments (so results can say where they matched). */
export function articleRecords(id: string, a: Article, body: string): SearchRecord[] {
  const url = '/' + articlePath(id);
  const year = shardOf(a.date.published);
  const base = {
    language: INDEX_LANGUAGE,
    // No Pagefind sort: nothing sorts by it, and it would add a page list per sort to every shard's meta file.
    filters: { source: [sourceName(a)], year: [year] },
  };
  const meta = { title: a.headline, source: sourceName(a), date: a.date.published ?? '', year };
  const main = alignedText([a.headline, a.subtitle ?? '', a.byline ?? '', markdownToText(body)].join('\n'));
  const records: SearchRecord[] = [
    { ...base, url, content: main.normalized, meta: { ...meta, kind: 'article', text: main.original } },
  ];
  if (a.comments.length) {
    const c = alignedText(a.comments.map((x) => [x.title ?? '', x.text].join(' ')).join('\n'));
    if (c.original) {
      records.push({
        ...base, url: url + '#comments', content: c.normalized,
        meta: { ...meta, kind: 'comments', text: c.original, count: String(a.comments.length) },
      });
    }
  }
  return records;
}
