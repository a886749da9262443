// An extraction worker: reads, hashes and extracts the raw files the pool sends it, a batch per message.
// Pure work only; every decision that depends on other files stays on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/index.ts';
import { extractFile } from './extract-file.ts';
import type { WorkerReply, WorkerTask } from './extract-pool.ts';
import { yieldCores } from '../lib/thread-priority.ts';

// On a cold `arshif build` the search index takes each article as it is written (search/early.ts): it must
// keep up, or Pagefind starts writing late. Extraction runs ahead of it only on cores it leaves idle.
yieldCores();

// The main thread's own tables, cloned: the same knowledge whatever the corpus folder holds.
const knowledge = (workerData as { knowledge: Knowledge }).knowledge;
const port = parentPort!;

port.on('message', (tasks: WorkerTask[]) => port.postMessage(tasks.map(extractTask)));

function extractTask({ seq, abs, rel }: WorkerTask): WorkerReply {
  try {
    return { seq, result: extractFile(abs, rel, knowledge) };
  } catch (e) {
    return { seq, error: (e as Error)?.stack ?? String(e) };
  }
}
