// Astro renders corpus/articles into a static, right-to-left site. Corpus and output come from the CLI.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import remarkSafeArticle from './src/site/safe-markdown.ts';

const outDir = process.env.ARSHIF_OUT ?? 'dist';
const corpus = path.resolve(process.env.ARSHIF_CORPUS ?? 'corpus');
// Builds of different corpora (tests, several engineers) must not share Astro's content cache.
const cacheKey = createHash('sha256').update(`${corpus}\0${path.resolve(outDir)}`).digest('hex').slice(0, 12);

export default defineConfig({
  site: process.env.ARSHIF_SITE ?? 'http://localhost:4321',
  base: process.env.ARSHIF_BASE ?? '/',
  outDir,
  cacheDir: path.join(os.tmpdir(), 'arshif-astro-cache', cacheKey),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  telemetry: false,
  integrations: [sitemap()],
  markdown: {
    // Keep the source's punctuation as written: no curly-quote rewriting of Arabic text.
    smartypants: false,
    remarkPlugins: [remarkSafeArticle],
  },
});
