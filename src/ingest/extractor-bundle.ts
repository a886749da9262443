// The extractor as plain JavaScript: extract-file.ts (for the main thread) and extract-worker.ts, bundled
// with their packages. Loading from source, every thread strips the types of ~60 modules and resolves
// them one by one: 0.35–0.55 CPU-s per thread, as much as extracting 600 pages; the bundle loads in 0.15.
// It is built with esbuild once per version of the extractor's code and packages (at install by
// `arshif compile`, or on first use); the source is used whenever it cannot be built.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ExtractFile from './extract-file.ts';
import { extractorCodeHash } from './fingerprint.ts';
import { sha256 } from './ids.ts';
import { pruneOldest } from './fsutil.ts';
import { REPO_ROOT as ROOT } from '../lib/repo.ts';

const DIR = path.join(ROOT, 'node_modules/.cache/arshif/extractor');
/** Bundles kept: other checkouts sharing these packages may still run an older one. */
const KEEP = 3;

/** What ingest extracts with: the functions for its own thread and the script for its workers. */
export type Extractor = Pick<typeof ExtractFile, 'extractFile' | 'extractBytesSafely' | 'readRaw'> & { workerScript: URL };

/** The bundle's folder for the current code and installed packages. */
function bundleDir(): string {
  const key = sha256(extractorCodeHash() + fs.readFileSync(path.join(ROOT, 'package-lock.json'))).slice(0, 16);
  return path.join(DIR, key);
}

/** Build the bundle unless it exists; null when esbuild is missing or fails (the source is used then). */
export async function ensureExtractorBundle(): Promise<string | null> {
  const dir = bundleDir();
  if (fs.existsSync(path.join(dir, 'extract-file.mjs'))) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: ['extract-file', 'extract-worker'].map((e) => path.join(ROOT, 'src/ingest', `${e}.ts`)),
      outdir: tmp, outExtension: { '.js': '.mjs' }, bundle: true, splitting: true, metafile: true,
      platform: 'node', format: 'esm', target: 'node22', logLevel: 'silent', absWorkingDir: ROOT,
    });
    // what went in: the bundle is keyed by the extractor's code folders, a test checks nothing else did
    fs.writeFileSync(path.join(tmp, 'inputs.json'), JSON.stringify(Object.keys(out.metafile.inputs)));
    fs.renameSync(tmp, dir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
    return fs.existsSync(path.join(dir, 'extract-file.mjs')) ? dir : null; // or another process was first
  }
  pruneOldest(DIR, KEEP, path.basename(dir));
  return dir;
}

/** The bundled extractor when there is one for this code, else the source. */
export async function loadExtractor(): Promise<Extractor> {
  const dir = await ensureExtractorBundle();
  if (dir) {
    try {
      const m = (await import(pathToFileURL(path.join(dir, 'extract-file.mjs')).href)) as typeof ExtractFile;
      return { ...pick(m), workerScript: pathToFileURL(path.join(dir, 'extract-worker.mjs')) };
    } catch { /* a damaged bundle (a file deleted by hand): the source still works */ }
  }
  return { ...pick(await import('./extract-file.ts')), workerScript: new URL('./extract-worker.ts', import.meta.url) };
}

const pick = ({ extractFile, extractBytesSafely, readRaw }: typeof ExtractFile) => ({ extractFile, extractBytesSafely, readRaw });
