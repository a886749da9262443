// arshif build: ingest (unless --skip-ingest) → Astro pages → Pagefind search index, into --out DIR.
import path from 'node:path';
import fs from 'node:fs';
import { parseCommand } from './args.ts';

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

  const t1 = performance.now();
  process.env.ARSHIF_CORPUS = paths.root;
  process.env.ARSHIF_OUT = outDir;
  const { build } = await import('astro');
  await build({ root: path.resolve(import.meta.dirname, '../..'), outDir, logLevel: values.quiet ? 'error' : 'warn' });
  log(`صفحات الموقع: ${((performance.now() - t1) / 1000).toFixed(1)} ث`);

  const t2 = performance.now();
  const indexer = path.resolve(import.meta.dirname, '../search/indexer.ts');
  if (fs.existsSync(indexer)) {
    const { buildSearchIndex } = await import(indexer);
    await buildSearchIndex({ articlesDir: paths.articles, outDir, cacheDir: path.join(paths.cache, 'search'), log });
    log(`فهرس البحث: ${((performance.now() - t2) / 1000).toFixed(1)} ث`);
  }
  log(`اكتمل البناء في ${((performance.now() - t0) / 1000).toFixed(1)} ث ← ${outDir}`);
  return 0;
}
