// Worker thread: one whole search index build (indexer.ts). `arshif build` runs it here so that its scan
// and record preparation do not queue behind the page renderer's work on the main thread. An `early` job
// indexes the article files posted to it ({ file, fed }) while ingest writes them, and builds on { done }.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './indexer.ts';
import { EarlyIndex, type Fed } from './early.ts';

const { early: isEarly, ...opts } = workerData;
const log = (log: string) => parentPort!.postMessage({ log });
let early: EarlyIndex | undefined;
if (isEarly) {
  const opening = EarlyIndex.open(log).catch(() => undefined); // without Pagefind up front: the usual build
  const waiting: [string, Fed | undefined][] = [];
  let ready: EarlyIndex | undefined;
  await new Promise<void>((resolve) => {
    const onMessage = (m: { file?: string; fed?: Fed; done?: boolean }) => {
      if (m.file) { if (ready) ready.add(m.file, m.fed); else waiting.push([m.file, m.fed]); }
      if (m.done) {
        parentPort!.off('message', onMessage);
        resolve();
      }
    };
    parentPort!.on('message', onMessage);
    void opening.then((e) => { ready = e; for (const [f, fed] of waiting.splice(0)) e?.add(f, fed); });
  });
  early = await opening; // its then() above has passed on the files that were waiting
  await early?.settle();
}
const result = await buildSearchIndex({ ...opts, early, log });
parentPort!.postMessage({ result });
