// Provenance files: every raw file an article came from, copied into <out>/raw/ as plain text after the
// Astro build (copies, not 10,000 rendered routes). Non-.txt raws (saved HTML) get a .txt suffix so no
// static host ever serves them as live pages.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { articleSchema } from '../schema/article.ts';
import { rawFiles } from './raw.ts';

/** Copy the raw files referenced by `articlesDir/*.md` into `outDir/raw/`; returns how many. */
export function publishRawFiles(articlesDir: string, corpusDir: string, outDir: string): number {
  const entries = fs.readdirSync(articlesDir).filter((f) => f.endsWith('.md')).flatMap((f) => {
    const parsed = articleSchema.safeParse(matter(fs.readFileSync(path.join(articlesDir, f), 'utf8'), {}).data);
    return parsed.success ? [{ id: f.slice(0, -3), data: parsed.data }] : [];
  });
  const files = rawFiles(entries, corpusDir);
  for (const { output, file } of files) {
    const target = path.join(outDir, 'raw', output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  return files.length;
}
