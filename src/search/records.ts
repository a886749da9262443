// Article → search records. Pure: no I/O, so it is easy to test and to reason about.
// A record keeps the ORIGINAL tokens: shown in excerpts, and indexed as normalizeToken(token), one for
// one, so a match position in the normalised text is the same position in the original.
import type { Article } from '../schema/article.ts';
import { articlePath, shardOf } from '../lib/urls.ts';
import { tokenize } from './normalize.ts';
import type { Fragment } from './format.ts';

export const UNKNOWN_SOURCE = 'مصدر غير معروف';

export interface SearchRecord extends Fragment {
  year: string;
  /** The tokens of `text`; each is indexed as normalizeToken(token). */
  tokens: string[];
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

/** Original tokens, and the text they make joined by single spaces (what excerpts are cut from). */
export function alignedText(text: string): { original: string; tokens: string[] } {
  const tokens = tokenize(text);
  return { original: tokens.join(' '), tokens };
}

export function sourceName(a: Article): string {
  return a.source.name?.trim() || a.source.domain?.trim() || UNKNOWN_SOURCE;
}

/** One record for the article, plus one for its readers' comments (so results can say where they matched). */
export function articleRecords(id: string, a: Article, body: string): SearchRecord[] {
  const url = '/' + articlePath(id);
  const year = shardOf(a.date.published);
  const meta = { title: a.headline, source: sourceName(a), date: a.date.published ?? '', year };
  const main = alignedText([a.headline, a.subtitle ?? '', a.byline ?? '', markdownToText(body)].join('\n'));
  const records: SearchRecord[] = [{ ...meta, url, kind: 'article', text: main.original, tokens: main.tokens }];
  if (a.comments.length) {
    const c = alignedText(a.comments.map((x) => [x.title ?? '', x.text].join(' ')).join('\n'));
    if (c.original) records.push({ ...meta, url: url + '#comments', kind: 'comments', text: c.original, tokens: c.tokens });
  }
  return records;
}
