// The only door to the content collection: pages ask here, so the sorting happens once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByDate } from './archive.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

/** All articles, newest first, undated last. */
export function allArticles(): Promise<ArticleEntry[]> {
  return (cached ??= getCollection('articles').then((list) => sortByDate(list)));
}
