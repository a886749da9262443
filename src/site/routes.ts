// The site's route table: every page of the archive with the data it shows, computed from the article
// summaries in one pass. The renderer (src/render/) renders each route through Astro and re-renders a page
// only when its entry here changes, so this is also what decides what a rebuild has to touch.
import {
  groupBySource, groupByYearMonth, monthlyTimeline, undated, withNeighbours,
  type Entry, type TimelineBar, type ArticleEntry,
} from './archive.ts';
import { feedItems } from './feed.ts';
import { SITE, href } from './config.ts';
import { articlePath } from '../lib/urls.ts';

/** One page of a paginated listing (the shape of Astro's paginate() page, which needs getStaticPaths). */
export interface ListPage {
  data: Entry[];
  start: number;
  end: number;
  total: number;
  currentPage: number;
  lastPage: number;
  url: { prev?: string; next?: string };
}

export interface Count { key: string; label: string; count: number }
export interface MonthCount { key: string; month: number; count: number }
export interface YearCount { year: string; count: number; months: MonthCount[] }

export interface RouteProps {
  home: { total: number; sources: Count[]; years: YearCount[]; undated: number; timeline: TimelineBar[]; latest: Entry[] };
  article: { id: string; older: Entry | null; newer: Entry | null };
  dates: { years: YearCount[]; undated: number };
  year: YearCount;
  month: { year: string; month: number; page: ListPage };
  sources: { sources: Count[] };
  source: { label: string; page: ListPage };
  undated: { page: ListPage };
  search: Record<string, never>;
  notFound: Record<string, never>;
  rss: { items: ReturnType<typeof feedItems> };
  sitemapIndex: { chunks: number };
  sitemap: { paths: string[] };
}

export type RouteKind = keyof RouteProps;

/** A page: `path` is its site path (no leading slash, relative to the base); `file` where it is written. */
export type Route = { [K in RouteKind]: { kind: K; path: string; file: string; props: RouteProps[K] } }[RouteKind];

/** What the renderer hands a page in `Astro.locals`. */
export interface RouteLocals { route: Route; article?: ArticleEntry }

/** Sitemap files hold at most 50,000 URLs (sitemaps.org). */
export const SITEMAP_CHUNK = 50_000;

const fileOf = (p: string) => (p === '' || p.endsWith('/') ? `${p}index.html` : p);

function route<K extends RouteKind>(kind: K, path: string, props: RouteProps[K], file = fileOf(path)): Route {
  return { kind, path, file, props } as Route;
}

/** Split a listing into pages: `base/`, `base/2/`, … */
function paginate(entries: readonly Entry[], base: string, size = SITE.pageSize): { path: string; page: ListPage }[] {
  const lastPage = Math.max(1, Math.ceil(entries.length / size));
  const pathOf = (n: number) => (n === 1 ? base : `${base}${n}/`);
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1, start = i * size;
    const data = entries.slice(start, start + size);
    return {
      path: pathOf(n),
      page: {
        data, start, end: start + Math.max(data.length, 1) - 1, total: entries.length, currentPage: n, lastPage,
        url: { prev: n > 1 ? href(pathOf(n - 1)) : undefined, next: n < lastPage ? href(pathOf(n + 1)) : undefined },
      },
    };
  });
}

/** Every route of the site, given the articles newest first (see sortByDate). */
export function siteRoutes(sorted: readonly Entry[]): Route[] {
  const sources = groupBySource(sorted);
  const years = groupByYearMonth(sorted);
  const noDate = undated(sorted);
  const sourceCounts: Count[] = sources.map((s) => ({ key: s.key, label: s.label, count: s.entries.length }));
  const yearCounts: YearCount[] = years.map((y) => ({
    year: y.year, count: y.entries.length, months: y.months.map((m) => ({ key: m.key, month: m.month, count: m.entries.length })),
  }));

  const routes: Route[] = [
    route('home', '', {
      total: sorted.length, sources: sourceCounts, years: yearCounts, undated: noDate.length,
      timeline: monthlyTimeline(sorted), latest: sorted.slice(0, SITE.latestOnHome),
    }),
    route('dates', 'dates/', { years: yearCounts, undated: noDate.length }),
    route('sources', 'sources/', { sources: sourceCounts }),
    route('search', 'search/', {}),
    route('notFound', '404/', {}, '404.html'),
    route('rss', 'rss.xml', { items: feedItems(sorted) }),
  ];
  for (const [i, y] of years.entries()) {
    routes.push(route('year', `dates/${y.year}/`, yearCounts[i]));
    for (const m of y.months) {
      for (const p of paginate(m.entries, `dates/${y.year}/${m.key}/`)) routes.push(route('month', p.path, { year: y.year, month: m.month, page: p.page }));
    }
  }
  for (const s of sources) {
    for (const p of paginate(s.entries, `sources/${s.key}/`)) routes.push(route('source', p.path, { label: s.label, page: p.page }));
  }
  for (const p of paginate(noDate, 'undated/')) routes.push(route('undated', p.path, { page: p.page }));
  for (const { entry, older, newer } of withNeighbours(sorted)) {
    routes.push(route('article', articlePath(entry.id), { id: entry.id, older, newer }));
  }

  const pages = routes.filter((r) => r.file.endsWith('index.html')).map((r) => r.path);
  const chunks = Math.max(1, Math.ceil(pages.length / SITEMAP_CHUNK));
  routes.push(route('sitemapIndex', 'sitemap-index.xml', { chunks }));
  for (let i = 0; i < chunks; i++) {
    routes.push(route('sitemap', `sitemap-${i}.xml`, { paths: pages.slice(i * SITEMAP_CHUNK, (i + 1) * SITEMAP_CHUNK) }));
  }
  return routes;
}

/** A page's props, checked against the kind of page asking (a wrong or missing route is a renderer bug). */
export function propsOf<K extends RouteKind>(locals: Partial<RouteLocals> | undefined, kind: K): RouteProps[K] {
  const r = locals?.route;
  if (!r || r.kind !== kind) throw new Error(`page "${kind}" rendered without its route (got ${r?.kind ?? 'none'}): render it with arshif build`);
  return r.props as RouteProps[K];
}

/** The article a page of kind "article" shows. */
export function articleOf(locals: Partial<RouteLocals> | undefined): ArticleEntry {
  if (!locals?.article) throw new Error('article page rendered without its article: render it with arshif build');
  return locals.article;
}

