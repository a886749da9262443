// One place for the site's URL scheme, shared by pages, feeds and the search indexer.

/** Path of an article page, relative to the site base (no leading slash). */
export const articlePath = (id: string): string => `articles/${id}/`;

/** Shard key of an article: its publication year, or "undated". */
export const shardOf = (published: string | null | undefined): string =>
  published && /^\d{4}/.test(published) ? published.slice(0, 4) : 'undated';
