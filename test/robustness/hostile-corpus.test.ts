// Issue 7, "Input robustness": a hostile corpus through the real CLI, then the real site in Chromium.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runCli, hashTree, listFiles, readReport, checkArticles, sha256, type Report, type CliRun } from './helpers.ts';
import { writeHostileCorpus, type GenFile } from './corpus.ts';

const PIPELINE = path.join(ROOT, 'src/cli/ingest.ts');
const skip = fs.existsSync(PIPELINE) ? false : 'the ingest pipeline (src/cli/ingest.ts) has not landed yet';

describe('hostile corpus through the real CLI', { skip, timeout: 240_000 }, () => {
  let tmp: string;
  let files: GenFile[];
  let before_: Map<string, string>;
  let ingest: CliRun;
  let report: Report;
  const byRaw = new Map<string, Report['files'][number]>();

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-hostile-'));
    files = writeHostileCorpus(tmp);
    before_ = hashTree(path.join(tmp, 'raw'));
    ingest = await runCli(['ingest', '--corpus', tmp]);
    if (fs.existsSync(path.join(tmp, 'ingest-report.json'))) {
      report = readReport(tmp);
      for (const f of report.files) byRaw.set(f.raw, f);
    }
  });
  after(() => { if (tmp && !process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true }); });

  it('should generate at least 500 raw files of every kind', () => {
    assert.ok(files.length >= 500, String(files.length));
    assert.equal(before_.size, files.length);
  });

  it('should exit 0 even though many files are rejected', () => {
    assert.equal(ingest.code, 0, `ingest failed (${ingest.code}, ${ingest.signal}):\n${ingest.stderr.slice(-3000)}`);
    assert.ok(ingest.ms < 60_000, `ingest took ${ingest.ms.toFixed(0)} ms`);
  });

  it('should report every raw file exactly once with an outcome and its hash', () => {
    assert.ok(report, 'no ingest-report.json');
    assert.equal(report.version, 1);
    const reported = report.files.map((f) => f.raw).sort();
    assert.equal(new Set(reported).size, reported.length, 'a raw file is reported twice');
    assert.deepEqual(reported, [...before_.keys()].map((rel) => `raw/${rel}`).sort());
    for (const f of report.files) {
      assert.ok(['article', 'rejected', 'duplicate', 'unchanged'].includes(f.outcome), `${f.raw}: outcome ${f.outcome}`);
      assert.equal(f.sha256, before_.get(f.raw.slice(4)), `${f.raw}: sha256`);
      assert.ok(Array.isArray(f.warnings), `${f.raw}: warnings`);
      if (f.outcome === 'rejected') assert.ok(f.reason && f.reason.length > 0, `${f.raw}: rejected without a reason`);
      if (f.outcome === 'article') assert.ok(f.id, `${f.raw}: article without id`);
    }
    const counts: Record<string, number> = {};
    for (const f of report.files) counts[f.outcome] = (counts[f.outcome] ?? 0) + 1;
    for (const k of ['article', 'rejected', 'duplicate']) assert.equal(report.counts[k] ?? 0, counts[k] ?? 0, `counts.${k}`);
  });

  it('should reject each bad file with its reason and keep every readable article', () => {
    const wrong: string[] = [];
    for (const g of files) {
      const f = byRaw.get(`raw/${g.rel}`);
      if (!f) { wrong.push(`${g.rel}: missing`); continue; }
      if (g.expect === 'rejected' && (f.outcome !== 'rejected' || !g.reason!.test(f.reason ?? ''))) {
        wrong.push(`${g.rel}: expected rejection ${g.reason}, got ${f.outcome} ${f.reason ?? ''}`);
      }
      if (g.expect === 'kept' && f.outcome === 'rejected') wrong.push(`${g.rel}: rejected (${f.reason})`);
    }
    assert.deepEqual(wrong, []);
  });

  it('should leave the raw files byte-identical', () => {
    assert.deepEqual(hashTree(path.join(tmp, 'raw')), before_);
  });

  it('should write only articles that parse with gray-matter and validate against the schema', () => {
    const { ids, problems } = checkArticles(tmp);
    assert.deepEqual(problems, []);
    const expected = new Set(report.files.filter((f) => f.outcome === 'article').map((f) => f.id!));
    assert.deepEqual(new Set(ids), expected);
    // Nothing but articles in articles/: no temp files left behind.
    assert.deepEqual(listFiles(path.join(tmp, 'articles')).filter((f) => !f.endsWith('.md')), []);
  });

  it('should keep YAML injections inside string values', async () => {
    const matter = (await import('gray-matter')).default;
    for (const f of report.files.filter((x) => x.outcome === 'article' && x.raw.startsWith('raw/inject/'))) {
      const { data } = matter(fs.readFileSync(path.join(tmp, 'articles', `${f.id}.md`), 'utf8'), {});
      assert.notEqual(data.title, 'pwned', f.raw);
      assert.notEqual(data.layout, 'evil', f.raw);
      assert.notEqual(data.headline, 'pwned', f.raw);
      assert.notEqual(data.source?.name, 'pwned', f.raw);
      assert.equal(data.raw?.sha256, sha256(fs.readFileSync(path.join(tmp, f.raw))), `${f.raw}: provenance`);
    }
  });

  it('should build the site and run no injected script in Chromium', { timeout: 200_000 }, async () => {
    const out = path.join(tmp, 'dist');
    const build = await runCli(['build', '--skip-ingest', '--corpus', tmp, '--out', out, '--quiet']);
    assert.equal(build.code, 0, `build failed:\n${build.stderr.slice(-3000)}`);

    const { launchBrowser } = await import('../helpers/browser.ts');
    const { serveStatic } = await import('../../src/lib/static-server.ts');
    const { articlePath } = await import('../../src/lib/urls.ts');
    const server = await serveStatic(out);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      const injected = report.files.filter((f) => f.outcome === 'article' && f.raw.startsWith('raw/inject/'));
      assert.ok(injected.length >= 50, `only ${injected.length} injected articles were written`);
      const urls = new Set<string>(['', 'search/', ...injected.map((f) => articlePath(f.id!))]);
      const visited: string[] = [];
      for (const u of urls) {
        const res = await page.goto(`${server.url}/${u}`, { waitUntil: 'load' });
        assert.equal(res?.status(), 200, u);
        visited.push(u);
        // Give onerror/onload handlers of injected <img>/<svg> a chance to fire.
        await page.waitForTimeout(u.startsWith('articles/') ? 20 : 100);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
          handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) && /pwned|alert/.test(a.value))).length,
          rawLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/raw/"]')].map((a) => a.href),
        }));
        assert.equal(state.pwned, undefined, `script ran on /${u}`);
        assert.equal(state.jsLinks, 0, `javascript: URL on /${u}`);
        assert.equal(state.handlers, 0, `inline event handler on /${u}`);
        // The provenance copies of injected raw files must be inert text too.
        for (const raw of state.rawLinks) {
          const r = await page.goto(raw, { waitUntil: 'load' });
          assert.match(r?.headers()['content-type'] ?? '', /^text\/plain/, raw);
          assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, raw);
        }
      }
      assert.deepEqual(dialogs, []);
      assert.ok(visited.length >= 50);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
