// arshif ingest: corpus/raw → corpus/articles + corpus/ingest-report.json, with a short summary.
import path from 'node:path';
import { parseCommand } from './args.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { runIngest, type IngestOptions } from '../ingest/pipeline.ts';
import { extractorVersion } from '../ingest/fingerprint.ts';
import { makeProgress } from './progress.ts';
import { runLocked } from '../lib/corpus-lock.ts';

export async function run(argv: string[], hooks: Pick<IngestOptions, 'onArticleWritten' | 'threads'> = {}): Promise<number> {
  const { values, paths } = parseCommand(argv, { quiet: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } });
  return runLocked(paths, 'ingest', async () => {
    const t0 = performance.now();
    let knowledge;
    try {
      knowledge = loadKnowledge(paths.root);
    } catch (e) {
      console.error(`arshif ingest: ${(e as Error).message}`);
      return 1;
    }
    const report = await runIngest({
      paths, knowledge, extractorVersion: extractorVersion(paths.root),
      onProgress: values.quiet ? undefined : makeProgress('استيعاب'), ...hooks,
    });
    const secs = (performance.now() - t0) / 1000;
    const c = report.counts;
    const processed = report.files.length - c.unchanged;
    if (!values.quiet) {
      for (const f of report.files) {
        if (f.outcome === 'rejected') console.error(`${f.raw}: rejected: ${f.reason}`);
        if (values.verbose || f.outcome !== 'unchanged') for (const w of f.warnings.filter((w) => values.verbose || w.includes('by hand'))) console.error(`${f.raw}: warning: ${w}`);
      }
      const rate = processed >= 100 ? ` (${(processed / Math.max(secs, 0.001)).toFixed(0)} files/s)` : '';
      console.error(
        `ingest: ${report.files.length} raw files, ${processed} read in ${secs.toFixed(2)} s${rate}: ` +
        `${c.article} articles written, ${c.duplicate} duplicates, ${c.rejected} rejected, ${c.unchanged} unchanged, ${c.removed} removed` +
        ` — report: ${path.relative(process.cwd(), paths.report)}`,
      );
    }
    return 0;
  });
}
