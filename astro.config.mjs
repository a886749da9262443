// Astro compiles the site's pages once into a server bundle (outDir); Arshif's renderer (src/render/) then
// renders every page of the archive from it into static HTML, re-rendering only pages whose data changed.
// The bundle does not depend on the articles, so it is rebuilt only when the site's code or settings change.
import { defineConfig, passthroughImageService } from 'astro/config';
import arshifRenderer from './src/render/adapter.ts';

export default defineConfig({
  site: process.env.ARSHIF_SITE ?? 'http://localhost:4321',
  base: process.env.ARSHIF_BASE ?? '/',
  output: 'server',
  adapter: arshifRenderer(),
  outDir: process.env.ARSHIF_BUNDLE ?? 'dist-bundle',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No images are processed (article text only), so no sharp in the bundle.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  telemetry: false,
});
