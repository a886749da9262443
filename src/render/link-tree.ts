// Publish the site folder into the output folder as hard links, touching only what changed: a file whose
// published copy is already the same inode is left alone, a new or changed one is linked beside it and
// renamed over (atomic per file), files gone from the site are removed last. So republishing a 10,000-page
// site after one new article costs a directory walk and a few links, and the site stays whole meanwhile.
// Safe because the renderer and the indexer never write a file in place (they write a new one and rename).
import fs from 'node:fs';
import path from 'node:path';

export interface SyncStats { linked: number; removed: number; kept: number }

function entries(dir: string): Map<string, fs.Dirent> {
  try {
    return new Map(fs.readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
  } catch {
    return new Map();
  }
}

function link(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    // Another file system (or no hard links there): copy instead.
    fs.copyFileSync(from, to);
  }
}

/** A new file is linked in place; a changed one beside it and renamed over, so readers never miss it. */
function place(from: string, to: string, exists: boolean): void {
  if (!exists) return link(from, to);
  const tmp = path.join(path.dirname(to), `.${path.basename(to)}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  link(from, tmp);
  fs.renameSync(tmp, to);
}

export function syncTree(src: string, dest: string, stats: SyncStats = { linked: 0, removed: 0, kept: 0 }): SyncStats {
  fs.mkdirSync(dest, { recursive: true });
  const have = entries(dest);
  const want = entries(src);
  const subdirs: string[] = [];
  for (const [name, e] of want) {
    if (name.endsWith('.tmp')) continue;
    const from = path.join(src, name), to = path.join(dest, name);
    const old = have.get(name);
    if (e.isDirectory()) {
      if (old && !old.isDirectory()) fs.rmSync(to, { force: true });
      subdirs.push(name);
    } else if (e.isFile()) {
      if (old?.isDirectory()) fs.rmSync(to, { recursive: true, force: true });
      else if (old && fs.statSync(to).ino === fs.statSync(from).ino) { stats.kept++; continue; }
      place(from, to, !!old && !old.isDirectory());
      stats.linked++;
    }
  }
  for (const name of subdirs) syncTree(path.join(src, name), path.join(dest, name), stats);
  for (const [name] of have) {
    if (want.has(name)) continue;
    fs.rmSync(path.join(dest, name), { recursive: true, force: true });
    stats.removed++;
  }
  return stats;
}
