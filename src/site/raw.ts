// Which raw files to publish, and where: only files referenced by articles, only inside the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { rawOutputPath, type Entry } from './archive.ts';

export function rawFiles(entries: readonly Entry[], corpusDir: string): { output: string; file: string }[] {
  const root = path.resolve(corpusDir);
  const seen = new Map<string, string>();
  for (const e of entries) for (const ref of [e.data.raw, ...e.data.duplicates]) {
    if (!ref) continue;
    const file = path.resolve(root, ref.path);
    // A path escaping the corpus (../../etc) is never published.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) continue;
    seen.set(rawOutputPath(ref.path), file);
  }
  return [...seen].map(([output, file]) => ({ output, file }));
}
