// arshif extract [--explain] FILE: the extracted record of one raw file as JSON (writes nothing),
// or every input line with the label it got and the rule that decided it.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommand } from './args.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { readDump } from '../ingest/read/index.ts';
import { extractArticle, type Extraction } from '../ingest/extract.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals, paths } = parseCommand(argv, { explain: { type: 'boolean', default: false } });
  const file = positionals[0];
  if (!file) { console.error('usage: arshif extract [--explain] FILE'); return 2; }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    console.error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return 1;
  }
  const read = readDump(bytes, path.basename(file));
  if (!read.ok) { console.error(`${file}: rejected: ${read.reason}`); return 1; }
  const x = extractArticle(read.text, path.basename(file), loadKnowledge(paths.root), read.format);
  if (values.explain) process.stdout.write(renderExplain(x, read.encoding));
  else process.stdout.write(JSON.stringify(x.record, null, 2) + '\n');
  return 0;
}

const LABEL_WIDTH = 15;
const RULE_WIDTH = 36;
const TEXT_WIDTH = 70;

/** One row per input line (pieces of '&'-joined lines get their own row), then what came out. */
export function renderExplain(x: Extraction, encoding: string): string {
  const out: string[] = [`# ${x.record.file}  (${encoding}, ${x.lines.length} lines, ${x.blocks.length} blocks)`, ''];
  const byLine = new Map<number, number[]>();
  x.blocks.forEach((b) => byLine.set(b.line, [...(byLine.get(b.line) ?? []), b.index]));
  const clip = (s: string) => (s.length > TEXT_WIDTH ? s.slice(0, TEXT_WIDTH - 1) + '…' : s);
  x.lines.forEach((_, i) => {
    const n = i + 1;
    const ids = byLine.get(n);
    if (!ids) { out.push(`${String(n).padStart(5)}  ${'(blank)'.padEnd(LABEL_WIDTH)}`); return; }
    for (const id of ids) {
      const b = x.blocks[id];
      const d = x.decisions[id];
      const pos = b.piece ? `${n}.${b.piece}` : String(n);
      out.push(`${pos.padStart(5)}  ${d.label.padEnd(LABEL_WIDTH)}${d.rule.padEnd(RULE_WIDTH)}${clip(b.text)}`);
      if (d.label !== 'chrome' || d.rule !== 'chrome/outside-article') out.push(`${''.padStart(7 + LABEL_WIDTH)}↳ ${d.reason}`);
    }
  });
  const r = x.record;
  out.push('', '## result',
    `headline   ${r.headline ?? '—'}`, `subtitle   ${r.subtitle ?? '—'}`, `byline     ${r.byline ?? '—'}`,
    `source     ${r.source.name ?? '—'} (${r.source.domain ?? '—'})`,
    `date       published ${r.date.published ?? '—'}, updated ${r.date.updated ?? '—'}, hijri ${r.date.hijri ?? '—'}`,
    `body       ${r.body.length} paragraphs, ${r.subheadings.length} subheadings`,
    `comments   ${r.comments.length}${r.comment_count_stated !== null ? ` (stated ${r.comment_count_stated})` : ''}`,
    `language   ${r.language ?? '—'}`);
  if (x.rejected) out.push(`REJECTED   ${x.rejected}`);
  for (const w of x.warnings) out.push(`warning    ${w}`);
  return out.join('\n') + '\n';
}
