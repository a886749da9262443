// Watch mode: a burst of new raw files is ingested in one debounced cycle.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** A distinct article per i: pseudo-words from a seeded generator, so no two pages share their text. */
function page(i: number): string {
  let seed = (i + 1) * 2654435761;
  const rnd = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822519) >>> 0) % 1000) / 1000;
  const word = () => Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => LETTERS[Math.floor(rnd() * LETTERS.length)]).join('');
  const para = () => Array.from({ length: 30 }, word).join(' ') + '، وقال مصدر إن الأمر مستمر.';
  return [`عنوان الخبر رقم ${i} عن ${word()} و${word()}`, para(), para(), para(), para()].join('\n\n');
}

it('should ingest a burst of 60 files in one cycle after the burst', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-watch-'));
  fs.mkdirSync(path.join(dir, 'raw'));
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/arshif.ts'), 'watch', '--corpus', dir, '--no-site', '--debounce', '800'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const waitFor = async (re: RegExp, ms: number) => {
    const end = Date.now() + ms;
    while (!re.test(out) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    return re.test(out);
  };
  try {
    assert.ok(await waitFor(/\[1\] ingest/, 20_000), out);
    for (let i = 0; i < 60; i++) {
      // each file is a distinct article: a different paragraph keeps them from being duplicates
      fs.writeFileSync(path.join(dir, 'raw', `page-${i}.txt`), page(i));
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(await waitFor(/\[2\] ingest: 60 new/, 30_000), out);
    await new Promise((r) => setTimeout(r, 2500));
    assert.doesNotMatch(out, /\[3\]/, 'one cycle for the whole burst');
    assert.equal(fs.readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.md')).length, 60);
  } finally {
    const exited = child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
