// One writer per corpus: a second build is refused while another process holds the corpus, a dead
// owner's lock is taken over, and a process may nest (build runs ingest in-process).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPaths } from '../../src/lib/corpus.ts';
import { withCorpusLock } from '../../src/lib/corpus-lock.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('corpus lock', () => {
  it('should refuse a second writer, name the owner, and take over a dead owner\'s lock', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-lock-'));
    const paths = corpusPaths(dir);
    const lock = path.join(dir, '.arshif', 'lock');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.mkdirSync(path.dirname(lock), { recursive: true });
      fs.writeFileSync(lock, String(sleeper.pid));
      const run = await promisify(execFile)(process.execPath, ['scripts/arshif.ts', 'ingest', '--corpus', dir], { cwd: ROOT }).catch((e) => e);
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`another arshif process \\(pid ${sleeper.pid}\\)`));
      assert.equal(fs.readFileSync(lock, 'utf8'), String(sleeper.pid), 'the owner\'s lock was touched');

      sleeper.kill();
      await new Promise((r) => sleeper.once('exit', r));
      const nested = await withCorpusLock(paths, () => withCorpusLock(paths, () => fs.readFileSync(lock, 'utf8')));
      assert.equal(nested, String(process.pid));
      assert.ok(!fs.existsSync(lock), 'the lock was not released');
    } finally {
      sleeper.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
