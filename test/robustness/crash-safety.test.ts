// Issue 7: ingest killed with SIGKILL mid-run leaves no truncated article, and the next run recovers.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, startCli, runCli, checkArticles, hashTree, listFiles, readReport } from './helpers.ts';
import { writePlainCorpus } from './corpus.ts';

const PIPELINE = path.join(ROOT, 'src/cli/ingest.ts');
const skip = fs.existsSync(PIPELINE) ? false : 'the ingest pipeline (src/cli/ingest.ts) has not landed yet';
const FILES = 3000;

describe('ingest killed in the middle of a large run', { skip, timeout: 180_000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-crash-'));
  after(() => { if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true }); });

  it('should leave only complete articles and recover on the next run', async () => {
    writePlainCorpus(tmp, FILES);
    const raws = hashTree(path.join(tmp, 'raw'));
    assert.equal(raws.size, FILES);
    const articles = path.join(tmp, 'articles');

    // Kill as soon as articles are being written (the run is then mid-way through the corpus).
    const { child, done } = startCli(['ingest', '--corpus', tmp]);
    let seen = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      seen = fs.existsSync(articles) ? fs.readdirSync(articles).length : 0;
      if (seen >= 20) break;
      await sleep(5);
    }
    child.kill('SIGKILL');
    const killed = await done;
    assert.equal(killed.signal, 'SIGKILL',
      `ingest finished (code ${killed.code}) before it could be killed: ${seen} files in articles/; stderr: ${killed.stderr.slice(-2000)}`);

    // Whatever was left: every *.md is a whole, valid article (temp files are not named *.md).
    const afterKill = checkArticles(tmp);
    assert.deepEqual(afterKill.problems, []);
    assert.ok(afterKill.ids.length < FILES, 'the run was not interrupted');

    // The next run completes and accounts for every raw file.
    const rerun = await runCli(['ingest', '--corpus', tmp]);
    assert.equal(rerun.code, 0, `re-run failed:\n${rerun.stderr.slice(-3000)}`);
    const report = readReport(tmp);
    assert.deepEqual(report.files.map((f) => f.raw).sort(), [...raws.keys()].map((r) => `raw/${r}`).sort());
    for (const f of report.files) {
      assert.ok(['article', 'duplicate', 'unchanged', 'rejected'].includes(f.outcome), `${f.raw}: ${f.outcome}`);
      assert.equal(f.sha256, raws.get(f.raw.slice(4)), `${f.raw}: sha256`);
    }
    const counted = ['article', 'duplicate', 'unchanged', 'rejected'].reduce((n, k) => n + (report.counts[k] ?? 0), 0);
    assert.equal(counted, FILES, 'report counts');

    const final = checkArticles(tmp);
    assert.deepEqual(final.problems, []);
    // Every raw file's article exists; no leftover temp files once a run has completed.
    const ids = new Set(final.ids);
    for (const f of report.files) if (f.id) assert.ok(ids.has(f.id), `${f.raw}: article ${f.id}.md missing`);
    assert.deepEqual(listFiles(articles).filter((f) => !f.endsWith('.md')), [], 'temp files left in articles/');
    assert.deepEqual(hashTree(path.join(tmp, 'raw')), raws, 'raw files changed');
  });
});
