// Benchmark phase "pages": the Astro build alone, exactly as `arshif build` runs it (src/cli/build.ts).
// Usage: node src/bench/phase-pages.ts CORPUS OUT
import path from 'node:path';

const [corpus, out] = process.argv.slice(2).map((p) => path.resolve(p));
process.env.ARSHIF_CORPUS = corpus;
process.env.ARSHIF_OUT = out;
const { build } = await import('astro');
await build({ root: path.resolve(import.meta.dirname, '../..'), outDir: out, logLevel: 'error' });
