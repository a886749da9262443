// Writes one search bundle (format.ts) for a set of articles into a fresh folder. Used by indexer.ts,
// in process or in a worker thread (bundle-worker.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import matter from 'gray-matter';
import { articleSchema, type Article } from '../schema/article.ts';
import { EMPTY_TOKEN, normalizeToken } from './normalize.ts';
import { articleRecords } from './records.ts';
import { compareYears } from './shards.ts';
import { bucketOf, encodePostings, termWeight, type Fragment } from './format.ts';

export interface Entry { id: string; file: string; hash: string; year: string; date: string; source: string }
export type Parsed = { ok: true; article: Article; body: string } | { ok: false; error: string };

/** What the cache keeps about a bundle (bundle.json); the manifest entry is derived from it. */
export interface BundleInfo {
  name: string;
  dir: string;
  years: Record<string, number>;
  pages: number;
  records: number;
  buckets: number;
  ranges: Record<string, [number, number]>;
  bytes: number;
  /** id → [content hash, first record, record count]. */
  members: Record<string, [string, number, number]>;
}

/** Parse and validate one article file. */
export function readArticle(file: string): Parsed & { raw?: string } {
  const raw = fs.readFileSync(file, 'utf8');
  // Passing options disables gray-matter's unbounded per-content cache (100k files).
  const { data, content } = matter(raw, { excerpt: false });
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `بحث: تخطّي ${path.basename(file)}: ${parsed.error.issues[0]?.message ?? 'ترويسة غير صالحة'}` };
  return { ok: true, article: parsed.data, body: content, raw };
}

/** Raw size of an index chunk to aim for (gzip makes it ~2.5× smaller): one chunk is fetched per query word. */
const CHUNK_TARGET = 12_000;

/** Newest first: year descending with "undated" last, then date descending, then id. */
export function newestFirst(a: Entry, b: Entry): number {
  const undated = Number(a.year === 'undated') - Number(b.year === 'undated');
  return undated || compareYears(b.year, a.year) || b.date.localeCompare(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const gz = (s: string) => zlib.gzipSync(s);

/** open/write/close rather than fs.writeFileSync: this is called once per record. */
function write(file: string, buf: Buffer) {
  const fd = fs.openSync(file, 'w');
  try { fs.writeSync(fd, buf); } finally { fs.closeSync(fd); }
}

export function writeBundle(name: string, dir: string, entries: Entry[], dest: string,
  read: (e: Entry) => Parsed, log: (m: string) => void): BundleInfo {
  fs.mkdirSync(path.join(dest, 'fragment'), { recursive: true });
  fs.mkdirSync(path.join(dest, 'index'), { recursive: true });
  const sorted = [...entries].sort(newestFirst);
  // Tokens get numbers: an original token is normalised once per bundle, and postings are plain arrays.
  const idOf = new Map<string, number>();
  const vocab = new Map<string, number>();
  const words: string[] = [];
  const recsOf: number[][] = [];
  const tfsOf: number[][] = [];
  const last: number[] = [];
  const lens: number[] = [];
  const sources = new Map<string, number[]>();
  const info: BundleInfo = { name, dir, years: {}, pages: 0, records: 0, buckets: 1, ranges: {}, bytes: 0, members: {} };
  let r = 0;
  for (const e of sorted) {
    const p = read(e);
    if (!p.ok) { log(p.error); continue; }
    const first = r;
    for (const rec of articleRecords(e.id, p.article, p.body)) {
      for (const tok of rec.tokens) {
        let id = idOf.get(tok);
        if (id === undefined) {
          const n = normalizeToken(tok);
          id = n === EMPTY_TOKEN ? -1 : vocab.get(n);
          if (id === undefined) {
            id = words.length;
            vocab.set(n, id);
            words.push(n);
            recsOf.push([]);
            tfsOf.push([]);
            last.push(-1);
          }
          idOf.set(tok, id);
        }
        if (id < 0) continue;
        if (last[id] !== r) {
          last[id] = r;
          recsOf[id].push(r);
          tfsOf[id].push(1);
        } else tfsOf[id][tfsOf[id].length - 1]++;
      }
      lens.push(rec.tokens.length);
      const frag: Fragment = { url: rec.url, title: rec.title, source: rec.source, date: rec.date, kind: rec.kind, text: rec.text };
      const buf = gz(JSON.stringify(frag));
      write(path.join(dest, 'fragment', `${r}.pf_fragment`), buf);
      info.bytes += buf.length;
      let s = sources.get(rec.source);
      if (!s) sources.set(rec.source, (s = []));
      s.push(r);
      r++;
    }
    // Records are in year order, so each year is one range.
    const range = (info.ranges[e.year] ??= [first, first]);
    range[1] = r;
    info.members[e.id] = [e.hash, first, r - first];
    info.years[e.year] = (info.years[e.year] ?? 0) + 1;
    info.pages++;
  }
  info.records = r;
  info.years = Object.fromEntries(Object.entries(info.years).sort(([a], [b]) => compareYears(a, b)));

  const avg = lens.reduce((a, b) => a + b, 0) / (lens.length || 1);
  const lines: string[] = [];
  let raw = 0;
  words.forEach((w, id) => {
    const recs = recsOf[id];
    const line = `${w}\t${encodePostings(recs, tfsOf[id].map((tf, i) => termWeight(tf, lens[recs[i]], avg)))}`;
    lines.push(line);
    raw += line.length * 1.5; // Arabic letters are 2 bytes in UTF-8, postings 1
  });
  let buckets = 1;
  while (raw / buckets > CHUNK_TARGET) buckets *= 2;
  info.buckets = buckets;
  const chunks: string[][] = Array.from({ length: buckets }, () => []);
  for (const line of lines) chunks[bucketOf(line.slice(0, line.indexOf('\t')), buckets)].push(line);
  chunks.forEach((c, b) => {
    const buf = gz(c.join('\n'));
    fs.writeFileSync(path.join(dest, 'index', `${b}.pf_index`), buf);
    info.bytes += buf.length;
  });
  const filter = gz(JSON.stringify(Object.fromEntries([...sources].map(([s, recs]) => [s, encodePostings(recs)]))));
  fs.writeFileSync(path.join(dest, 'source.pf_filter'), filter);
  info.bytes += filter.length;
  fs.writeFileSync(path.join(dest, 'bundle.json'), JSON.stringify(info));
  return info;
}
