// One writer per corpus: two builds (or a build and `watch`) at once would interleave writes to the same
// articles, caches and dist/. The lock is a file holding the owner's pid; a lock whose process is gone is
// taken over, and a process already holding it (build → ingest in-process) just goes on.
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusPaths } from './corpus.ts';

export class CorpusBusyError extends Error {}

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

export async function withCorpusLock<T>(paths: CorpusPaths, fn: () => Promise<T> | T): Promise<T> {
  const file = path.join(paths.root, '.arshif', 'lock');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(file, 'utf8')) || 0;
      if (owner === process.pid) return fn();
      if (owner && alive(owner)) throw new CorpusBusyError(`another arshif process (pid ${owner}) is working on ${paths.root}; try again when it ends (lock: ${file})`);
      fs.rmSync(file, { force: true }); // left by a process that died
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** A command's body under the corpus lock; a busy corpus is a clear message and exit code 1. */
export async function runLocked(paths: CorpusPaths, command: string, fn: () => Promise<number>): Promise<number> {
  try {
    return await withCorpusLock(paths, fn);
  } catch (e) {
    if (!(e instanceof CorpusBusyError)) throw e;
    console.error(`arshif ${command}: ${e.message}`);
    return 1;
  }
}
