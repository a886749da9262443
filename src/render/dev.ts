// `npm run dev` (astro dev): pages get their route from the corpus on each request, as the renderer would
// pass it, so templates can be edited live against real articles. Never part of a build.
import os from 'node:os';
import path from 'node:path';
import { corpusPaths } from '../lib/corpus.ts';
import { siteRoutes, type RouteLocals } from '../site/routes.ts';
import { loadStore, readArticle } from './store.ts';

export function devLocals(pathname: string, base: string): RouteLocals | null {
  const paths = corpusPaths(process.env.ARSHIF_CORPUS ?? 'corpus');
  const store = loadStore(paths.articles, path.join(os.tmpdir(), `arshif-dev-${process.pid}.json`));
  const p = decodeURIComponent(pathname).slice(base.replace(/\/?$/, '/').length - 1).replace(/^\//, '');
  const route = siteRoutes(store.entries).find((r) => r.path === p || r.path === `${p}/` || (r.kind === 'notFound' && p === '404'));
  if (!route) return null;
  return route.kind === 'article' ? { route, article: readArticle(paths.articles, route.props.id) } : { route };
}
