// Worker thread: writes one Pagefind bundle (bundle.ts) and posts its info back; used by indexer.ts for
// cold builds. `parsed` holds the articles the scan already parsed (same order as `entries`); others are read here.
import { parentPort, workerData } from 'node:worker_threads';
import { writeBundle, readArticle, type Entry, type Parsed } from './bundle.ts';

const { name, dir, entries, parsed, dest } = workerData as { name: string; dir: string; entries: Entry[]; parsed: (Parsed | undefined)[]; dest: string };
const byId = new Map(entries.map((e, i) => [e.id, parsed[i]]));
const info = await writeBundle(name, dir, entries, dest, (e) => byId.get(e.id) ?? readArticle(e.file), (log) => parentPort!.postMessage({ log }));
parentPort!.postMessage({ result: info });
