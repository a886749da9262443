// Sitemap XML (sitemaps.org protocol). Site paths are ASCII (ids, slugs, years), but they are escaped anyway.
import { href } from './config.ts';
import { escapeHtml } from './feed.ts';

const abs = (path: string, site: URL | undefined) => escapeHtml(new URL(href(path), site ?? 'http://localhost/').href);
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapXml(paths: readonly string[], site?: URL): string {
  return `${HEAD}<urlset ${NS}>${paths.map((p) => `<url><loc>${abs(p, site)}</loc></url>`).join('')}</urlset>\n`;
}

export function sitemapIndexXml(chunks: number, site?: URL): string {
  const items = Array.from({ length: chunks }, (_, i) => `<sitemap><loc>${abs(`sitemap-${i}.xml`, site)}</loc></sitemap>`);
  return `${HEAD}<sitemapindex ${NS}>${items.join('')}</sitemapindex>\n`;
}
