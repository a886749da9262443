// File helpers for the pipeline: atomic writes (temp file + rename) and a raw-folder walk.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Write so that readers see the old file or the new one, never half of it, even after SIGKILL:
 * a temp file renamed over the target. No fsync per article (it costs more than the extraction);
 * `durable` adds one for the files a power cut must not lose (manifest, report).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, durable = false): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, data);
  }
  if (durable) {
    const fd = fs.openSync(tmp, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  }
  fs.renameSync(tmp, file);
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

/** Remove temp files a killed run may have left behind. */
export function removeStaleTemps(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (f.startsWith('.') && f.endsWith('.tmp')) fs.rmSync(path.join(dir, f), { force: true });
}
