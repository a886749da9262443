import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = process.execPath;
const cli = (...args: string[]) => JSON.parse(execFileSync(node, ['scripts/arshif.ts', 'date', ...args], { cwd: root, encoding: 'utf8' }));

test('the date CLI should print the dates of a text as JSON', () => {
  assert.deepEqual(cli('--', 'العدد 4758 - الأربعاء 16 سبتمبر 2015م الموافق 02 ذي الحجة 1436هـ'), [
    { text: 'الأربعاء 16 سبتمبر 2015م', iso: '2015-09-16', calendar: 'gregorian', kind: 'absolute' },
    { text: '02 ذي الحجة 1436هـ', iso: '2015-09-16', calendar: 'hijri', kind: 'absolute' },
  ]);
});

test('the date CLI should resolve relative dates against --ref and join several words', () => {
  assert.deepEqual(cli('--ref', '2020-06-15T12:00', 'نشر', 'منذ', '3', 'ساعات'), [
    { text: 'منذ 3 ساعات', iso: '2020-06-15T09:00', calendar: 'gregorian', kind: 'relative' },
  ]);
  assert.deepEqual(cli('--', '--ref', '2020-06-15T12:00', 'أمس'), [{ text: 'أمس', iso: '2020-06-14', calendar: 'gregorian', kind: 'relative' }]);
});

test('the date CLI should give null for relative dates without --ref', () => {
  assert.deepEqual(cli('أمس'), [{ text: 'أمس', iso: null, calendar: 'gregorian', kind: 'relative' }]);
});

test('the date CLI should print [] when there is no date', () => {
  assert.deepEqual(cli('240 الف شخص'), []);
});

test('the date CLI should read standard input when no text is given', () => {
  const out = execFileSync(node, ['scripts/arshif.ts', 'date'], { cwd: root, encoding: 'utf8', input: 'تحديث: 12 مايو 2017' });
  assert.deepEqual(JSON.parse(out), [{ text: '12 مايو 2017', iso: '2017-05-12', calendar: 'gregorian', kind: 'absolute' }]);
});

test('the date CLI should fail with status 2 on a bad --ref', () => {
  const r = spawnSync(node, ['scripts/arshif.ts', 'date', '--ref', 'tomorrow', 'أمس'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /invalid reference/);
});

test('a mistyped flag should fail with status 2, name the flag and show the usage, not a stack trace', () => {
  const r = spawnSync(node, ['scripts/arshif.ts', 'date', '--bogus', 'أمس'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /arshif date: Unknown option '--bogus'/);
  assert.match(r.stderr, /usage: arshif date/);
  assert.doesNotMatch(r.stderr, /at parseArgs|node:internal/);
});

test('--help after a command should print that command\'s usage', () => {
  const r = spawnSync(node, ['scripts/arshif.ts', 'eval', '--help'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /usage: arshif eval \[--fixtures DIR/);
});
