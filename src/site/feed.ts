// Items of the RSS feed: newest dated articles, links relative to the feed's site URL.
import { isDated, sourceName, type Entry } from './archive.ts';
import { parseIso } from './format.ts';
import { articlePath } from '../lib/urls.ts';

export const FEED_SIZE = 50;

export function feedItems(sorted: readonly Entry[], size = FEED_SIZE) {
  return sorted.filter(isDated).slice(0, size).map((e) => ({
    title: e.data.headline,
    description: e.data.subtitle ?? undefined,
    link: articlePath(e.id),
    pubDate: parseIso(e.data.date.published)?.date,
    author: e.data.byline ?? undefined,
    categories: [sourceName(e)],
  }));
}
