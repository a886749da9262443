// Which raw files to publish, and where: only files referenced by articles, only inside the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { rawOutputPath } from './archive.ts';
import type { RawRef } from '../schema/article.ts';

export interface RawFile { output: string; file: string; sha256: string }

export function rawFiles(refs: Iterable<RawRef>, corpusDir: string): RawFile[] {
  const root = path.resolve(corpusDir);
  const seen = new Map<string, RawFile>();
  for (const ref of refs) {
    const file = path.resolve(root, ref.path);
    // A path escaping the corpus (../../etc) is never published.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) continue;
    const output = rawOutputPath(ref.path);
    seen.set(output, { output, file, sha256: ref.sha256 });
  }
  return [...seen.values()];
}
