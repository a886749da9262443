// The articles as the renderer sees them: a summary per article file, kept in a cache keyed by the file's
// (inode, size, mtime), so a rebuild parses only the Markdown files that changed since the last one.
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../ingest/ids.ts';
import type { RawRef } from '../schema/article.ts';
import { parseArticleFile } from '../lib/article-file.ts';
import { sortByDate, summarize, type ArticleEntry, type Entry, type Summary } from '../site/archive.ts';
import { writeFileAtomic } from '../ingest/fsutil.ts';

const STORE_VERSION = 1;

interface Stat { ino: number; size: number; mtimeMs: number }
interface Known extends Stat { sha: string; summary: Summary; raws: RawRef[] }
interface Invalid extends Stat { error: string }
type Cached = Known | Invalid;

export interface ArchiveStore {
  /** Valid articles, newest first. */
  entries: Entry[];
  /** Content hash and raw files of every valid article, by id. */
  files: Map<string, { sha: string; raws: RawRef[] }>;
  /** Article files that do not fit the schema, with the reason. */
  invalid: { file: string; reason: string }[];
  /** How many files were parsed this time (the rest came from the cache). */
  parsed: number;
  /** Articles parsed this time, by id (up to KEEP_PARSED): their pages need not read them again. */
  fresh: Map<string, ArticleEntry>;
}

/** Parsed articles kept for rendering: a cold build's 10,000 are parsed once, a 100,000 one stays bounded. */
const KEEP_PARSED = 12_000;

/** Parse and validate one article file. */
export function parseArticle(id: string, text: string): ArticleEntry {
  const p = parseArticleFile(text);
  if (!p.ok) throw new Error(p.error);
  return { id, data: p.article, body: p.body };
}

export function readArticle(articlesDir: string, id: string): ArticleEntry {
  return parseArticle(id, fs.readFileSync(path.join(articlesDir, `${id}.md`), 'utf8'));
}

function readCache(file: string): Record<string, Cached> {
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    return json?.version === STORE_VERSION && json.files && typeof json.files === 'object' ? json.files : {};
  } catch {
    return {};
  }
}

const same = (a: Stat, b: Stat) => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export function loadStore(articlesDir: string, cacheFile: string): ArchiveStore {
  const old = readCache(cacheFile);
  const next: Record<string, Cached> = {};
  const entries: Entry[] = [];
  const files = new Map<string, { sha: string; raws: RawRef[] }>();
  const invalid: ArchiveStore['invalid'] = [];
  const fresh = new Map<string, ArticleEntry>();
  let parsed = 0;
  const names = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((f) => f.endsWith('.md') && !f.startsWith('.')) : [];
  for (const name of names) {
    const file = path.join(articlesDir, name);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const stat: Stat = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
    let c = old[name];
    if (!c || !same(c, stat)) {
      parsed++;
      try {
        const text = fs.readFileSync(file, 'utf8');
        const entry = parseArticle(name.slice(0, -3), text);
        const { data } = entry;
        c = { ...stat, sha: sha256(text), summary: summarize(data), raws: [...(data.raw ? [data.raw] : []), ...data.duplicates] };
        if (fresh.size < KEEP_PARSED) fresh.set(entry.id, entry);
      } catch (e) {
        c = { ...stat, error: (e as Error).message };
      }
    }
    next[name] = c;
    const id = name.slice(0, -3);
    if ('error' in c) invalid.push({ file, reason: c.error });
    else {
      entries.push({ id, data: c.summary });
      files.set(id, { sha: c.sha, raws: c.raws });
    }
  }
  if (parsed || Object.keys(old).length !== names.length) writeFileAtomic(cacheFile, JSON.stringify({ version: STORE_VERSION, files: next }));
  return { entries: sortByDate(entries), files, invalid, parsed, fresh };
}
