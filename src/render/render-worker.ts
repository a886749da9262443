// Worker thread: renders its share of the pages (workerData is a RenderJob) and posts the RenderResult.
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages, type RenderJob } from './render-pages.ts';

parentPort!.postMessage(await renderPages(workerData as RenderJob));
