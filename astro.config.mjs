// Astro renders corpus/articles into a static, right-to-left site. Corpus and output come from the CLI.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import path from 'node:path';
import remarkSafeArticle from './src/site/safe-markdown.ts';

const outDir = process.env.ARSHIF_OUT ?? 'dist';
const corpus = path.resolve(process.env.ARSHIF_CORPUS ?? 'corpus');

export default defineConfig({
  site: process.env.ARSHIF_SITE ?? 'http://localhost:4321',
  base: process.env.ARSHIF_BASE ?? '/',
  outDir,
  // Each corpus keeps Astro's content cache in its own build cache, so builds of different corpora
  // (tests, several engineers) never share or clobber it, and deleting a corpus deletes its cache.
  cacheDir: path.join(corpus, '.arshif', 'cache', 'astro'),
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
