// Calendar arithmetic. Everything works on UTC day numbers so the host time zone
// can never shift a date. Hijri conversion uses Intl's islamic-umalqura calendar.

const DAY_MS = 86_400_000;

export interface YMD { y: number; m: number; d: number }

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when y-m-d exists in the Gregorian calendar (no rollover: 31 Feb is false). */
export function isValidGregorian(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of a Gregorian date. */
export function dayNumber(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // setUTCFullYear keeps years < 100 literal
  return Math.round(t.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): YMD {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Add months, clamping the day to the month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(date: YMD, months: number): YMD {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(date: YMD): string {
  return `${date.y < 0 ? '-' : ''}${pad(Math.abs(date.y), 4)}-${pad(date.m)}-${pad(date.d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function isoYear(y: number): string {
  return pad(y, 4);
}

// ---- Hijri (Umm al-Qura, via Intl) ----

// Built once: constructing Intl formatters is expensive.
const HIJRI_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});

/** The date a calendar's formatter gives a Gregorian day number. */
function dateIn(format: Intl.DateTimeFormat, n: number): YMD {
  let y = 0, m = 0, d = 0;
  for (const p of format.formatToParts(new Date(n * DAY_MS))) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') m = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  return { y, m, d };
}

/** Hijri (Umm al-Qura) date of a Gregorian day number. */
export const hijriOfDayNumber = (n: number): YMD => dateIn(HIJRI_FORMAT, n);

const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
const HIJRI_EPOCH = dayNumber(622, 7, 19); // 1 Muharram 1 AH, roughly

const hijriCache = new Map<number, number | null>();

/**
 * Gregorian day number of a Hijri date, or null if that Hijri day does not exist
 * (e.g. the 30th of a 29-day month). Searches around an estimate by formatting
 * candidate days with the islamic-umalqura calendar: no conversion tables.
 */
export function hijriToDayNumber(hy: number, hm: number, hd: number): number | null {
  if (!(hm >= 1 && hm <= 12 && hd >= 1 && hd <= 30 && hy >= 1 && hy <= 2000)) return null;
  const key = hy * 10000 + hm * 100 + hd;
  const cached = hijriCache.get(key);
  if (cached !== undefined) return cached;
  const target = (hy - 1) * MEAN_YEAR + (hm - 1) * MEAN_MONTH + hd;
  let n = Math.round(HIJRI_EPOCH + target - 1);
  let found: number | null = null;
  // Newton-style correction: a couple of steps land within a day or two.
  for (let i = 0; i < 4 && found === null; i++) {
    const h = hijriOfDayNumber(n);
    const diff = Math.round(target - ((h.y - 1) * MEAN_YEAR + (h.m - 1) * MEAN_MONTH + h.d));
    if (h.y === hy && h.m === hm && h.d === hd) found = n;
    else if (diff === 0) break;
    else n += diff;
  }
  // Final exact search in a small window around the estimate.
  for (let k = 0; found === null && k <= 3; k++) {
    for (const c of k === 0 ? [n] : [n - k, n + k]) {
      const h = hijriOfDayNumber(c);
      if (h.y === hy && h.m === hm && h.d === hd) { found = c; break; }
    }
  }
  hijriCache.set(key, found);
  return found;
}

// ---- Solar Hijri (Iran's calendar, via Intl's persian calendar) ----

const PERSIAN_FORMAT = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});


/** Gregorian date of a Solar Hijri one, or null when that day does not exist: checked against Intl near an estimate. */
export function solarHijriToGregorian(sy: number, sm: number, sd: number): YMD | null {
  if (!(sm >= 1 && sm <= 12 && sd >= 1 && sd <= (sm <= 6 ? 31 : 30))) return null;
  // the year starts at the March equinox; months 1–6 have 31 days, 7–11 have 30
  const estimate = dayNumber(sy + 621, 3, 21) + (sm <= 6 ? (sm - 1) * 31 : 186 + (sm - 7) * 30) + sd - 1;
  for (const k of [0, -1, 1, -2, 2]) {
    const p = dateIn(PERSIAN_FORMAT, estimate + k);
    if (p.y === sy && p.m === sm && p.d === sd) return fromDayNumber(estimate + k);
  }
  return null;
}

