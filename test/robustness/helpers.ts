// Shared by the robustness tests: run the real CLI, hash and list corpora, validate written articles.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { articleSchema } from '../../src/schema/article.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');
export const CLI = path.join(ROOT, 'scripts/arshif.ts');

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

export function startCli(args: string[]): { child: ChildProcess; done: Promise<CliRun> } {
  const t0 = performance.now();
  const child = spawn(NODE, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { if (stdout.length < 1e6) stdout += d; });
  child.stderr!.on('data', (d) => { if (stderr.length < 1e6) stderr += d; });
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 }));
  });
  return { child, done };
}

/** Run to completion, but never hang a test suite: SIGKILL after `timeoutMs`. */
export async function runCli(args: string[], timeoutMs = 150_000): Promise<CliRun> {
  const { child, done } = startCli(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((rel) => [rel, sha256(fs.readFileSync(path.join(dir, rel)))]));
}

export interface ReportEntry { raw: string; sha256: string; outcome: string; id?: string; reason?: string; warnings: string[] }
export interface Report { version: number; startedAt: string; finishedAt: string; counts: Record<string, number>; files: ReportEntry[] }

export function readReport(corpus: string): Report {
  return JSON.parse(fs.readFileSync(path.join(corpus, 'ingest-report.json'), 'utf8'));
}

/** Parse and validate every *.md in articles/; returns the problems found (empty = all good). */
export function checkArticles(corpus: string): { ids: string[]; problems: string[] } {
  const dir = path.join(corpus, 'articles');
  const ids: string[] = [];
  const problems: string[] = [];
  for (const rel of listFiles(dir).filter((f) => f.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    try {
      // gray-matter caches by content; pass a fresh options object to force a real parse.
      const { data, content } = matter(text, {});
      const parsed = articleSchema.safeParse(data);
      if (!parsed.success) problems.push(`${rel}: schema: ${parsed.error.message.slice(0, 300)}`);
      if (!text.startsWith('---\n')) problems.push(`${rel}: no frontmatter`);
      if (content.trim() === '' && text.length < 20) problems.push(`${rel}: truncated`);
    } catch (e) {
      problems.push(`${rel}: unparsable: ${(e as Error).message.slice(0, 200)}`);
    }
    ids.push(rel.replace(/\.md$/, ''));
  }
  return { ids, problems };
}
