// RSS feed of the newest dated articles.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { propsOf } from '../site/routes.ts';
import { SITE } from '../site/config.ts';

export async function GET(context: APIContext) {
  return rss({
    title: `${SITE.name} — ${SITE.tagline}`,
    description: SITE.description,
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'http://localhost/'),
    items: propsOf(context.locals, 'rss').items,
    customData: '<language>ar</language>',
    trailingSlash: true,
  });
}
