// arshif pages --out DIR: the Astro build alone. `arshif build` runs it as a child process, so Astro's
// heap (≈ 0.3 MB per article) is returned before the search indexer starts.
import path from 'node:path';
import { parseCommand } from './args.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, paths } = parseCommand(argv, { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } });
  const outDir = path.resolve(values.out as string);
  process.env.ARSHIF_CORPUS = paths.root;
  process.env.ARSHIF_OUT = outDir;
  const { build } = await import('astro');
  await build({ root: path.resolve(import.meta.dirname, '../..'), outDir, logLevel: values.quiet ? 'error' : 'warn' });
  return 0;
}
