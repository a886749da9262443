import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, normalizeDigits } from '../../src/dates/index.ts';
import { table } from './helpers.ts';

table('invalid dates are rejected, not rolled over', [
  ['31 شباط 2015', []],
  ['30 فبراير 2016', []],
  ['29 فبراير 2015', []],
  ['31 نيسان 2019', []],
  ['31 سبتمبر 2015', []],
  ['0 مارس 2015', []],
  ['32 مارس 2015', []],
  ['16/13/2015', []],
  ['32/01/2015', []],
  ['2015-13-01', []],
  ['2015-02-30', []],
  ['00/00/2015', []],
  ['31 شباط', []],
  ['31 محرم 1437هـ', []],
  ['2015-09-16T25:00', []],
]);

table('things that are not dates', [
  ['', []],
  ['وتحمل واشنطن الاسد مسؤولية سقوط سوريا في مستنقع الحرب التي اودت بحياة 240 الف شخص', []],
  ['جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©', []],
  ['العدد 4758', []],
  ['التعليقات (5)', []],
  ['لتتمكن من التعليق بـ3000 حرف', []],
  ['الملكة رانيا تربعت على عرش الموضة بذوقها الراقي في 2024', []],
  ['الوجهات السياحية المفضلة للشباب خلال 2024', []],
  ['مارس الرئيس ضغوطا كبيرة', []],
  ['سيارة نيسان الجديدة', []],
  ['ارتفع المؤشر 1.5% إلى 2015 نقطة', []],
  ['الساعة', []],
  ['آخر تحديث GMT 10:39:23', []],
  ['النتيجة 3/1 للفريق', []],
  ['اتصل على 0555/12/345', []],
  ['موسم 2015/2016', []],
  ['يونيو', []],
  ['آب', []],
  ['الجمعة', []],
  ['ماي فريند', []],
  ['فاز 2 رجب على خصمه', []],
  ['قتل 16 شخصا في سبتمبر الأسود', []],
]);

test('normalizeDigits should turn Arabic-Indic and Persian digits into ASCII and leave the rest', () => {
  assert.equal(normalizeDigits('١٢٣٤٥٦٧٨٩٠'), '1234567890');
  assert.equal(normalizeDigits('۱۲۳۴۵۶۷۸۹۰'), '1234567890');
  assert.equal(normalizeDigits('العدد ٤٧٥٨ - 2015م'), 'العدد 4758 - 2015م');
  assert.equal(normalizeDigits('بلا أرقام'), 'بلا أرقام');
});

test('findDates should reject a malformed reference', () => {
  assert.throws(() => findDates('أمس', { ref: '2020-13-01' }), RangeError);
  assert.throws(() => findDates('أمس', { ref: 'yesterday' }), RangeError);
});

test('findDates should accept a Date object as reference, read in UTC', () => {
  const [d] = findDates('منذ 3 ساعات', { ref: new Date(Date.UTC(2020, 5, 15, 1, 0)) });
  assert.equal(d.iso, '2020-06-14T22:00+00:00');
});

test('findDates should report dates in order with offsets into the original text', () => {
  const text = 'نشر في ١٦ سبتمبر ٢٠١٥، وأُعيد نشره أمس.';
  const got = findDates(text, { ref: '2015-09-20' });
  assert.deepEqual(got.map((d) => [d.text, d.index, d.iso]), [['١٦ سبتمبر ٢٠١٥', 7, '2015-09-16'], ['أمس', 35, '2015-09-19']]);
});

test('findDates should carry warnings for contradicting weekdays', () => {
  const [d] = findDates('الأحد 16 سبتمبر 2015');
  assert.equal(d.iso, null);
  assert.match(d.warnings![0], /weekday/);
});
