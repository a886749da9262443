// Sitemap index (sitemaps.org): one sitemap file per 50,000 pages.
import type { APIContext } from 'astro';
import { propsOf } from '../site/routes.ts';
import { sitemapIndexXml } from '../site/sitemap.ts';

export function GET(context: APIContext) {
  return new Response(sitemapIndexXml(propsOf(context.locals, 'sitemapIndex').chunks, context.site), { headers: { 'content-type': 'application/xml' } });
}
