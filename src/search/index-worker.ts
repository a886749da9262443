// Worker thread: one whole search index build (indexer.ts). `arshif build` runs it here so that its scan
// and record preparation do not queue behind the page renderer's work on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './indexer.ts';

const result = await buildSearchIndex({ ...workerData, log: (log: string) => parentPort!.postMessage({ log }) });
parentPort!.postMessage({ result });
