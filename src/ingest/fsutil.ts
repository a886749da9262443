// File helpers for the pipeline: atomic writes (temp file + rename) and a raw-folder walk.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Write so that readers see the old file or the new one, never half of it, even after SIGKILL:
 * a temp file renamed over the target. No fsync per article (it costs more than the extraction);
 * `durable` adds one for the files a power cut must not lose (manifest, report).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, durable = false): void {
  const tmp = tempFor(file);
  inDir(file, () => fs.writeFileSync(tmp, data));
  if (durable) {
    const fd = fs.openSync(tmp, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  }
  fs.renameSync(tmp, file);
}

/** Copy a file the same way (the kernel copies; the target is a new file, never written in place). */
export function copyFileAtomic(from: string, file: string): void {
  const tmp = tempFor(file);
  inDir(file, () => fs.copyFileSync(from, tmp));
  fs.renameSync(tmp, file);
}

/** The temp file an atomic write of `file` goes through (hidden, beside it, per process). */
export const tempFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

/** Run a write next to `file`, creating its folder only when the write says it is missing. */
function inDir(file: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    write();
  }
}

/** Every regular file under `dir`, as sorted paths relative to it ('/'-separated). Hidden files skipped. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** Keep `current` and the `keep` - 1 most recently changed other entries of `dir` (temp folders aside); delete the rest. */
export function pruneOldest(dir: string, keep: number, current: string): void {
  const olds = fs.readdirSync(dir).filter((d) => d !== current && !d.endsWith('.tmp'))
    .map((d) => ({ d, t: fs.statSync(path.join(dir, d)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { d } of olds.slice(keep - 1)) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
}

/** Remove temp files a killed run may have left behind. */
export function removeStaleTemps(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (f.startsWith('.') && f.endsWith('.tmp')) fs.rmSync(path.join(dir, f), { force: true });
}
