// The ingest run: every raw file → an article, a duplicate of one, or a rejection with its reason.
// Incremental: a manifest remembers each raw file's hash and outcome, so only new or changed files
// (or all of them, when the extractor or the site knowledge changed) are extracted again.
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusPaths } from '../lib/corpus.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { ArticleRecord } from './extract.ts';
import type { FileResult } from './extract-file.ts';
import { ExtractionPool, extractInline, threadsFromEnv, workerCount } from './extract-pool.ts';
import { renderArticle, toFrontmatter } from './write.ts';
import { applyFields, dropParagraphs, overrideNames, readOverride } from './overrides.ts';
import { articleId, sha256, sha256File } from './ids.ts';
import { listFiles, removeStaleTemps, writeFileAtomic } from './fsutil.ts';
import { NearDuplicateIndex } from './near-duplicates.ts';
import { loadExtractor } from './extractor-bundle.ts';
import { articleSchema, type Article, type RawRef } from '../schema/article.ts';
import type { ArticleContent } from '../lib/article-file.ts';

export type Outcome = 'article' | 'rejected' | 'duplicate' | 'unchanged';

export interface FileReport {
  raw: string;
  sha256: string;
  outcome: Outcome;
  /** For unchanged files: what they were last time. */
  was?: Exclude<Outcome, 'unchanged'>;
  id?: string;
  reason?: string;
  warnings: string[];
}

export interface IngestReport {
  version: 1;
  startedAt: string;
  finishedAt: string;
  extractor: string;
  counts: { article: number; rejected: number; duplicate: number; unchanged: number; removed: number; added: number; changed: number };
  removed: { raw: string; id?: string }[];
  files: FileReport[];
}

interface ManifestEntry {
  sha256: string;
  outcome: Exclude<Outcome, 'unchanged'>;
  id?: string;
  reason?: string;
  warnings: string[];
  /** Fingerprint of the folded body, to find the same article under different chrome. */
  bodyHash?: string;
  /** SimHash of the body, to find near-duplicates (a re-crawl with a small edit). */
  simhash?: string | null;
  /** Hash of the article file as written, to notice hand edits. */
  articleSha256?: string;
  overrideSha256?: string | null;
  duplicateOf?: string;
}

interface Manifest { version: 1; extractor: string; files: Record<string, ManifestEntry> }

export interface IngestOptions {
  paths: CorpusPaths;
  knowledge: Knowledge;
  /** Changes when the extractor or the knowledge tables change: forces re-extraction. */
  extractorVersion: string;
  onProgress?: (done: number, total: number) => void;
  /** Extraction threads: 1 for the main thread only, N for N workers; default: ARSHIF_INGEST_THREADS, else by size. */
  threads?: number;
  /** Called once an article file is on disk (again after each rewrite of it), with what it holds as a reader parses it. */
  onArticleWritten?: (file: string, written: ArticleContent) => void;
}

/** The last run's manifest; `stale` when it was made by another extractor (then nothing is reused). */
function loadManifest(file: string, extractor: string): Manifest & { stale: boolean } {
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    if (m.version === 1 && m.files) return { ...m, stale: m.extractor !== extractor };
  } catch { /* first run, or unreadable: start over */ }
  return { version: 1, extractor, files: {}, stale: false };
}

const fileSha = (f: string) => (fs.existsSync(f) ? sha256File(f) : null);

export async function runIngest(opts: IngestOptions): Promise<IngestReport> {
  const { paths, knowledge, extractorVersion } = opts;
  const startedAt = new Date().toISOString();
  fs.mkdirSync(paths.articles, { recursive: true });
  removeStaleTemps(paths.articles);
  const old = loadManifest(paths.manifest, extractorVersion);
  const next: Manifest = { version: 1, extractor: extractorVersion, files: {} };
  const rels = listFiles(paths.raw);
  const reports: FileReport[] = [];
  const counts = { article: 0, rejected: 0, duplicate: 0, unchanged: 0, removed: 0, added: 0, changed: 0 };
  const primaryByBody = new Map<string, string>(); // bodyHash → primary id
  const near = new NearDuplicateIndex();
  const dupsOf = new Map<string, RawRef[]>(); // primary id → its duplicates
  const writtenWithDups = new Map<string, number>(); // article id → how many duplicates its file lists
  const articlePath = (id: string) => path.join(paths.articles, id + '.md');
  const overrides = overrideNames(paths.overrides);

  // Unchanged primaries claim their body fingerprint first, so ids stay stable when a copy lands later.
  for (const rel of rels) {
    const e = old.files[rel];
    if (!old.stale && e?.outcome === 'article' && e.bodyHash && e.id) {
      primaryByBody.set(e.bodyHash, e.id);
      near.add(e.simhash ?? null, e.id);
    }
  }

  const fresh = rels.filter((rel) => old.stale || !old.files[rel]);
  const threads = workerCount(fresh.length, opts.threads ?? threadsFromEnv());
  const extractor = await loadExtractor();
  const pool = threads > 0 ? new ExtractionPool(threads, knowledge, extractor) : null;
  try {
    // New files (all of them after an extractor change) are extracted ahead, on workers when worthwhile;
    // the decisions below still take the files one at a time, in order.
    const extracted = pool ? pool.inOrder(paths.raw, fresh, knowledge) : extractInline(paths.raw, knowledge, extractor);
    for (const [n, rel] of rels.entries()) {
      opts.onProgress?.(n, rels.length);
      const prev = old.files[rel];
      if (old.stale || !prev) ingestFile(rel, prev, await extracted.next(rel));
      else reuseOrIngest(rel, prev);
    }
    opts.onProgress?.(rels.length, rels.length);
    await rewritePrimariesWithNewDuplicates(pool);
  } finally {
    await pool?.close();
  }

  /** A file seen before: reused as it was when its bytes, its override and its article are unchanged. */
  function reuseOrIngest(rel: string, prev: ManifestEntry) {
    const raw = extractor.readRaw(path.join(paths.raw, rel));
    if (raw.tooBig !== undefined) return ingestFile(rel, prev, raw);
    const rawRel = `raw/${rel}`;
    const hash = raw.sha256;
    const override = readOverride(paths.overrides, prev.id ?? articleId(rel), overrides);
    const overrideSha = override && 'sha256' in override ? override.sha256 : null;
    if (prev.sha256 === hash && (prev.overrideSha256 ?? null) === overrideSha && stillValid(prev)) {
      next.files[rel] = prev;
      if (prev.outcome === 'duplicate' && prev.duplicateOf) dupsOf.set(prev.duplicateOf, [...(dupsOf.get(prev.duplicateOf) ?? []), { path: rawRel, sha256: hash }]);
      reports.push({ raw: rawRel, sha256: hash, outcome: 'unchanged', was: prev.outcome, id: prev.id, reason: prev.reason, warnings: prev.warnings });
      counts.unchanged++;
      return;
    }
    return ingestFile(rel, prev, { sha256: hash, extracted: extractor.extractBytesSafely(raw.bytes, rel, knowledge) });
  }

  /** A new or changed file's extraction → an article, a duplicate of an earlier one, or a rejection. */
  function ingestFile(rel: string, prev: ManifestEntry | undefined, result: FileResult) {
    const rawRel = `raw/${rel}`;
    const hash = result.sha256;
    if (result.tooBig !== undefined) return reject(rel, hash, result.tooBig);
    const id = articleId(rel);
    const override = readOverride(paths.overrides, prev?.id ?? id, overrides);
    const overrideSha = override && 'sha256' in override ? override.sha256 : null;
    counts[prev ? 'changed' : 'added']++;
    const x = result.extracted;
    if (!x.ok) return reject(rel, hash, x.reason);
    const { bodyHash, warnings } = x;
    const exact = primaryByBody.get(bodyHash);
    const primary = exact ?? near.find(x.simhash);
    if (primary && primary !== id) {
      next.files[rel] = { sha256: hash, outcome: 'duplicate', id: primary, duplicateOf: primary, bodyHash, warnings };
      dupsOf.set(primary, [...(dupsOf.get(primary) ?? []), { path: rawRel, sha256: hash }]);
      const reason = exact ? `same article text as ${primary}` : `nearly the same article text as ${primary}`;
      reports.push({ raw: rawRel, sha256: hash, outcome: 'duplicate', id: primary, reason, warnings });
      counts.duplicate++;
      return;
    }
    primaryByBody.set(bodyHash, id);
    near.add(x.simhash, id);
    next.files[rel] = { sha256: hash, outcome: 'article', id, bodyHash, simhash: x.simhash, warnings, overrideSha256: overrideSha };
    const report: FileReport = { raw: rawRel, sha256: hash, outcome: 'article', id, warnings };
    reports.push(report);
    counts.article++;
    // written now, so memory stays flat however large the run; a later duplicate rewrites it below
    // the override read above was this article's unless the file used to be a duplicate of another one
    writeArticle(id, rel, x.record, (prev?.id ?? id) === id ? override : readOverride(paths.overrides, id, overrides), report);
  }

  function reject(rel: string, hash: string, reason: string) {
    next.files[rel] = { sha256: hash, outcome: 'rejected', reason, warnings: [] };
    reports.push({ raw: `raw/${rel}`, sha256: hash, outcome: 'rejected', reason, warnings: [] });
    counts.rejected++;
  }

  function stillValid(e: ManifestEntry): boolean {
    if (e.outcome !== 'article' || !e.id) return true;
    return fs.existsSync(articlePath(e.id));
  }

  /** Write one article, unless its file was edited by hand since we last wrote it. */
  function writeArticle(id: string, rel: string, record: ArticleRecord, override: OverrideRead, report?: FileReport) {
    const entry = next.files[rel];
    const file = articlePath(id);
    const lastWritten = old.files[rel]?.articleSha256;
    const onDisk = lastWritten ? fileSha(file) : null;
    const dups = dupsOf.get(id) ?? [];
    writtenWithDups.set(id, dups.length);
    if (onDisk && onDisk !== lastWritten) {
      const w = `${path.relative(paths.root, file)} was edited by hand and is kept as it is; move the change into overrides/${id}.yaml (fields, drop_paragraphs) and delete the file to regenerate it`;
      entry.warnings = [...entry.warnings, w];
      entry.articleSha256 = lastWritten;
      report?.warnings.push(w);
      return;
    }
    const { text, front } = renderWithOverride(record, { path: `raw/${rel}`, sha256: entry.sha256 }, dups, override, entry.warnings);
    // Synchronous: the main thread has time to spare while the workers extract, and a write through
    // libuv's thread pool (open, write, close, rename: four hand-offs) cost more CPU than the write itself.
    writeFileAtomic(file, text);
    // the body is what follows the frontmatter's closing line; no YAML scalar we write spans lines
    opts.onArticleWritten?.(file, { article: front, body: text.slice(text.indexOf('\n---\n', 3) + 5) });
    entry.articleSha256 = sha256(text);
  }

  /** A primary whose set of duplicates changed since it was written is written again. */
  async function rewritePrimariesWithNewDuplicates(pool: ExtractionPool | null) {
    const dupsBefore = new Map<string, number>();
    for (const o of Object.values(old.files)) if (o.duplicateOf) dupsBefore.set(o.duplicateOf, (dupsBefore.get(o.duplicateOf) ?? 0) + 1);
    const stale: [string, ManifestEntry][] = [];
    for (const [rel, e] of Object.entries(next.files)) {
      if (e.outcome !== 'article' || !e.id) continue;
      const written = writtenWithDups.get(e.id) ?? dupsBefore.get(e.id) ?? 0;
      if (written !== (dupsOf.get(e.id)?.length ?? 0)) stale.push([rel, e]);
    }
    const rels = stale.map(([rel]) => rel);
    const reportOf = new Map<string, FileReport>(); // the first non-duplicate report of each id
    if (rels.length) for (const r of reports) if (r.id && r.outcome !== 'duplicate' && !reportOf.has(r.id)) reportOf.set(r.id, r);
    const extracted = pool && rels.length ? pool.inOrder(paths.raw, rels, knowledge) : extractInline(paths.raw, knowledge, extractor);
    for (const [rel, e] of stale) {
      const result = await extracted.next(rel);
      if (result.tooBig !== undefined || !result.extracted.ok) continue;
      writeArticle(e.id!, rel, result.extracted.record, readOverride(paths.overrides, e.id!, overrides), reportOf.get(e.id!));
    }
  }

  // Raw files that disappeared take their articles with them.
  const removed: IngestReport['removed'] = [];
  const liveIds = new Set(Object.values(next.files).filter((n) => n.outcome === 'article').map((n) => n.id));
  for (const [rel, e] of Object.entries(old.files)) {
    if (next.files[rel]) continue;
    removed.push({ raw: `raw/${rel}`, id: e.id });
    counts.removed++;
    if (e.outcome === 'article' && e.id && !liveIds.has(e.id)) {
      fs.rmSync(articlePath(e.id), { force: true });
    }
  }

  writeFileAtomic(paths.manifest, JSON.stringify(next), true);
  const report: IngestReport = { version: 1, startedAt, finishedAt: new Date().toISOString(), extractor: extractorVersion, counts, removed, files: reports };
  writeFileAtomic(paths.report, JSON.stringify(report, null, 1) + '\n', true);
  return report;
}

type OverrideRead = ReturnType<typeof readOverride>;

function renderWithOverride(record: ArticleRecord, raw: RawRef, dups: RawRef[], o: OverrideRead, warnings: string[]): { text: string; front: Article } {
  let front = toFrontmatter(record, raw, dups);
  let body = record.body;
  if (o && 'error' in o) warnings.push(`${o.error}; override not applied`);
  else if (o) {
    const merged = articleSchema.safeParse(applyFields(front, o.fields));
    if (merged.success) front = merged.data;
    else warnings.push(`${o.file}: ${merged.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}; fields not applied`);
    body = dropParagraphs(body, o.dropParagraphs);
  }
  return { text: renderArticle(front, body, record.subheadings.filter((s) => body.includes(s))), front };
}
