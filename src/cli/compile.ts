// arshif compile: build the site's Astro bundle and the extractor's if this version of the code has none yet.
// `npm ci` runs it once (postinstall), so a fresh machine's first build starts from a compiled site; if it
// fails there, the install goes on (package.json) and the first build compiles instead.
import { ensureBundle } from '../render/bundle.ts';
import { ensureExtractorBundle } from '../ingest/extractor-bundle.ts';

export async function run(argv: string[]): Promise<number> {
  const quiet = argv.includes('--quiet');
  await ensureExtractorBundle();
  const b = await ensureBundle((m) => { if (!quiet) console.error(m); });
  if (!quiet && !b.built) console.error(`قالب الموقع: جاهز (${b.key})`);
  return 0;
}
