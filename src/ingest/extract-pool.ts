// Extraction on worker threads, results handed back in file order.
// The pipeline asks for one file's result at a time, in the order it lists the raw files; the pool
// keeps a bounded window of files ahead of that point in flight, so memory stays flat on any corpus.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/index.ts';
import type { FileResult } from './extract-file.ts';
import type { Extractor } from './extractor-bundle.ts';

/** Below this many files to extract, starting workers (~0.1 s each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;
/** Past a few workers the main thread (duplicate decisions, writing articles) is the bottleneck. */
export const MAX_WORKERS = 4;
/** Files submitted ahead of the one the pipeline is waiting for: enough to keep every worker busy. */
const IN_FLIGHT = 256;
/** Files per message: fewer wake-ups of the main thread, which has the order-dependent work to do. */
const BATCH = 16;

export interface WorkerTask { seq: number; abs: string; rel: string }
export type WorkerReply = { seq: number; result: FileResult; error?: undefined } | { seq: number; error: string };

/** ARSHIF_INGEST_THREADS as a thread count, or undefined when unset or not a positive integer. */
export function threadsFromEnv(setting = process.env.ARSHIF_INGEST_THREADS): number | undefined {
  const n = Number(setting);
  return setting && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * How many workers to extract `files` files with; 0 means on the main thread.
 * `threads` 1 forces the serial path, N forces N workers however few the files; unset: by size and cores,
 * one core left to the main thread (decisions, rendering, writing: ~40% of a worker's load). On 2 cores a
 * second worker finished a 10k ingest no sooner and cost 1–2 CPU-s more: each worker has its own JIT to warm.
 */
export function workerCount(files: number, threads: number | undefined): number {
  if (files === 0) return 0;
  if (threads !== undefined) return threads <= 1 ? 0 : Math.min(threads, 64);
  const cores = os.availableParallelism();
  return files >= MIN_FILES_FOR_WORKERS && cores > 1 ? Math.min(cores - 1, MAX_WORKERS) : 0;
}

/** One file's result at a time, asked for in the order the files were given. */
export interface OrderedResults {
  next(rel: string): FileResult | Promise<FileResult>;
}

/** The serial path: each file extracted on the main thread when it is asked for. */
export function extractInline(rawDir: string, knowledge: Knowledge, { extractFile }: Extractor): OrderedResults {
  return { next: (rel) => extractFile(path.join(rawDir, rel), rel, knowledge) };
}

interface Pending { resolve: (r: FileResult) => void; reject: (e: Error) => void }
interface PoolWorker { worker: Worker; pending: Map<number, Pending>; alive: boolean }
/** A settled task, never a rejected promise: a failure waits in the window until its turn. */
type Settled = { result: FileResult } | { failed: Error };

export class ExtractionPool {
  private readonly workers: PoolWorker[];
  private seq = 0;
  private closing = false;
  /** Files a worker could not return (it crashed or threw) and the main thread extracted instead. */
  retried = 0;

  private readonly extractor: Extractor;

  constructor(count: number, knowledge: Knowledge, extractor: Extractor) {
    this.extractor = extractor;
    this.workers = Array.from({ length: count }, () => this.startWorker(extractor.workerScript, knowledge));
  }

  private startWorker(script: URL, knowledge: Knowledge): PoolWorker {
    const worker = new Worker(script, { workerData: { knowledge } });
    const w: PoolWorker = { worker, pending: new Map(), alive: true };
    w.worker.on('message', (replies: WorkerReply[]) => {
      for (const m of replies) {
        const p = w.pending.get(m.seq);
        w.pending.delete(m.seq);
        if (m.error === undefined) p?.resolve(m.result);
        else p?.reject(new Error(m.error));
      }
    });
    const die = (why: Error) => {
      if (!w.alive) return;
      w.alive = false;
      if (!this.closing) console.error(`arshif ingest: ${why.message.split('\n')[0]}; its files are extracted on the main thread`);
      for (const p of w.pending.values()) p.reject(why);
      w.pending.clear();
    };
    w.worker.on('error', die);
    // A reply that cannot be read would leave its files waiting forever: treat it as a crash.
    w.worker.on('messageerror', (e) => { die(e); void w.worker.terminate(); });
    w.worker.on('exit', (code) => die(new Error(`extraction worker exited (code ${code})`)));
    return w;
  }

  /** Extract a batch of files on the least busy live worker; each rejects when none is left or it dies. */
  private run(files: { abs: string; rel: string }[]): Promise<FileResult>[] {
    const live = this.workers.filter((w) => w.alive);
    if (this.closing || live.length === 0) return files.map(() => Promise.reject(new Error('no extraction worker left')));
    const w = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const tasks: WorkerTask[] = files.map((f) => ({ seq: this.seq++, ...f }));
    const results = tasks.map((t) => new Promise<FileResult>((resolve, reject) => w.pending.set(t.seq, { resolve, reject })));
    w.worker.postMessage(tasks);
    return results;
  }

  /** Results for `rels` in their order, extracted ahead on the workers; a failed file is redone here. */
  inOrder(rawDir: string, rels: string[], knowledge: Knowledge): OrderedResults {
    const window: Promise<Settled>[] = [];
    let submitted = 0;
    let consumed = 0;
    const fill = () => {
      while (submitted < rels.length && window.length + BATCH <= IN_FLIGHT) {
        const batch = rels.slice(submitted, submitted + BATCH);
        submitted += batch.length;
        const results = this.run(batch.map((rel) => ({ abs: path.join(rawDir, rel), rel })));
        for (const r of results) window.push(r.then((result) => ({ result }), (failed: Error) => ({ failed })));
      }
    };
    return {
      next: async (rel) => {
        if (rels[consumed] !== rel) throw new Error(`extraction asked for ${rel}, expected ${rels[consumed]}`);
        fill();
        const head = window.shift()!;
        consumed++;
        const settled = await head;
        if ('result' in settled) return settled.result;
        // Same function as the workers run, so the output is the same: the file is not lost.
        this.retried++;
        return this.extractor.extractFile(path.join(rawDir, rel), rel, knowledge);
      },
    };
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
