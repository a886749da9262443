// The original words of the records (records.ts), beside the Pagefind bundles: one gzip-compressed file per
// record version, at pagefind/<textPath(v)>. A bundle keeps the texts of its records in its own text/ folder
// (so they live and die with it in the cache); publishing gathers those of every published bundle into one
// pagefind/text/ folder, since a result from Pagefind does not say which bundle it came from.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { textPath } from './shards.ts';

/**
 * The texts of a bundle's records, kept while the records are added and written with the bundle: they are
 * compressed then, while Pagefind writes in its own process (on a cold build, the records are added as
 * fast as ingest writes the articles, and anything done per record then delays Pagefind's writing).
 */
export class TextBatch {
  private readonly texts = new Map<string, string>();

  add(version: string, text: string): void {
    this.texts.set(version, text);
  }

  /** Write every text into dir/text/ (a bundle folder being built). */
  writeInto(dir: string): void {
    const dirs = new Set<string>();
    for (const [v, text] of this.texts) {
      const file = path.join(dir, textPath(v));
      if (!dirs.has(path.dirname(file))) fs.mkdirSync(path.dirname(file), { recursive: true });
      dirs.add(path.dirname(file));
      // Small files: the highest level costs little and saves bytes on every result shown.
      fs.writeFileSync(file, zlib.gzipSync(text, { level: 9 }));
    }
  }
}

function listTexts(root: string): Set<string> {
  const have = new Set<string>();
  const top = path.join(root, 'text');
  if (!fs.existsSync(top)) return have;
  for (const d of fs.readdirSync(top)) for (const f of fs.readdirSync(path.join(top, d))) have.add(`text/${d}/${f}`);
  return have;
}

/**
 * Make root/text/ hold the texts of `versions` (version → the cached bundle folder that has it): hard links
 * to the cached files, each complete under its final name. Returns the texts to drop once the manifest that
 * no longer needs them is published (dropText).
 */
export function publishTexts(root: string, versions: Map<string, string>, link: (src: string, dest: string) => void): string[] {
  const have = listTexts(root);
  const want = new Set<string>();
  for (const [v, bundle] of versions) {
    const rel = textPath(v);
    want.add(rel);
    if (have.has(rel)) continue;
    const src = path.join(bundle, rel);
    if (!fs.existsSync(src)) continue; // only if the cache was tampered with: that result's excerpt shows normalised words
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    link(src, path.join(root, rel));
  }
  return [...have].filter((rel) => !want.has(rel));
}

export function dropTexts(root: string, rels: string[]): void {
  for (const rel of rels) fs.rmSync(path.join(root, rel), { force: true });
}
