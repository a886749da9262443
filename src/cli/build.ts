// arshif build: ingest (unless --skip-ingest) → pages (only those whose data changed) → Pagefind search
// index, into --out DIR.
import path from 'node:path';
import fs from 'node:fs';
import { parseCommand } from './args.ts';
import { renderPages } from './pages.ts';
import { runArshif } from './child.ts';
import { syncTree } from '../render/link-tree.ts';
import { hasBundle } from '../render/bundle.ts';
import { renderDirs } from '../render/render-site.ts';
import { runLocked } from '../lib/corpus-lock.ts';

/** Run fn; resolves to its duration in ms. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(argv: string[]): Promise<number> {
  const { values, paths } = parseCommand(argv, {
    out: { type: 'string', default: 'dist' },
    'skip-ingest': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  const outDir = path.resolve(values.out as string);
  const quiet = values.quiet ? ['--quiet'] : [];
  const log = (msg: string) => { if (!values.quiet) console.error(msg); };
  const t0 = performance.now();

  return runLocked(paths, 'build', async () => {
    // A new version of the site is compiled in a child process while ingest runs (2 cores, both busy).
    const compiled = hasBundle() ? Promise.resolve(0) : runArshif(['compile', ...quiet]);
    if (!values['skip-ingest']) {
      const { run: ingest } = await import('./ingest.ts');
      const code = await ingest(['--corpus', paths.root, ...quiet]);
      if (code !== 0) return code;
    }
    if (await compiled !== 0) console.error('arshif build: compiling the site failed; trying again in this process');
    fs.mkdirSync(paths.articles, { recursive: true });

    // Pages and index are built in the corpus's site cache; only a complete build is published, and only
    // the files that changed are, so a failed build leaves the last good site in place. The index does not
    // need the compiled site, and Pagefind runs in its own process: it is built while the pages render.
    const siteDir = renderDirs(paths).site;
    const searched = timed(async () => {
      const { buildSearchIndexInWorker } = await import('../search/indexer.ts');
      await buildSearchIndexInWorker({ articlesDir: paths.articles, outDir: siteDir, cacheDir: path.join(paths.cache, 'search'), log });
    });
    const rendered = renderPages(paths, log);
    try {
      const [, searchMs] = await Promise.all([rendered, searched]);
      log(`فهرس البحث: ${(searchMs / 1000).toFixed(1)} ث`);
      const sync = syncTree(siteDir, outDir);
      log(`النشر: ${sync.linked} ملفًا جديدًا أو متغيّرًا، ${sync.removed} محذوفًا`);
    } catch (e) {
      await Promise.allSettled([rendered, searched]);
      console.error(`arshif build: failed, ${outDir} left as it was: ${(e as Error).stack ?? e}`);
      return 1;
    }
    log(`اكتمل البناء في ${((performance.now() - t0) / 1000).toFixed(1)} ث ← ${outDir}`);
    return 0;
  });
}
