// mayHoldAbsoluteDate: the cheap test that lets ingest skip the date reader. It may say yes too often,
// never no to a line holding an absolute date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyDateLine, findDates, mayHoldAbsoluteDate } from '../../src/dates/index.ts';

const hasAbsolute = (line: string) =>
  [...classifyDateLine(line).dates, ...findDates(line, { ref: '2020-05-05' })].some((d) => d.kind === 'absolute' && d.iso !== null);

test('mayHoldAbsoluteDate should say yes to every line with an absolute date', () => {
  const lines = [
    'الأربعاء 16 سبتمبر 2015 - 10:30 صباحاً', 'نشر في: 2019-01-12', '12 يناير 2019 الموافق 6 جمادى الأولى 1440هـ',
    'تاريخ النشر: 12-01-2019', '2023/07/09 11:33', 'الاثنين، 15 شباط/فبراير 2010', 'سبتمبر 16، 2015', '١٦/٠٩/٢٠١٥',
    'وفي 3 تشرين الثاني 2014', '16سبتمبر2015', 'العدد 495 - الجمعة 26 يوليو 2024م', '2 ذو الحجة 1436هـ', '16\u200f/09/2015',
  ];
  for (const line of lines) {
    assert.ok(hasAbsolute(line), `fixture has no absolute date: ${line}`);
    assert.ok(mayHoldAbsoluteDate(line), line);
  }
});

test('mayHoldAbsoluteDate should say no to numbers that are not dates', () => {
  for (const line of ['منظمة الصحة العالمية: رسوم تستمر 7613 مليون نسمة', 'آخر تحديث GMT 03:33:15', 'التعليقات (8)', 'منذ 3 ساعات', 'العام 2014']) {
    assert.ok(!hasAbsolute(line), line);
    assert.equal(mayHoldAbsoluteDate(line), false, line);
  }
});
