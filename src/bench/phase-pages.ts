// Benchmark phase "pages": the site pages alone (`arshif pages`: compile the site if needed, render every page).
// Usage: node src/bench/phase-pages.ts CORPUS OUT
import path from 'node:path';
import { run } from '../cli/pages.ts';

const [corpus, out] = process.argv.slice(2).map((p) => path.resolve(p));
process.exitCode = await run(['--corpus', corpus, '--out', out, '--quiet']);
