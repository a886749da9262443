// The search index of a cold build, filled while ingest writes the articles: each article is indexed as soon
// as its file is on disk, so when ingest ends only Pagefind's writeFiles is left (the longest step of a cold
// build). It rests on a guess: that the archive is one shard and its articles are the ones fed here, as
// written. The indexer checks the guess (holds) and builds the shards the usual way when it is wrong.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parseArticle, openIndex, finishBundle, newInfo, addMember, versionOf, type BundleInfo, type Entry } from './bundle.ts';
import { articleRecord } from './records.ts';
import { scanRow, type FileStat, type ScanRow } from './indexer.ts';
import type { ArticleContent } from '../lib/article-file.ts';

/** What ingest hands over with a file it wrote: its content and its stat, so the file need not be read. */
export interface Fed extends ArticleContent { stat: FileStat }

/** Records handed to Pagefind and not yet acknowledged, at most: bounds the memory of a backlog. */
const IN_FLIGHT = 256;

export class EarlyIndex {
  /** Article file name → its row, as the indexer's scan would make it: the scan need not read these files. */
  readonly rows = new Map<string, ScanRow>();
  /** id → search hash of the record indexed. */
  private readonly members = new Map<string, string>();
  /** A record was indexed and then its article changed: Pagefind cannot take a record back. */
  private spoiled = false;
  private readonly queue: [string, Fed | undefined][] = [];
  private running: Promise<void> | null = null;
  private addMs = 0;
  private index: pagefind.PagefindIndex | null;
  private readonly log: (m: string) => void;

  private constructor(index: pagefind.PagefindIndex, log: (m: string) => void) {
    this.index = index;
    this.log = log;
  }

  static async open(log: (m: string) => void): Promise<EarlyIndex> {
    return new EarlyIndex(await openIndex(), log);
  }

  /** An article file was written (again); `fed`: what it holds, else it is read. */
  add(file: string, fed?: Fed): void {
    this.queue.push([file, fed]);
    this.running ??= this.drain();
  }

  /** Resolves once every file fed so far is indexed. */
  async settle(): Promise<void> {
    await this.running;
  }

  /** Whether the index holds exactly these articles, as they are now. */
  holds(entries: Entry[]): boolean {
    return !this.spoiled && this.index !== null && this.members.size === entries.length && entries.every((e) => this.members.get(e.id) === e.hash);
  }

  /** Write the index as the bundle of `entries` (which it holds) into dest. */
  async write(name: string, dir: string, entries: Entry[], dest: string): Promise<BundleInfo> {
    const info = newInfo(name, dir);
    for (const e of entries) addMember(info, e);
    info.addMs = Math.round(this.addMs);
    try {
      return await finishBundle(this.index!, info, dest);
    } finally {
      await this.discard();
    }
  }

  /** Stop the Pagefind service and release the records. */
  async discard(): Promise<void> {
    if (!this.index) return;
    this.index = null;
    await pagefind.close();
  }

  private async drain(): Promise<void> {
    const inFlight: Promise<void>[] = [];
    for (;;) {
      while (this.queue.length) {
        const added = this.index1(...this.queue.shift()!);
        if (added) inFlight.push(added);
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      await Promise.all(inFlight.splice(0));
      if (!this.queue.length) break;
    }
    this.running = null;
  }

  private index1(file: string, fed: Fed | undefined): Promise<void> | null {
    const t = performance.now();
    const name = path.basename(file);
    const id = name.slice(0, -3);
    let row: ScanRow;
    let p;
    if (fed) {
      p = { ok: true as const, article: fed.article, body: fed.body };
      row = scanRow(fed.stat, id, p);
    } else {
      try {
        // Stat and read through one descriptor: the row describes the very bytes indexed.
        const fd = fs.openSync(file, 'r');
        try {
          const st = fs.fstatSync(fd);
          p = parseArticle(fs.readFileSync(fd, 'utf8'), name);
          row = scanRow(st, id, p);
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        this.spoiled = true; // gone or unreadable: the scan will see for itself
        return null;
      }
    }
    this.rows.set(name, row);
    const hash = row[3];
    const had = this.members.get(id);
    if (had !== undefined && had !== hash) this.spoiled = true;
    if (!p.ok || hash === null || had !== undefined || !this.index || this.spoiled) return null;
    this.members.set(id, hash);
    const added = this.index.addCustomRecord(articleRecord(id, p.article, p.body, versionOf(hash))).then(
      (r) => { if (r.errors.length) this.log(`بحث: ${r.errors.join('; ')}`); },
      (e) => { this.spoiled = true; this.log(`بحث: ${(e as Error).message}`); },
    );
    this.addMs += performance.now() - t;
    return added;
  }
}
