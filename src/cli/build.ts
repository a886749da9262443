// arshif build: ingest (unless --skip-ingest) → pages (only those whose data changed) → Pagefind search
// index, into --out DIR.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseCommand } from './args.ts';
import { renderPages } from './pages.ts';
import { runArshif } from './child.ts';
import { syncTree } from '../render/link-tree.ts';
import { yieldCores } from '../lib/thread-priority.ts';
import { hasBundle } from '../render/bundle.ts';
import { renderDirs } from '../render/render-site.ts';
import { runLocked } from '../lib/corpus-lock.ts';
import { listFiles } from '../ingest/fsutil.ts';
import { startSearchIndex, worthIndexingEarly, type SearchIndexJob } from '../search/indexer.ts';

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
    // The search index is the longest step of a cold build: when its one shard is to be cut from scratch,
    // Pagefind takes each article as ingest writes it (early.ts) instead of after ingest.
    const siteDir = renderDirs(paths).site;
    const searchOpts = { articlesDir: paths.articles, outDir: siteDir, cacheDir: path.join(paths.cache, 'search'), log };
    let search: SearchIndexJob | null = null;
    if (!values['skip-ingest']) {
      if (worthIndexingEarly(searchOpts, () => listFiles(paths.raw).length)) search = startSearchIndex(searchOpts, true);
      const { run: ingest } = await import('./ingest.ts');
      // A worker per core: they run at low priority beside the search index's thread, and take what it leaves
      // (3 cold 10k builds each way: 42.0–42.7 s with 2 workers, 42.0–47.3 s with 1).
      const threads = process.env.ARSHIF_INGEST_THREADS ? undefined : os.availableParallelism(); // a setting still wins
      const code = await ingest(['--corpus', paths.root, ...quiet], { threads, onArticleWritten: search ? (f, w) => search!.feed(f, w) : undefined })
        .catch(async (e) => { await search?.cancel(); throw e; });
      if (code !== 0) {
        await search?.cancel();
        return code;
      }
    }
    if (await compiled !== 0) console.error('arshif build: compiling the site failed; trying again in this process');
    // From here this thread loads the articles for the pages, renders and publishes: the search index (its
    // own thread, and Pagefind's process) is the longer path, so it gets the cores first.
    yieldCores();
    fs.mkdirSync(paths.articles, { recursive: true });

    // Pages and index are built in the corpus's site cache; only a complete build is published, and only
    // the files that changed are, so a failed build leaves the last good site in place. The index does not
    // need the compiled site, and Pagefind runs in its own process: it is built while the pages render.
    const searched = timed(() => (search ?? startSearchIndex(searchOpts, false)).finish());
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
