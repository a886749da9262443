// arshif eval: extract every fixture page and score it against its gold record; fail below the floor.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommand } from './args.ts';
import { REPO_ROOT as ROOT } from '../lib/repo.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { readDump } from '../ingest/read/index.ts';
import { extractArticle } from '../ingest/extract.ts';
import { renderTable, scoreRecord, stem, summarize, type GoldRecord, type Row, type Summary } from '../eval/score.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, {
    fixtures: { type: 'string', default: path.join(ROOT, 'test/fixtures/seeds') },
    gold: { type: 'string', default: path.join(ROOT, 'test/fixtures/gold') },
    floor: { type: 'string', default: path.join(ROOT, 'test/fixtures/eval-floor.json') },
    group: { type: 'string', default: 'seeds' },
    json: { type: 'boolean', default: false },
    'write-records': { type: 'string' },
  });
  const k = loadKnowledge();
  const rows: Row[] = [];
  for (const g of fs.readdirSync(values.gold as string).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(values.gold as string, g), 'utf8')) as GoldRecord;
    const raw = path.join(values.fixtures as string, gold.file);
    const read = readDump(fs.readFileSync(raw), gold.file);
    const record = read.ok ? extractArticle(read.text, gold.file, k, read.format).record : { file: gold.file };
    if (values['write-records']) {
      fs.mkdirSync(values['write-records'] as string, { recursive: true });
      fs.writeFileSync(path.join(values['write-records'] as string, stem(gold.file) + '.json'), JSON.stringify(record, null, 1));
    }
    rows.push(scoreRecord(record, gold));
  }
  const s = summarize(rows);
  const failures = belowFloor(rows, s, JSON.parse(fs.readFileSync(values.floor as string, 'utf8')));
  if (values.json) console.log(JSON.stringify({ summary: s, files: rows, failures }, null, 1));
  else {
    console.log(renderTable(rows, s, values.group as string));
    for (const r of rows) if (r.leaked.length) console.log(`leaked in ${r.file}: ${r.leaked.join(' | ')}`);
    console.log(failures.length ? `\neval: ${failures.length} below the floor:\n  ${failures.join('\n  ')}` : '\neval: all figures at or above the floor');
  }
  return failures.length ? 1 : 0;
}

interface Floor { min_f1_per_file: number; exact: string[]; at_least?: Record<string, number>; max_fabricated: number; max_leak: number; max_comment_leak_files: number }

/** The floor only moves up: every `exact` fraction complete, every `at_least` count reached, F1 per file at least the minimum. */
function belowFloor(rows: Row[], s: Summary, floor: Floor): string[] {
  const out: string[] = [];
  for (const r of rows) if (r.F1 < floor.min_f1_per_file) out.push(`${r.file}: body F1 ${r.F1.toFixed(3)} < ${floor.min_f1_per_file}`);
  for (const key of floor.exact) {
    const v = s[key as keyof Summary] as [number, number];
    if (v[0] !== v[1]) out.push(`${key}: ${v[0]}/${v[1]}`);
  }
  for (const [key, n] of Object.entries(floor.at_least ?? {})) {
    const v = s[key as keyof Summary] as [number, number];
    if (v[0] < n) out.push(`${key}: ${v[0]}/${v[1]} < ${n}`);
  }
  if (s.fabricated > floor.max_fabricated) out.push(`fabricated dates: ${s.fabricated}`);
  if (s.leak[0] > floor.max_leak) out.push(`chrome leaked into the body: ${s.leak[0]}`);
  if (s.c_leak_files > floor.max_comment_leak_files) out.push(`comments leaked into the body in ${s.c_leak_files} files`);
  return out;
}
