// The pure, order-independent part of ingesting one raw file: bytes → hash → record + fingerprints.
// Shared by the serial path and the extraction workers, so both give the same results.
import fs from 'node:fs';
import type { Knowledge } from '../knowledge/index.ts';
import { readDump, sizeRejection } from './read/index.ts';
import { extractArticle, type ArticleRecord } from './extract.ts';
import { sha256, sha256File } from './ids.ts';
import { foldText } from '../lib/arabic.ts';
import { simhash } from './near-duplicates.ts';

/** A file's bytes and hash, or only its hash when it is too large to read. */
export type RawRead = { sha256: string; tooBig: string } | { sha256: string; bytes: Buffer; tooBig?: undefined };

/** What extraction made of a file's bytes: the record and its body fingerprints, or why it is not an article. */
export type Extracted =
  | { ok: false; reason: string }
  | { ok: true; record: ArticleRecord; warnings: string[]; bodyHash: string; simhash: string | null };

/** The result for one raw file, small enough to post from a worker. */
export type FileResult = { sha256: string; tooBig: string } | { sha256: string; tooBig?: undefined; extracted: Extracted };

/** Huge files are hashed in chunks and never read whole. */
export function readRaw(abs: string): RawRead {
  // the size from the open file: a stat by path cost a third as much again as the read
  const fd = fs.openSync(abs, 'r');
  try {
    const tooBig = sizeRejection(fs.fstatSync(fd).size);
    if (tooBig) return { sha256: sha256File(fd), tooBig };
    const bytes = fs.readFileSync(fd);
    return { sha256: sha256(bytes), bytes };
  } finally {
    fs.closeSync(fd);
  }
}

export function extractBytes(bytes: Uint8Array, rel: string, knowledge: Knowledge): Extracted {
  const read = readDump(bytes, rel);
  if (!read.ok) return { ok: false, reason: read.reason };
  const x = extractArticle(read.text, rel, knowledge, read.format);
  if (x.rejected) return { ok: false, reason: x.rejected };
  const folded = foldText(x.record.body.join(' '));
  return { ok: true, record: x.record, warnings: [...read.warnings, ...x.warnings], bodyHash: sha256(folded), simhash: simhash(folded) };
}

/** Like extractBytes, but an extractor bug on one page rejects that page instead of ending the run. */
export function extractBytesSafely(bytes: Uint8Array, rel: string, knowledge: Knowledge): Extracted {
  try {
    return extractBytes(bytes, rel, knowledge);
  } catch (e) {
    return { ok: false, reason: `extraction failed: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** Read, hash and extract one raw file (`abs` on disk, `rel` relative to the raw folder). */
export function extractFile(abs: string, rel: string, knowledge: Knowledge): FileResult {
  const raw = readRaw(abs);
  if (raw.tooBig !== undefined) return { sha256: raw.sha256, tooBig: raw.tooBig };
  return { sha256: raw.sha256, extracted: extractBytesSafely(raw.bytes, rel, knowledge) };
}
