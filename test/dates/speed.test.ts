// findDates must be linear and fast: ingest runs at ≥ 2,000 files/s.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findDates } from '../../src/dates/index.ts';

const rawDir = fileURLToPath(new URL('../../corpus/raw/', import.meta.url));
const pages = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(rawDir + f, 'utf8'));

/** CPU microseconds per call (CPU time: other processes on the machine do not count). */
function cpuMicros(fn: () => void, rounds: number): number {
  const c = process.cpuUsage();
  for (let i = 0; i < rounds; i++) fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / rounds;
}

/** A plain pass over every character: the machine's speed today (shared CI boxes vary a lot). */
let sink = 0; // keeps the baseline loop from being optimised away
function baseline(): number {
  return cpuMicros(() => { for (const p of pages) for (let i = 0; i < p.length; i++) sink += p.charCodeAt(i); }, 200) / pages.length;
}

test('findDates should read sample pages faster than 2,000 pages per second, at a small multiple of one pass over the text', () => {
  for (let i = 0; i < 50; i++) for (const p of pages) findDates(p, { ref: '2024-12-24T12:00' });
  let perPage = Infinity, pass = Infinity;
  for (let r = 0; r < 3; r++) {
    perPage = Math.min(perPage, cpuMicros(() => { for (const p of pages) findDates(p, { ref: '2024-12-24T12:00' }); }, 50) / pages.length);
    pass = Math.min(pass, baseline());
  }
  // 500 µs per page is the whole ingest budget at 2,000 pages/s.
  assert.ok(perPage < 500, `${perPage.toFixed(0)} µs per page`);
  assert.ok(perPage < 40 * pass, `${perPage.toFixed(0)} µs per page = ${(perPage / pass).toFixed(1)} plain passes over it`);
});

test('findDates should take time linear in the input, even on adversarial text', () => {
  const shapes = ['1 ', '16' + ' '.repeat(50), 'الأربعاء ', 'منذ 3 ', 'سبتمبر / ', '1/', 'اليوم ', 'ا'];
  for (const s of shapes) {
    const small = s.repeat(Math.ceil(20_000 / s.length));
    const big = small.repeat(8);
    findDates(small);
    const a = cpuMicros(() => findDates(small), 3);
    const b = cpuMicros(() => findDates(big), 1);
    assert.ok(b < a * 8 * 3 + 20_000, `${JSON.stringify(s)}: ${a.toFixed(0)} µs → ${b.toFixed(0)} µs for 8× the text`);
    assert.ok(b < 2_000_000, `${JSON.stringify(s)}: ${b.toFixed(0)} µs for ${big.length} characters`);
  }
});
