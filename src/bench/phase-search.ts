// Benchmark phase "search": the Pagefind index alone, exactly as `arshif build` runs it (src/cli/build.ts).
// Usage: node src/bench/phase-search.ts CORPUS OUT  — prints the indexer's stats as JSON on stdout.
import path from 'node:path';
import { corpusPaths } from '../lib/corpus.ts';
import { buildSearchIndex } from '../search/indexer.ts';

const [corpus, out] = process.argv.slice(2);
const paths = corpusPaths(corpus);
const stats = await buildSearchIndex({ articlesDir: paths.articles, outDir: path.resolve(out), cacheDir: path.join(paths.cache, 'search') });
process.stdout.write(JSON.stringify({ ...stats, shards: stats.shards.length }) + '\n');
