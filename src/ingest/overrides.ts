// Editors' corrections: corpus/overrides/<id>.yaml holds any frontmatter field to replace, and
// optionally `drop_paragraphs` (paragraph texts or 1-based numbers). Applied on every ingest, so a
// correction survives re-extraction.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { sha256 } from './ids.ts';

export interface Override { fields: Record<string, unknown>; dropParagraphs: (string | number)[]; sha256: string; file: string }

/** The file names in the overrides folder, listed once per run (so most articles cost no file lookup). */
export function overrideNames(dir: string): Set<string> {
  try {
    return new Set(fs.readdirSync(dir));
  } catch {
    return new Set(); // no overrides folder
  }
}

/** `names`: the folder's listing from overrideNames; without it, the file system is asked. */
export function readOverride(dir: string, id: string, names?: Set<string>): Override | { error: string } | null {
  for (const ext of ['.yaml', '.yml']) {
    if (names && !names.has(id + ext)) continue;
    const file = path.join(dir, id + ext);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
    } catch (e) {
      return { error: `${file}: invalid YAML (${(e as Error).message.split('\n')[0]})` };
    }
    if (data === null || data === undefined) data = {};
    if (typeof data !== 'object' || Array.isArray(data)) return { error: `${file}: expected a mapping of frontmatter fields` };
    const { drop_paragraphs: drop, ...fields } = data as Record<string, unknown>;
    if (drop !== undefined && !Array.isArray(drop)) return { error: `${file}: drop_paragraphs must be a list` };
    return { fields, dropParagraphs: (drop ?? []) as (string | number)[], sha256: sha256(text), file };
  }
  return null;
}

/** Merge override fields over the extracted frontmatter (one level deep for source/date). */
export function applyFields<T extends Record<string, unknown>>(front: T, fields: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...front };
  for (const [k, v] of Object.entries(fields)) {
    const cur = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur) ? { ...cur, ...v } : v;
  }
  return out as T;
}

export function dropParagraphs(body: string[], drop: (string | number)[]): string[] {
  const texts = new Set(drop.filter((d) => typeof d === 'string').map((d) => (d as string).trim()));
  const numbers = new Set(drop.filter((d) => typeof d === 'number'));
  return body.filter((p, i) => !numbers.has(i + 1) && !texts.has(p.trim()));
}
