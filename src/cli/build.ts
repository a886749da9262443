// arshif build: ingest (unless --skip-ingest) → Astro pages → Pagefind search index, into --out DIR.
import path from 'node:path';
import fs from 'node:fs';
import { parseCommand } from './args.ts';
import { runArshif } from './child.ts';
import { publishRawFiles } from '../site/publish-raw.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, paths } = parseCommand(argv, {
    out: { type: 'string', default: 'dist' },
    'skip-ingest': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  const outDir = path.resolve(values.out as string);
  const log = (msg: string) => { if (!values.quiet) console.error(msg); };
  const t0 = performance.now();

  if (!values['skip-ingest']) {
    const { run: ingest } = await import('./ingest.ts');
    const code = await ingest(['--corpus', paths.root, ...(values.quiet ? ['--quiet'] : [])]);
    if (code !== 0) return code;
  }
  fs.mkdirSync(paths.articles, { recursive: true });

  // Build beside the published folder and swap at the end: dist/ stays complete and deployable while a
  // rebuild runs, and a failed build leaves the last good site in place.
  const staging = `${outDir}.next`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const t1 = performance.now();
    const code = await runArshif(['pages', '--corpus', paths.root, '--out', staging, ...(values.quiet ? ['--quiet'] : [])]);
    if (code !== 0) throw new Error(`the Astro build exited with ${code}`);
    const raws = publishRawFiles(paths.articles, paths.root, staging);
    log(`صفحات الموقع: ${((performance.now() - t1) / 1000).toFixed(1)} ث؛ الملفات الأصلية المنشورة: ${raws}`);

    const t2 = performance.now();
    const { buildSearchIndex } = await import('../search/indexer.ts');
    await buildSearchIndex({ articlesDir: paths.articles, outDir: staging, cacheDir: path.join(paths.cache, 'search'), log });
    log(`فهرس البحث: ${((performance.now() - t2) / 1000).toFixed(1)} ث`);
    swapInto(staging, outDir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    console.error(`arshif build: failed, ${outDir} left as it was: ${(e as Error).stack ?? e}`);
    return 1;
  }
  log(`اكتمل البناء في ${((performance.now() - t0) / 1000).toFixed(1)} ث ← ${outDir}`);
  return 0;
}

/** Replace `target` by `staging` with two renames, so the site is missing for an instant at most. */
function swapInto(staging: string, target: string): void {
  const old = `${target}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  fs.rmSync(old, { recursive: true, force: true });
}
