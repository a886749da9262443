// Article files written in the background (libuv's thread pool) while the main thread decides the next
// files: a small file's write and rename cost about as much system time as extracting the page.
// Same atomic temp-then-rename as writeFileAtomic; writes to one file happen in the order they were asked.
import fs from 'node:fs';
import path from 'node:path';
import { tempFor } from './fsutil.ts';

/** Writes waiting at most: bounds the memory held by article texts not yet on disk. */
const MAX_PENDING = 128;

/** Temp file then rename, as writeFileAtomic. Callbacks rather than fs/promises: less work on the main thread. */
function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = tempFor(file);
  return new Promise((resolve, reject) => {
    const rename = () => fs.rename(tmp, file, (e) => (e ? reject(e) : resolve()));
    fs.writeFile(tmp, text, (e) => {
      if (!e) return rename();
      if (e.code !== 'ENOENT') return reject(e);
      fs.mkdir(path.dirname(file), { recursive: true }, () => fs.writeFile(tmp, text, (e2) => (e2 ? reject(e2) : rename())));
    });
  });
}

export class ArticleWriter {
  /** file → its latest write, so a second write of a file (and a read of it) waits for the first. */
  private readonly latest = new Map<string, Promise<void>>();
  private readonly queue: Promise<void>[] = [];
  private failure: unknown = null;

  private readonly onWritten?: (file: string) => void;

  constructor(onWritten?: (file: string) => void) {
    this.onWritten = onWritten;
  }

  write(file: string, text: string): void {
    const before = this.latest.get(file) ?? Promise.resolve();
    const done = before.then(() => writeAtomic(file, text)).then(() => this.onWritten?.(file)).catch((e) => { this.failure ??= e; });
    this.latest.set(file, done);
    void done.then(() => { if (this.latest.get(file) === done) this.latest.delete(file); });
    this.queue.push(done);
  }

  /** Resolves once every write asked for `file` is on disk. */
  async settled(file: string): Promise<void> {
    await this.latest.get(file);
    this.throwFailure();
  }

  /** Waits while too many writes are pending; call between files. */
  async throttle(): Promise<void> {
    while (this.queue.length > MAX_PENDING) await this.queue.shift();
    this.throwFailure();
  }

  /** Resolves once every write is on disk; throws the first write error. */
  async drain(): Promise<void> {
    while (this.queue.length) await this.queue.shift();
    this.throwFailure();
  }

  private throwFailure() {
    if (this.failure) throw this.failure;
  }
}
