// Search transfer measurement: serve dist/ on 127.0.0.1 (server-counted bytes), load /search/?q=<word>
// in Chromium, wait for results, record; then type a second query and record the follow-up alone.
import { serveStatic } from '../lib/static-server.ts';
import { launchBrowser } from '../../test/helpers/browser.ts';

export interface QueryCost {
  query: string; bytes: number; requests: number; results: number; ms: number;
  /** Bytes and requests by kind of file, and how many year shards the query touched. */
  byKind: Record<string, { bytes: number; requests: number }>;
  shards: number;
  top: { url: string; bytes: number }[];
}

function kind(url: string): string {
  const u = url.split('?')[0];
  if (/\.pf_index$/.test(u)) return 'pagefind index';
  if (/\.pf_fragment$/.test(u)) return 'pagefind fragments';
  if (/\.pf_meta$|pagefind-entry\.json$|shards\.json$/.test(u)) return 'pagefind meta';
  if (/\.pf_filter$/.test(u)) return 'pagefind filters';
  if (/\/pagefind\/.*(\.js|\.pagefind)$/.test(u)) return 'pagefind runtime';
  if (/\.woff2?$/.test(u)) return 'fonts';
  if (/\.css$/.test(u)) return 'css';
  if (/\.m?js$/.test(u)) return 'js';
  if (/\/$|\.html$/.test(u)) return 'html';
  return 'other';
}

function cost(query: string, log: { url: string; bytes: number }[], results: number, ms: number): QueryCost {
  const byKind: QueryCost['byKind'] = {};
  for (const l of log) {
    const k = (byKind[kind(l.url)] ??= { bytes: 0, requests: 0 });
    k.bytes += l.bytes;
    k.requests++;
  }
  const shards = new Set(log.map((l) => /\/pagefind\/([^/]+)\/(?!pagefind)/.exec(l.url)?.[1]).filter(Boolean)).size;
  return { query, bytes: log.reduce((n, l) => n + l.bytes, 0), requests: log.length, results, ms, byKind, shards, top: top(log) };
}

const top = (log: { url: string; bytes: number }[]) => [...log].sort((a, b) => b.bytes - a.bytes).slice(0, 6);

export async function measureSearch(dist: string, first: string, second: string): Promise<{ first: QueryCost; followUp: QueryCost }> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const settle = async () => {
      // results shown; let lazily loaded fragments/chunks triggered by them finish
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.waitForTimeout(300);
    };
    server.reset();
    let t = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(first)}`);
    await page.waitForSelector('li[data-result]', { timeout: 60_000 });
    await settle();
    const a = cost(first, server.stats.log, await page.locator('li[data-result]').count(), Math.round(performance.now() - t));
    server.reset();
    t = performance.now();
    const before = await page.locator('[data-status]').textContent();
    // #search-q: the layout's header has its own input[name=q]
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially(second, { delay: 20 });
    await page.waitForFunction(([q, b]) => {
      const s = document.querySelector('[data-status]')?.textContent ?? '';
      return s !== b && s.includes(q);
    }, [second, before ?? ''] as const, { timeout: 60_000 });
    await settle();
    const b = cost(second, server.stats.log, await page.locator('li[data-result]').count(), Math.round(performance.now() - t));
    return { first: a, followUp: b };
  } finally {
    await browser.close();
    await server.close();
  }
}
