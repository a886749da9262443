// The one place that turns numbers and dates into Arabic text, so the digit style stays consistent.
import { DIGITS, type Digits } from './config.ts';

const numberFormats = new Map<Digits, Intl.NumberFormat>();

export function formatNumber(n: number, digits: Digits = DIGITS): string {
  let f = numberFormats.get(digits);
  if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat('ar', { numberingSystem: digits })));
  return f.format(n);
}

export interface ParsedDate {
  date: Date;
  hasTime: boolean;
  /** Time zone to show the wall time in: the offset written in the source, or UTC for naive times. */
  timeZone: string;
}

/** Parse the schema's ISO strings; a date without offset is taken as written (shown in UTC, not shifted). */
export function parseIso(iso: string | null | undefined): ParsedDate | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return null;
  const [, day, time, zone] = m;
  const offset = !zone || zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = new Date(`${day}T${time ?? '00:00'}${offset}`);
  if (Number.isNaN(date.getTime())) return null;
  return { date, hasTime: Boolean(time), timeZone: offset === 'Z' ? 'UTC' : offset };
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per options/locale/digits/zone.
// Options are the module's constants below, so they key the cache by identity (no string built per call).
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const WEEKDAY_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', ...DAY };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

function fmt(locale: string, opts: Intl.DateTimeFormatOptions, p: ParsedDate, digits: Digits): string {
  let byKey = formatters.get(opts);
  if (!byKey) formatters.set(opts, (byKey = new Map()));
  const key = `${locale}|${digits}|${p.timeZone}`;
  let f = byKey.get(key);
  if (!f) byKey.set(key, (f = new Intl.DateTimeFormat(locale, { ...opts, numberingSystem: digits, timeZone: p.timeZone })));
  return f.format(p.date);
}

/** "الخميس، 17 سبتمبر 2015" (+ "، 10:30 ص" when the source gave a time). */
export function formatGregorian(iso: string | null | undefined, digits: Digits = DIGITS): string | null {
  const p = parseIso(iso);
  if (!p) return null;
  const day = fmt('ar', WEEKDAY_DAY, p, digits);
  return p.hasTime ? `${day}، ${fmt('ar', TIME, p, digits)}` : day;
}

/** Umm al-Qura Hijri equivalent: "4 ذو الحجة 1436 هـ". */
export function formatHijri(iso: string | null | undefined, digits: Digits = DIGITS): string | null {
  const p = parseIso(iso);
  return p ? fmt('ar-SA-u-ca-islamic-umalqura', DAY, p, digits) : null;
}

/** Short date for lists: "17 سبتمبر 2015". */
export function formatShortDate(iso: string | null | undefined, digits: Digits = DIGITS): string | null {
  const p = parseIso(iso);
  return p ? fmt('ar', DAY, p, digits) : null;
}

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Month name (1-12), matching what Intl prints for the "ar" locale. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

export const formatMonth = (year: string | number, month: number, digits: Digits = DIGITS): string =>
  `${monthName(month)} ${formatNumber(Number(year), digits).replace(/[,٬]/g, '')}`;

/** A year without grouping separators ("2015", not "2,015"). */
export const formatYear = (year: string | number, digits: Digits = DIGITS): string =>
  formatNumber(Number(year), digits).replace(/[,٬]/g, '');

type PluralForms = Record<Intl.LDMLPluralRule, string>;
const pluralRules = new Intl.PluralRules('ar');

/** Arabic count phrase with the right plural form; "{n}" in a form is replaced by the formatted number. */
export function plural(n: number, forms: PluralForms, digits: Digits = DIGITS): string {
  return forms[pluralRules.select(n)].replace('{n}', formatNumber(n, digits));
}

export const articlesCount = (n: number, digits: Digits = DIGITS) =>
  plural(n, { zero: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: '{n} مقالات', many: '{n} مقالًا', other: '{n} مقال' }, digits);

export const commentsCount = (n: number, digits: Digits = DIGITS) =>
  plural(n, { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '{n} تعليقات', many: '{n} تعليقًا', other: '{n} تعليق' }, digits);

export const sourcesCount = (n: number, digits: Digits = DIGITS) =>
  plural(n, { zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: '{n} مصادر', many: '{n} مصدرًا', other: '{n} مصدر' }, digits);
