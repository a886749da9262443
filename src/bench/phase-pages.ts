// Benchmark phase "pages": the Astro build alone, `arshif pages`, as `arshif build` runs it.
// Usage: node src/bench/phase-pages.ts CORPUS OUT
import path from 'node:path';
import { run } from '../cli/pages.ts';

const [corpus, out] = process.argv.slice(2).map((p) => path.resolve(p));
process.exitCode = await run(['--corpus', corpus, '--out', out, '--quiet']);
