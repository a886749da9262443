// One sitemap file: up to 50,000 page URLs.
import type { APIContext } from 'astro';
import { propsOf } from '../site/routes.ts';
import { sitemapXml } from '../site/sitemap.ts';

export function GET(context: APIContext) {
  return new Response(sitemapXml(propsOf(context.locals, 'sitemap').paths, context.site), { headers: { 'content-type': 'application/xml' } });
}
