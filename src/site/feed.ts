// Items of the RSS feed: newest dated articles, links relative to the feed's site URL.
import { isDated, sourceName, type Entry } from './archive.ts';
import { parseIso } from './format.ts';
import { articlePath } from '../lib/urls.ts';

export const FEED_SIZE = 50;

/** Feed readers render <description> as HTML, so page text is HTML-escaped before the XML escaping. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function feedItems(sorted: readonly Entry[], size = FEED_SIZE) {
  return sorted.filter(isDated).slice(0, size).map((e) => ({
    title: e.data.headline,
    description: e.data.subtitle ? escapeHtml(e.data.subtitle) : undefined,
    link: articlePath(e.id),
    pubDate: parseIso(e.data.date.published)?.date,
    categories: [sourceName(e)],
  }));
}
