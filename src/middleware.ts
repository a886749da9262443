// Pages get their data from the renderer through Astro.locals; only the dev server has to find it itself.
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (ctx, next) => {
  if (import.meta.env.DEV && !ctx.locals.route) {
    const { devLocals } = await import('./render/dev.ts');
    const locals = devLocals(ctx.url.pathname, import.meta.env.BASE_URL);
    if (!locals) return new Response('not found', { status: 404 });
    Object.assign(ctx.locals, locals);
  }
  return next();
});
