// Lower the priority of the calling thread: bulk work in a worker (extraction, page rendering) yields the
// cores to the threads a build waits on (the search index and Pagefind, which run in one thread each).
// Linux sets priorities per thread; elsewhere this does nothing.
import fs from 'node:fs';
import os from 'node:os';

export function yieldCores(): void {
  try {
    os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch { /* no /proc: same priority as the main thread */ }
}
