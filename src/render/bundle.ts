// The compiled site: `astro build` of the pages into a server bundle (see astro.config.mjs). It depends only
// on the site's code and settings, never on the articles, so it is built once per version of the site and
// shared by every corpus on this machine (node_modules/.cache/arshif/bundles/<key>/).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { listFiles, pruneOldest } from '../ingest/fsutil.ts';
import { REPO_ROOT as ROOT } from '../lib/repo.ts';

/** What the pages are made of; code the site cannot import (ingest, CLI, …) is left out on purpose. */
const INPUTS = ['src/site', 'src/components', 'src/pages', 'src/layouts', 'src/styles', 'src/search', 'src/lib', 'src/schema',
  'src/render/adapter.ts', 'src/render/server-entry.ts', 'src/middleware.ts', 'src/env.d.ts', 'public', 'astro.config.mjs', 'package-lock.json'];
/** Settings baked into the pages at build time. */
const ENV = ['ARSHIF_SITE', 'ARSHIF_BASE', 'ARSHIF_DIGITS'];
const KEEP = 3;

export interface Bundle { key: string; dir: string; entry: string; client: string; built: boolean }

export function bundleKey(): string {
  const h = crypto.createHash('sha256');
  for (const input of INPUTS) {
    const abs = path.join(ROOT, input);
    if (!fs.existsSync(abs)) continue;
    const files = fs.statSync(abs).isDirectory() ? listFiles(abs).map((f) => path.join(input, f)) : [input];
    for (const f of files) h.update(`${f}\0`).update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  }
  for (const k of ENV) h.update(`${k}=${process.env[k] ?? ''}\0`);
  return h.digest('hex').slice(0, 16);
}

/** True when the current site code has a finished bundle on this machine. */
export const hasBundle = (): boolean => fs.existsSync(path.join(bundlesDir(), bundleKey(), '.complete'));

/** ARSHIF_BUNDLES may move it, but only inside this repository: the bundle imports the repo's packages. */
export const bundlesDir = () => path.resolve(process.env.ARSHIF_BUNDLES ?? path.join(ROOT, 'node_modules/.cache/arshif/bundles'));

/** The bundle for the current site code, built if this machine has not got it yet. */
export async function ensureBundle(log: (m: string) => void = () => {}): Promise<Bundle> {
  const key = bundleKey();
  const root = bundlesDir();
  const dir = path.join(root, key);
  const bundle = (built: boolean): Bundle => ({
    key, dir, built, entry: path.join(dir, 'server', 'entry.mjs'), client: path.join(dir, 'client'),
  });
  if (fs.existsSync(path.join(dir, '.complete'))) return bundle(false);

  const t = performance.now();
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const { build } = await import('astro');
  await build({ root: ROOT, outDir: tmp, logLevel: 'error' });
  fs.writeFileSync(path.join(tmp, '.complete'), key);
  try {
    fs.renameSync(tmp, dir);
  } catch {
    // Another build finished the same bundle first: theirs is as good as ours.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`قالب الموقع: بُني في ${((performance.now() - t) / 1000).toFixed(1)} ث`);
  pruneOldest(root, KEEP, key); // other checkouts or branches may still use the older ones
  return bundle(true);
}
