// arshif date [--ref ISO] [--full] TEXT… — print the dates found in TEXT as a JSON array.
// Each entry is {text, iso, calendar, kind}; --full prints every field (index, warnings…).
// Without TEXT, reads standard input. Warnings go to stderr.
import { parseCommand } from './args.ts';
import { findDates, parseRef } from '../dates/index.ts';

export async function run(argv: string[]): Promise<number> {
  // `arshif date -- --ref …`: a leading "--" only separates the command from its arguments.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  let parsed;
  try {
    parsed = parseCommand(args, { ref: { type: 'string' }, full: { type: 'boolean', default: false } });
  } catch (e) {
    console.error(`arshif date: ${(e as Error).message}\nusage: arshif date [--ref YYYY-MM-DD[THH:MM]] [--full] TEXT`);
    return 2;
  }
  const { values, positionals } = parsed;
  const ref = values.ref as string | undefined;
  if (ref !== undefined) {
    try { parseRef(ref); } catch (e) { console.error(`arshif date: ${(e as Error).message}`); return 2; }
  }
  let text = positionals.join(' ');
  if (positionals.length === 0) {
    if (process.stdin.isTTY) {
      console.error('usage: arshif date [--ref YYYY-MM-DD[THH:MM]] [--full] TEXT');
      return 2;
    }
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  const dates = findDates(text, { ref });
  for (const d of dates) for (const w of d.warnings ?? []) console.error(`warning: ${d.text}: ${w}`);
  const out = values.full ? dates : dates.map(({ text, iso, calendar, kind }) => ({ text, iso, calendar, kind }));
  console.log(JSON.stringify(out, null, 2));
  return 0;
}
