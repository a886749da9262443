// Render a list of routes through the Astro bundle and write each page into the site folder. Runs in the
// main thread for small rebuilds and in one worker per core for large ones (see render-site.ts).
import path from 'node:path';
import type { Route, RouteLocals } from '../site/routes.ts';
import { writeFileAtomic } from '../ingest/fsutil.ts';
import { readArticle } from './store.ts';
import type { ArticleEntry } from '../site/archive.ts';

export interface RenderJob {
  entry: string; articlesDir: string; siteDir: string; site: string; base: string; routes: Route[];
  /** Articles the store has just parsed (by id); the others are read here. */
  articles?: Map<string, ArticleEntry>;
}
export interface RenderResult { rendered: string[]; failed: { path: string; file: string; reason: string }[] }

export async function renderPages(job: RenderJob): Promise<RenderResult> {
  const { createApp } = await import(job.entry);
  // Not streamed: each page is rendered to one string, and its bytes are written as they come.
  const app = createApp({ streaming: false });
  const out: RenderResult = { rendered: [], failed: [] };
  for (const route of job.routes) {
    try {
      const locals: RouteLocals = { route };
      if (route.kind === 'article') locals.article = job.articles?.get(route.props.id) ?? readArticle(job.articlesDir, route.props.id);
      // Under trailingSlash 'always' Astro matches a dynamic endpoint with an extension (sitemap-[n].xml) only with "/" after it.
      const url = route.kind === 'sitemap' ? `${route.path}/` : route.path;
      const res: Response = await app.render(new Request(new URL(job.base + url, job.site)), { locals });
      if (res.status !== 200 && !(route.kind === 'notFound' && res.status === 404)) throw new Error(`HTTP ${res.status}`);
      writeFileAtomic(path.join(job.siteDir, route.file), new Uint8Array(await res.arrayBuffer()));
      out.rendered.push(route.file);
    } catch (e) {
      out.failed.push({ path: route.path, file: route.file, reason: (e as Error).message });
    }
  }
  return out;
}
