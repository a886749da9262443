// Stable article ids: the raw file's name when it is URL-safe, else a slug plus a short hash of the path.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const SAFE = /^[a-z0-9][a-z0-9_-]{0,79}$/;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Hash a file of any size (a path, or a descriptor open at its start) in 1 MB chunks, without holding it in memory. */
export function sha256File(file: string | number): string {
  const h = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = typeof file === 'number' ? file : fs.openSync(file, 'r');
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    if (fd !== file) fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** `relPath` is relative to the raw folder, e.g. "2024/page 1.txt". The same path always gives the same id. */
export function articleId(relPath: string): string {
  const stem = relPath.replace(/\.[^./]+$/, '');
  const flat = stem.toLowerCase().replace(/[\\/]/g, '--');
  if (SAFE.test(flat) && flat === stem.replace(/[\\/]/g, '--')) return flat;
  const slug = flat.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'article';
  return `${slug}-${sha256(relPath).slice(0, 10)}`;
}
