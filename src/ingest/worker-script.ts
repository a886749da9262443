// The extraction worker as one plain JavaScript file. Loading it from source, each worker thread strips
// the types of ~40 modules and resolves them one by one: 0.55 CPU-s per thread, as much as extracting
// 600 pages. The bundle loads in 0.2. It is built with esbuild once per version of the extractor's code
// (at install, by `arshif compile`, or on first use) and the source is used whenever it cannot be built.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractorCodeHash } from './fingerprint.ts';
import { sha256 } from './ids.ts';
import { writeFileAtomic } from './fsutil.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = new URL('./extract-worker.ts', import.meta.url);
const DIR = path.join(ROOT, 'node_modules/.cache/arshif/workers');
/** Bundles kept: other checkouts sharing these packages may still run an older one. */
const KEEP = 3;

/** The bundle's file for the current code and installed packages. */
function bundleFile(): string {
  const key = sha256(extractorCodeHash() + fs.readFileSync(path.join(ROOT, 'package-lock.json'))).slice(0, 16);
  return path.join(DIR, `extract-worker-${key}.mjs`);
}

/** Build the bundle unless it exists; false when esbuild is missing or fails (the source is used then). */
export async function ensureWorkerBundle(): Promise<boolean> {
  const file = bundleFile();
  if (fs.existsSync(file)) return true;
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [path.join(ROOT, 'src/ingest/extract-worker.ts')],
      bundle: true, platform: 'node', format: 'esm', target: 'node22', write: false, logLevel: 'silent',
    });
    writeFileAtomic(file, out.outputFiles[0].contents);
    const olds = fs.readdirSync(DIR).filter((f) => f.endsWith('.mjs')).map((f) => path.join(DIR, f))
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
    for (const old of olds.slice(KEEP)) fs.rmSync(old, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** What an extraction worker runs: the bundle when there is one for this code, else the source. */
export async function extractionWorkerScript(): Promise<URL> {
  return !process.env.EXP_SRC && (await ensureWorkerBundle()) ? pathToFileURL(bundleFile()) : SOURCE;
}
