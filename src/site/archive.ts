// Pure data work behind the pages: ordering, grouping by source / year / month, neighbours, counts.
// Works on plain { id, data } objects so it is testable without Astro.

import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import { shardOf } from '../lib/urls.ts';

/** What listings, feeds and neighbour links need of an article; the full Article is read only for its own page. */
export interface Summary {
  headline: string;
  subtitle: string | null;
  source: { name: string | null; domain: string | null };
  date: { published: string | null };
  /** Number of reader comments. */
  comments: number;
}

export interface Entry { id: string; data: Summary }

/** An article page's data: the validated frontmatter and the Markdown body. */
export interface ArticleEntry { id: string; data: Article; body: string }

type HasSource = { data: Pick<Summary, 'source'> };

export function summarize(data: Article): Summary {
  return {
    headline: data.headline,
    subtitle: data.subtitle,
    source: { name: data.source.name, domain: data.source.domain },
    date: { published: data.date.published },
    comments: data.comments.length,
  };
}

export const UNKNOWN_SOURCE = 'مصدر غير معروف';

/** Newest first; undated articles last, in id order so builds are stable. */
export function sortByDate<T extends Entry>(entries: readonly T[]): T[] {
  const key = (e: Entry) => e.data.date?.published ?? '';
  return [...entries].sort((a, b) => {
    const ka = key(a), kb = key(b);
    if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : ka < kb ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export const sourceName = (e: HasSource): string => e.data.source?.name?.trim() || UNKNOWN_SOURCE;

/** Stable ASCII slug per source: its domain when known, else a short hash of the name. */
export function sourceSlug(e: HasSource): string {
  const name = e.data.source?.name?.trim();
  if (!name) return 'unknown';
  const domain = e.data.source?.domain?.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (domain && /^[a-z0-9.-]+$/.test(domain)) return domain;
  return 's-' + createHash('sha256').update(name).digest('hex').slice(0, 10);
}

export interface Group<T extends Entry> { key: string; label: string; entries: T[] }

/** Group entries (kept in input order) by a key; groups sorted by size, then label. */
function groupBy<T extends Entry>(entries: readonly T[], keyOf: (e: T) => string, labelOf: (e: T) => string): Group<T>[] {
  const map = new Map<string, Group<T>>();
  for (const e of entries) {
    const key = keyOf(e);
    let g = map.get(key);
    if (!g) map.set(key, (g = { key, label: labelOf(e), entries: [] }));
    g.entries.push(e);
  }
  return [...map.values()];
}

/**
 * Sources, largest first. Two names sharing a domain share a slug, so the label is the most common name;
 * different names without domain get different hashes.
 */
export function groupBySource<T extends Entry>(entries: readonly T[]): Group<T>[] {
  const groups = groupBy(sortByDate(entries), sourceSlug, sourceName);
  for (const g of groups) {
    const names = new Map<string, number>();
    for (const e of g.entries) names.set(sourceName(e), (names.get(sourceName(e)) ?? 0) + 1);
    g.label = [...names].sort((a, b) => b[1] - a[1])[0][0];
  }
  return groups.sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label, 'ar'));
}

export const isDated = (e: Entry): boolean => shardOf(e.data.date?.published) !== 'undated';

export interface MonthGroup<T extends Entry> { year: string; month: number; key: string; entries: T[] }
export interface YearGroup<T extends Entry> { year: string; entries: T[]; months: MonthGroup<T>[] }

/** Dated entries by year (newest first) and month (January first, as in a calendar). */
export function groupByYearMonth<T extends Entry>(entries: readonly T[]): YearGroup<T>[] {
  const years = groupBy(sortByDate(entries.filter(isDated)), (e) => shardOf(e.data.date.published), (e) => shardOf(e.data.date.published));
  return years.map((y) => ({
    year: y.key,
    entries: y.entries,
    months: groupBy(y.entries, (e) => e.data.date.published!.slice(5, 7), (e) => e.data.date.published!.slice(5, 7))
      .map((m) => ({ year: y.key, month: Number(m.key), key: m.key, entries: m.entries }))
      .sort((a, b) => a.month - b.month),
  })).sort((a, b) => (a.year < b.year ? 1 : -1));
}

export const undated = <T extends Entry>(entries: readonly T[]): T[] => sortByDate(entries.filter((e) => !isDated(e)));

/** Each article with its previous (older) and next (newer) one in date order, in one pass. */
export function withNeighbours<T extends Entry>(sorted: readonly T[]): { entry: T; older: T | null; newer: T | null }[] {
  return sorted.map((entry, i) => ({ entry, newer: sorted[i - 1] ?? null, older: sorted[i + 1] ?? null }));
}

export interface TimelineBar { key: string; year: number; month: number; count: number }

/** One bar per month from the first to the last dated month, empty months included so gaps show. */
export function monthlyTimeline(entries: readonly Entry[]): TimelineBar[] {
  const counts = new Map<string, number>();
  for (const e of entries) if (isDated(e)) {
    const key = e.data.date.published!.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const bars: TimelineBar[] = [];
  let [y, m] = keys[0].split('-').map(Number);
  const [ly, lm] = keys[keys.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    bars.push({ key, year: y, month: m, count: counts.get(key) ?? 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return bars;
}

/** URL-safe path of a raw file in the built site: always served as text, never as live HTML. */
export function rawOutputPath(rawPath: string): string {
  const rel = rawPath.replace(/^\/+/, '').replace(/^raw\//, '');
  return /\.txt$/i.test(rel) ? rel : `${rel}.txt`;
}
