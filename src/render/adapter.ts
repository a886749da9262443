// An Astro adapter whose "server" is Arshif's own renderer: `astro build` compiles the pages once into a
// server bundle, and src/render/ renders each page of the archive from it to static HTML.
import type { AstroIntegration } from 'astro';

export default function arshifRenderer(): AstroIntegration {
  return {
    name: 'arshif-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'arshif-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./server-entry.ts', import.meta.url),
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable' },
        });
      },
    },
  };
}
