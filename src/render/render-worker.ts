// Worker thread: renders its share of the pages (workerData is a RenderJob) and posts the RenderResult.
import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages, type RenderJob } from './render-pages.ts';

// `arshif build` indexes search (Pagefind, the longest path of a cold build) while pages render: rendering
// yields the cores to it. Linux sets priorities per thread; elsewhere this is skipped.
try {
  os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch { /* no /proc: same priority as the main thread */ }

parentPort!.postMessage(await renderPages(workerData as RenderJob));
