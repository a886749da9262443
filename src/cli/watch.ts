// arshif watch: re-ingest and rebuild when raw files or overrides change. Debounced: a crawler
// dropping a thousand files causes one rebuild once it has been quiet for a moment, not a thousand.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommand } from './args.ts';
import { runArshif } from './child.ts';
import { withCorpusLock, CorpusBusyError } from '../lib/corpus-lock.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { runIngest } from '../ingest/pipeline.ts';
import { extractorVersion } from '../ingest/fingerprint.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, paths } = parseCommand(argv, {
    out: { type: 'string', default: 'dist' },
    debounce: { type: 'string', default: '1500' },
    'no-site': { type: 'boolean', default: false },
  });
  const quietMs = Number(values.debounce);
  /** However busy the crawler, rebuild at least this often. */
  const maxWaitMs = Math.max(quietMs * 20, 30_000);
  for (const dir of [paths.raw, paths.overrides]) fs.mkdirSync(dir, { recursive: true });

  let timer: NodeJS.Timeout | undefined;
  let firstChange = 0;
  let running = false;
  let again = false;
  let cycle = 0;

  const schedule = () => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    clearTimeout(timer);
    timer = setTimeout(runCycle, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
  };

  async function runCycle() {
    if (running) { again = true; return; }
    running = true;
    firstChange = 0;
    cycle++;
    const t0 = performance.now();
    let report;
    try {
      // The lock is held for ingest only: the build child takes it for itself.
      report = await withCorpusLock(paths, () => runIngest({ paths, knowledge: loadKnowledge(paths.root), extractorVersion: extractorVersion(paths.root) }));
    } catch (e) {
      if (!(e instanceof CorpusBusyError)) throw e;
      console.log(`[${cycle}] ${e.message}; retrying in ${quietMs} ms`);
      running = false;
      schedule();
      return;
    }
    const c = report.counts;
    console.log(`[${cycle}] ingest: ${c.added} new, ${c.changed} changed, ${c.removed} removed, ${c.rejected} rejected, ${c.unchanged} unchanged (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const changed = c.added + c.changed + c.removed > 0;
    if (changed && !values['no-site']) {
      const code = await runArshif(['build', '--skip-ingest', '--corpus', paths.root, '--out', values.out as string, '--quiet']);
      console.log(`[${cycle}] ${code === 0 ? 'site rebuilt' : `build failed (exit ${code})`} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    running = false;
    if (again) { again = false; schedule(); }
  }

  for (const dir of [paths.raw, paths.overrides]) {
    fs.watch(dir, { recursive: true }, (_event, name) => {
      if (name && path.basename(String(name)).startsWith('.')) return; // editors' and our own temp files
      schedule();
    });
  }
  console.log(`watching ${path.relative(process.cwd(), paths.raw) || '.'} and ${path.relative(process.cwd(), paths.overrides) || '.'} (Ctrl+C to stop)`);
  await runCycle();
  await new Promise(() => {});
  return 0;
}
