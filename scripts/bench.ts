// npm run bench -- --articles 1000,10000[,100000] [--work DIR] [--keep] [--skip-search-browser]
//                  [--phases gen,stages,compile,ingest,pages,search,build,incremental,browser] [--seed N] [--max-heap MB]
// Generates a deterministic raw corpus per size, measures each phase as a child process (wall, peak RSS),
// prints a table and writes bench-results/<timestamp>.json. See docs/bench.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatePage, writeCorpus } from '../src/bench/generate.ts';
import { measure, NODE, type Measurement } from '../src/bench/measure.ts';

const ALL = ['gen', 'stages', 'compile', 'ingest', 'pages', 'search', 'build', 'incremental', 'browser'];
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'arshif-bench') },
    keep: { type: 'boolean', default: false },
    'skip-search-browser': { type: 'boolean', default: false },
    phases: { type: 'string', default: ALL.join(',') },
    seed: { type: 'string', default: '8' },
    // Cap each child's V8 heap (MB): on a shared machine a phase that would outgrow it fails instead of
    // pushing others into swap or the OOM killer. Default: none.
    'max-heap': { type: 'string' },
    // Print the table of earlier runs (bench-results/*.json, comma-separated) and exit.
    table: { type: 'string' },
  },
});
const repo = path.resolve(import.meta.dirname, '..');
const cli = path.join(repo, 'scripts/arshif.ts');
const seed = Number(values.seed);
const phases = new Set(values.phases!.split(','));
if (values['skip-search-browser']) phases.delete('browser');
const sizes = values.articles!.split(',').map((s) => Number(s.replace(/_/g, '')));
const childEnv = values['max-heap'] ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${values['max-heap']}`.trim() } : {};
const TARGETS = { ingestFilesPerS: 2000, buildS: 45, buildRssMB: 3072, incrementalS: 8, bigRssMB: 8192, firstKB: 300, followKB: 60 };

const log = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const mb = (m: Measurement) => `${m.wallS.toFixed(1)} s (${m.cpuS ?? '?'} s CPU), ${m.maxRssMB ?? '?'} MB max proc, ${m.treeRssMB} MB tree (load ${m.load[0]})`;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  if (!fs.existsSync(dir)) return { bytes, files };
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) { bytes += fs.statSync(path.join(e.parentPath, e.name)).size; files++; }
  }
  return { bytes, files };
}

// Outputs of an earlier phase are moved aside, and deleted only when the bench ends. Deleting tens of
// thousands of files right before a measurement makes it pay for the deletion: for a few minutes ext4
// skips each recently freed inode when it allocates one (`recently_deleted`, found with perf), and a cold
// 10k build then spent 10-15 s more in the kernel than the same build on a machine that had not just
// deleted a corpus. A user's first build does not follow such a purge.
const trash = path.join(values.work!, '.trash');
let setAside = 0;
function discard(p: string) {
  if (!fs.existsSync(p)) return;
  fs.mkdirSync(trash, { recursive: true });
  try {
    fs.renameSync(p, path.join(trash, `${process.pid}-${setAside++}`));
  } catch {
    fs.rmSync(p, { recursive: true, force: true }); // another file system: no way around deleting it now
  }
}

function clean(corpus: string, out: string) {
  for (const p of ['articles', '.arshif', 'ingest-report.json']) discard(path.join(corpus, p));
  discard(out);
}

function check(m: Measurement, what: string): Measurement {
  if (m.code !== 0) {
    log(`${what} FAILED (exit ${m.code}):\n${m.stderr.slice(-3000)}`);
    throw new Error(`${what} failed`);
  }
  return m;
}

const slim = (m?: Measurement) => m && { wallS: m.wallS, cpuS: m.cpuS, sysS: m.sysS, maxRssMB: m.maxRssMB, treeRssMB: m.treeRssMB, load: m.load };

async function benchSize(n: number) {
  const dir = path.join(path.resolve(values.work!), `n${n}-s${seed}`);
  const corpus = path.join(dir, 'corpus');
  const raw = path.join(corpus, 'raw');
  const out = path.join(dir, 'dist');
  const r: Record<string, unknown> = { articles: n, seed, dir };

  // 1. corpus (reused when an earlier run generated the same size and seed)
  const stamp = path.join(dir, '.generated');
  if (phases.has('gen') && !(fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === String(n))) {
    fs.rmSync(dir, { recursive: true, force: true });
    const t = performance.now();
    const bytes = writeCorpus(raw, 0, n, { seed });
    fs.writeFileSync(stamp, String(n));
    r.generate = { s: Math.round(performance.now() - t) / 1000, rawBytes: bytes };
    log(`n=${n}: generated ${n} raw files (${(bytes / 1e6).toFixed(1)} MB) in ${(r.generate as { s: number }).s} s`);
  }
  r.raw = dirSize(raw);

  // 2a. ingest CPU per stage, in-process without disk I/O (robust to machine load)
  if (phases.has('stages')) {
    const m = check(await measure([NODE, path.join(repo, 'src/bench/stages.ts'), String(Math.min(n, 2000)), '--seed', String(seed)]), 'stages');
    r.stages = JSON.parse(m.stdout.trim());
    log(`n=${n}: ingest stages (CPU ms/file): ${JSON.stringify(r.stages)}`);
  }

  // 2b. the site's compile (Astro bundle), into a bundle folder of its own: what `npm ci` does once per
  // version of the site (postinstall), so the phases below start from a compiled site, as on a machine that
  // has run the README's install. Its cost is reported here, not in theirs.
  if (phases.has('compile')) {
    const own = { ...childEnv, ARSHIF_BUNDLES: path.join(repo, 'node_modules', '.cache', 'arshif', `bench-${process.pid}`) };
    const m = check(await measure([NODE, cli, 'compile', '--quiet'], { env: own }), 'compile');
    r.compile = slim(m);
    discard(own.ARSHIF_BUNDLES);
    log(`n=${n}: site compile ${mb(m)}`);
  }
  if (phases.has('pages') || phases.has('build') || phases.has('incremental')) check(await measure([NODE, cli, 'compile', '--quiet'], { env: childEnv }), 'compile');

  // 2c. phases one by one, each a cold child process
  if (phases.has('ingest') || phases.has('pages') || phases.has('search')) clean(corpus, out);
  if (phases.has('ingest')) {
    const m = check(await measure([NODE, cli, 'ingest', '--corpus', corpus], { env: childEnv }), 'ingest');
    const own = m.stderr.match(/\((\d+) files\/s\)/);
    const report = JSON.parse(fs.readFileSync(path.join(corpus, 'ingest-report.json'), 'utf8'));
    // files per CPU-second is the per-core rate, whatever the threads and the machine's load; without the
    // kernel's part (reading the raw files, creating the article files) it is the rate of our own code
    const perCpu = m.cpuS ? Math.round(n / m.cpuS) : null;
    const perUserCpu = m.cpuS && m.sysS !== null ? Math.round(n / (m.cpuS - m.sysS)) : null;
    r.ingest = { ...slim(m), filesPerS: Math.round(n / m.wallS), filesPerCpuS: perCpu, filesPerUserCpuS: perUserCpu, filesPerSInternal: own ? Number(own[1]) : null, counts: report.counts };
    log(`n=${n}: ingest ${mb(m)} → ${Math.round(n / m.wallS)} files/s wall, ${perCpu} files/CPU-s, ${perUserCpu} files/user-CPU-s, kernel ${m.sysS} s (internal ${own?.[1]}); ${JSON.stringify(report.counts)}`);
  }
  if (phases.has('pages')) {
    const m = await measure([NODE, path.join(repo, 'src/bench/phase-pages.ts'), corpus, out], { env: childEnv });
    r.pages = { ...slim(m), ...(m.code ? { error: m.stderr.slice(-1500) } : {}) };
    log(`n=${n}: pages ${mb(m)}${m.code ? ` FAILED (exit ${m.code}): ${m.stderr.slice(-400)}` : ''}`);
  }
  if (phases.has('search')) {
    const m = await measure([NODE, path.join(repo, 'src/bench/phase-search.ts'), corpus, out], { env: childEnv });
    r.search = m.code ? { ...slim(m), error: m.stderr.slice(-1500) } : { ...slim(m), stats: JSON.parse(m.stdout.trim().split('\n').pop() || '{}') };
    log(`n=${n}: search index ${mb(m)}${m.code ? ` FAILED (exit ${m.code}): ${m.stderr.slice(-400)}` : ''}`);
  }

  // 3. the real thing: `arshif build` from raw files only, one process tree
  if (phases.has('build')) {
    clean(corpus, out);
    const m = check(await measure([NODE, cli, 'build', '--corpus', corpus, '--out', out], { env: childEnv }), 'build');
    r.build = { ...slim(m), log: m.stderr.split('\n').filter((l) => /ingest:|قالب|صفحات|فهرس|النشر|اكتمل/.test(l)) };
    log(`n=${n}: full build ${mb(m)}`);
  }
  r.output = dirSize(out);

  // 4. one new raw file lands on the built archive
  if (phases.has('incremental')) {
    let i = n;
    while (generatePage(i, { seed }).truth.published === null || generatePage(i, { seed }).truth.duplicateOf !== null) i++;
    const p = generatePage(i, { seed });
    fs.writeFileSync(path.join(raw, p.name), p.text);
    const m = check(await measure([NODE, cli, 'build', '--corpus', corpus, '--out', out], { env: childEnv }), 'incremental build');
    const id = p.name.replace(/\.txt$/, '');
    const built = fs.existsSync(path.join(out, 'articles', id, 'index.html'));
    r.incremental = { ...slim(m), newFile: p.name, year: p.truth.published?.slice(0, 4), pageBuilt: built, log: m.stderr.split('\n').filter((l) => /ingest:|قالب|صفحات|فهرس|النشر|اكتمل|فُهرست/.test(l)) };
    // The extractor's fingerprint covers its source code: if someone changed src/ingest (or dates, knowledge…)
    // since the last build, every file is extracted again and this is not a one-file rebuild. Flag it.
    const unchanged = Number(/(\d+) unchanged/.exec(m.stderr)?.[1] ?? NaN);
    (r.incremental as Record<string, unknown>).unchanged = unchanged;
    if (!(unchanged >= n - 1)) log(`n=${n}: WARNING: the incremental ingest re-extracted ${n + 1 - unchanged} files (extractor code changed during the run?): not a one-file measurement`);
    fs.rmSync(path.join(raw, p.name)); // keep the corpus at n files for the next run
    log(`n=${n}: one new file → build ${mb(m)}; page built: ${built}`);
  }

  // 5. search in the browser: a first query, then a follow-up typed into the box
  if (phases.has('browser') && fs.existsSync(path.join(out, 'search', 'index.html'))) {
    const { measureSearch } = await import('../src/bench/search.ts');
    // words from the corpus: a family name from one headline-bearing page, a noun from another
    const q1 = generatePage(3, { seed }).truth.headline.split(/\s+/).find((w) => w.length >= 4)!;
    const q2 = generatePage(7, { seed }).truth.firstParagraph.split(/\s+/).filter((w) => w.length >= 5 && !/\d/.test(w))[2] ?? 'الاقتصاد';
    let s;
    try {
      s = await measureSearch(out, q1.replace(/[^\p{L}]/gu, ''), q2.replace(/[^\p{L}]/gu, ''));
    } catch (e) {
      r.browserError = (e as Error).message;
      log(`n=${n}: search in the browser failed: ${(e as Error).message}`);
    }
    if (s) {
    r.browser = s;
    log(`n=${n}: search "${s.first.query}" ${(s.first.bytes / 1024).toFixed(0)} KB / ${s.first.requests} req (${s.first.results} results); ` +
      `follow-up "${s.followUp.query}" ${(s.followUp.bytes / 1024).toFixed(0)} KB / ${s.followUp.requests} req (${s.followUp.results} results)`);
    }
  }
  if (!values.keep) discard(dir);
  return r;
}

function table(rows: Record<string, any>[]): string {
  const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));
  const ok = (v: number | null | undefined, limit: number) => (v === null || v === undefined ? '' : v <= limit ? ' ✓' : ' ✗');
  const lines = [
    '| run | articles | ingest files/s wall (files/CPU-s; files/user-CPU-s) | ingest s / MB | pages s / MB | search s / MB | site compile s (at install) | phases total s | full build s | full build peak MB (proc / tree) | +1 file rebuild s | dist MB (files) | 1st query KB (req) | follow-up KB (req) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const kb = (q: any) => (q ? `${f(q.bytes / 1024, 0)} (${q.requests})` : '—');
    const total = r.ingest && r.pages && r.search ? r.ingest.wallS + r.pages.wallS + r.search.wallS : null;
    lines.push(`| ${r.run ? String(r.run).slice(11, 19) : 'now'} | ${r.articles} | ${r.ingest ? `${r.ingest.filesPerS} (${r.ingest.filesPerCpuS ?? '?'}; ${r.ingest.filesPerUserCpuS ?? '?'})${(r.ingest.filesPerCpuS ?? 0) >= TARGETS.ingestFilesPerS ? ' ✓' : ' ✗'}` : '—'} | ` +
      `${f(r.ingest?.wallS)} / ${r.ingest?.maxRssMB ?? '—'} | ${f(r.pages?.wallS)} / ${r.pages?.treeRssMB ?? '—'} | ${f(r.search?.wallS)} / ${r.search?.treeRssMB ?? '—'} | ${f(r.compile?.wallS)} | ${f(total)} | ` +
      `${f(r.build?.wallS)}${r.articles <= 10000 ? ok(r.build?.wallS, TARGETS.buildS) : ''} | ${r.build?.maxRssMB ?? '—'} / ${r.build?.treeRssMB ?? '—'}${ok(r.build?.treeRssMB, r.articles <= 10000 ? TARGETS.buildRssMB : TARGETS.bigRssMB)} | ` +
      `${f(r.incremental?.wallS)}${ok(r.incremental?.wallS, TARGETS.incrementalS)} | ${f(r.output.bytes / 1e6)} (${r.output.files}) | ` +
      `${kb(r.browser?.first)}${r.browser ? ok(r.browser.first.bytes / 1024, TARGETS.firstKB) : ''} | ${kb(r.browser?.followUp)}${r.browser ? ok(r.browser.followUp.bytes / 1024, TARGETS.followKB) : ''} |`);
  }
  return lines.join('\n');
}

if (values.table) {
  const rows = values.table.split(',').flatMap((f) => {
    const j = JSON.parse(fs.readFileSync(f, 'utf8'));
    return j.results.map((r: Record<string, unknown>) => ({ ...r, run: path.basename(f, '.json') }));
  });
  console.log(table(rows));
  process.exit(0);
}

const started = new Date();
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg() };
log(`machine: ${JSON.stringify(machine)}`);
const results: Record<string, unknown>[] = [];
const outFile = path.join(repo, 'bench-results', started.toISOString().replace(/[:.]/g, '-') + '.json');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
let failed = false;
for (const n of sizes) {
  try {
    results.push(await benchSize(n));
  } catch (e) {
    failed = true;
    log(`n=${n}: ${(e as Error).message}`);
  }
  fs.writeFileSync(outFile, JSON.stringify({ started, machine, phases: [...phases], results }, null, 1) + '\n');
}
fs.rmSync(trash, { recursive: true, force: true });
console.log(table(results as Record<string, any>[]));
log(`results: ${path.relative(process.cwd(), outFile)}`);
process.exitCode = failed ? 1 : 0;
