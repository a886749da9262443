// Astro renders corpus/articles into a static, right-to-left site. Corpus and output come from the CLI.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.ARSHIF_SITE ?? 'http://localhost:4321',
  outDir: process.env.ARSHIF_OUT ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  telemetry: false,
});
