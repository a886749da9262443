// What the extraction output depends on: the extractor's own code, the date reader and the knowledge
// tables (built-in and the corpus's own). When any of them changes, every raw file is extracted again.
import fs from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from './version.ts';
import { sha256 } from './ids.ts';
import { REPO_ROOT } from '../lib/repo.ts';

const SRC = path.join(REPO_ROOT, 'src');
export const CODE_DIRS = ['ingest', 'dates', 'knowledge', 'lib', 'schema'];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|json)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

let codeHash: string | undefined;

/** Hash of the extractor's own code, without the corpus's tables; it also names the bundled worker. */
export function extractorCodeHash(): string {
  codeHash ??= sha256(CODE_DIRS.flatMap((d) => filesUnder(path.join(SRC, d))).map((f) => sha256(fs.readFileSync(f))).join('|'));
  return codeHash;
}

export function extractorVersion(corpusRoot: string): string {
  const parts = [EXTRACTOR_VERSION, extractorCodeHash(), ...filesUnder(path.join(corpusRoot, 'knowledge')).map((f) => sha256(fs.readFileSync(f)))];
  return `${EXTRACTOR_VERSION}+${sha256(parts.join('|')).slice(0, 12)}`;
}
