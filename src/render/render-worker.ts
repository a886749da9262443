// Worker thread: renders its share of the pages (workerData is a RenderJob) and posts the RenderResult.
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages, type RenderJob } from './render-pages.ts';
import { yieldCores } from '../lib/thread-priority.ts';

// `arshif build` indexes search (Pagefind, the longest path of a cold build) while pages render.
yieldCores();

parentPort!.postMessage(await renderPages(workerData as RenderJob));
