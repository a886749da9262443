import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyDateLine } from '../../src/dates/index.ts';

type Case = [line: string, role: string, isos: (string | null)[], warnings?: number];
const cases: Case[] = [
  ['العدد 4758 - الأربعاء 16 سبتمبر 2015م الموافق 02 ذي الحجة 1436هـ', 'print-issue', ['2015-09-16', '2015-09-16'], 0],
  ['العدد 4758 - الأربعاء 16 سبتمبر 2015م الموافق 09 ذي الحجة 1436هـ', 'print-issue', ['2015-09-16', '2015-09-22'], 1],
  ['العدد ٤٧٥٨ | الخميس ١٧ سبتمبر ٢٠١٥', 'print-issue', ['2015-09-17']],
  ['تحديث: 12 مايو 2017', 'updated', ['2017-05-12']],
  ['آخر تحديث: الأربعاء 16 سبتمبر 2015 - 10:30 صباحاً', 'updated', ['2015-09-16T10:30']],
  ['اخر تحديث 16/09/2015', 'updated', ['2015-09-16']],
  ['نُشر في 16 سبتمبر 2015', 'published', ['2015-09-16']],
  ['تاريخ النشر: 2015-09-16', 'published', ['2015-09-16']],
  ['نشر بتاريخ الثلاثاء 15 أيلول 2015', 'published', ['2015-09-15']],
  ['نشر: 15/09/2015', 'published', ['2015-09-15']],
  ['آخر تحديث GMT 10:39:23', 'clock', []],
  ['10:39 صباحاً', 'clock', []],
  ['آخر تحديث للموقع: الجمعة 16 الطير 2010 - 11:20', 'clock', ['2010-04-16T11:20']],
  ['آخر تحديث للأسعار: 20-01-2024 10:00 ص', 'clock', ['2024-01-20T10:00']],
  ['التعديل الأخير: 14/02/2025 - 18:05', 'updated', ['2025-02-14T18:05']],
  ['جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©', 'copyright', ['2023']],
  ['© 2010-2023 جميع الحقوق محفوظة', 'copyright', ['2010', '2023']],
  ['حقوق النشر محفوظة', 'copyright', []],
  ['GMT 15:56 2024 الثلاثاء ,24 كانون الأول / ديسمبر', 'plain', ['2024-12-24T15:56+00:00']],
  ['الوسط – المحرر السياسي', 'plain', []],
  ['بعد نشر موسكو تعزيزات في 16 سبتمبر 2015', 'plain', ['2015-09-16']],
  ['تحديث الجيش في 16 سبتمبر 2015', 'plain', ['2015-09-16']],
  ['دافع عن حقوق الإنسان منذ العام 2014', 'plain', ['2014']],
];

for (const [line, role, isos, warnings] of cases) {
  test(`classifyDateLine should read ${JSON.stringify(line)} as ${role}`, () => {
    const r = classifyDateLine(line);
    assert.equal(r.role, role);
    assert.deepEqual(r.dates.map((d) => d.iso), isos);
    if (warnings !== undefined) assert.equal(r.warnings.length, warnings, JSON.stringify(r.warnings));
  });
}

test('classifyDateLine should give each date the role of the label before it', () => {
  const r = classifyDateLine('نشر في 16 سبتمبر 2015 - آخر تحديث 17 سبتمبر 2015');
  assert.equal(r.role, 'published');
  assert.deepEqual(r.dates.map((d) => [d.iso, d.role]), [['2015-09-16', 'published'], ['2015-09-17', 'updated']]);
});

test('classifyDateLine should read French labels, with or without their accents', () => {
  for (const line of ['Publié le 02/03/2020 à 11h48 | Mis à jour le 03/03/2020 à 08h15', 'Publie le 02/03/2020 | MIS A JOUR LE 03/03/2020']) {
    assert.deepEqual(classifyDateLine(line).dates.map((d) => [d.iso?.slice(0, 10), d.role]), [['2020-03-02', 'published'], ['2020-03-03', 'updated']], line);
  }
});

test('classifyDateLine should read "Dernière mise à jour" as the update', () => {
  assert.deepEqual(classifyDateLine('Dernière mise à jour : 8 août 2023 à 15h45').dates.map((d) => [d.iso?.slice(0, 10), d.role]), [['2023-08-08', 'updated']]);
});

test('classifyDateLine should warn when the update precedes the publication', () => {
  const r = classifyDateLine('نشر في 16 سبتمبر 2015 - آخر تحديث 12 سبتمبر 2015');
  assert.match(r.warnings.join('\n'), /before published/);
});

test('classifyDateLine should return both calendars of a print-issue header, cross-checked', () => {
  const r = classifyDateLine('العدد 4758 - الأربعاء 16 سبتمبر 2015م الموافق 02 ذي الحجة 1436هـ');
  assert.deepEqual(r.dates.map((d) => [d.calendar, d.iso, d.kind]), [['gregorian', '2015-09-16', 'absolute'], ['hijri', '2015-09-16', 'absolute']]);
  assert.equal(r.dates[1].gregorianIso, '2015-09-15');
  assert.equal(r.dates[1].hijri, '1436-12-02');
});

test('classifyDateLine should resolve relative labels only with a reference', () => {
  assert.equal(classifyDateLine('آخر تحديث: منذ 3 ساعات').dates[0].iso, null);
  const r = classifyDateLine('آخر تحديث: منذ 3 ساعات', { ref: '2020-06-15T12:00' });
  assert.equal(r.role, 'updated');
  assert.equal(r.dates[0].iso, '2020-06-15T09:00');
});
