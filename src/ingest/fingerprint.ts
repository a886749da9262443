// What the extraction output depends on: the extractor version and the knowledge tables (built-in
// and the corpus's own). When any changes, every raw file is extracted again.
import fs from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from './version.ts';
import { sha256 } from './ids.ts';

const BUILTIN = path.resolve(import.meta.dirname, '../knowledge');

export function extractorVersion(corpusRoot: string): string {
  const parts = [EXTRACTOR_VERSION];
  for (const dir of [BUILTIN, path.join(corpusRoot, 'knowledge')]) {
    for (const f of ['chrome.json', 'outlets.json']) {
      const p = path.join(dir, f);
      if (fs.existsSync(p)) parts.push(sha256(fs.readFileSync(p)));
    }
  }
  return `${EXTRACTOR_VERSION}+${sha256(parts.join('|')).slice(0, 12)}`;
}
