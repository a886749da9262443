// arshif compile: build the site's Astro bundle if this version of the site has none yet (part of build).
// `npm ci` runs it once (postinstall, --at-install), so a fresh machine's first build starts from a compiled
// site; there a failure only warns: the install stays usable and the first build compiles instead.
import { ensureBundle } from '../render/bundle.ts';

export async function run(argv: string[]): Promise<number> {
  const quiet = argv.includes('--quiet');
  const atInstall = argv.includes('--at-install');
  try {
    const b = await ensureBundle((m) => { if (!quiet) console.error(m); });
    if (!quiet && !b.built) console.error(`قالب الموقع: جاهز (${b.key})`);
    return 0;
  } catch (e) {
    if (!atInstall) throw e;
    console.error(`arshif: the site could not be compiled at install (${(e as Error).message}); the first build will compile it`);
    return 0;
  }
}
