// arshif pages --out DIR: render the site's pages (no search index) and publish them into DIR.
// Pages are rendered into the corpus's build cache first, so the next run re-renders only what changed.
import path from 'node:path';
import { parseCommand } from './args.ts';
import type { CorpusPaths } from '../lib/corpus.ts';
import { renderSite } from '../render/render-site.ts';
import { syncTree } from '../render/link-tree.ts';
import { runLocked } from '../lib/corpus-lock.ts';

/** Render the pages whose data changed into the site cache; throws if a page cannot be rendered. */
export async function renderPages(paths: CorpusPaths, log: (m: string) => void): Promise<string> {
  const { siteDir, stats } = await renderSite({ paths, log });
  log(`صفحات الموقع: ${stats.pages}، أُنشئ منها ${stats.rendered} وحُذف ${stats.removed}، في ${(stats.ms / 1000).toFixed(1)} ث؛ الملفات الأصلية: ${stats.raws}`);
  if (stats.failed.length) throw new Error(`${stats.failed.length} pages could not be rendered, first: ${stats.failed[0].path}: ${stats.failed[0].reason}`);
  return siteDir;
}

export async function run(argv: string[]): Promise<number> {
  const { values, paths } = parseCommand(argv, { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } });
  const log = (m: string) => { if (!values.quiet) console.error(m); };
  return runLocked(paths, 'pages', async () => {
    syncTree(await renderPages(paths, log), path.resolve(values.out as string));
    return 0;
  });
}
