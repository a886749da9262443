// Reading Hijri dates. Conversion to Gregorian goes through Intl's islamic-umalqura
// calendar (calendar.ts); the written weekday may differ by one day (moon sighting).
import { fromDayNumber, weekdayOf, hijriOfDayNumber, hijriToDayNumber, isoDate, type YMD } from './calendar.ts';
import { weekdayAgrees } from './checks.ts';
import { closestDay } from './infer.ts';
import { AMBIGUOUS_HIJRI, collapse, HIJRI_MONTH, WEEKDAY } from './patterns.ts';
import type { Ref } from './reference.ts';
import type { Reading } from './types.ts';

type Groups = Record<string, string | undefined>;
type Spans = Record<string, [number, number] | undefined>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const hijriText = (y: number | null, m: number, d?: number) =>
  (y === null ? '-' : pad(y, 4)) + '-' + pad(m) + (d === undefined ? '' : '-' + pad(d));

const reading = (over: Partial<Reading>): Reading => ({
  calendar: 'hijri', kind: 'absolute', ymd: null, coarse: null, time: null, takesTime: false, warnings: [], ...over,
});

/** A full Hijri date → reading with its Umm al-Qura Gregorian day. */
function convert(y: number, m: number, d: number, weekday: number | undefined, kind: 'absolute' | 'partial'): Reading {
  const warnings: string[] = [];
  const dn = hijriToDayNumber(y, m, d);
  if (dn === null) {
    // Only a 30th can be missing: the month has 29 days in Umm al-Qura, local sighting may differ.
    warnings.push(`day ${d} does not exist in month ${m} of ${y} in the Umm al-Qura calendar`);
    return reading({ kind, gregorianIso: null, hijri: hijriText(y, m, d), hijriYmd: { y, m, d }, takesTime: true, warnings });
  }
  // a written weekday a day off the table is the local sighting's day: the Gregorian day is that weekday's
  const table = fromDayNumber(dn);
  const shift = weekday === undefined ? 0 : oneDayToward(weekdayOf(table.y, table.m, table.d), weekday);
  const g = fromDayNumber(dn + shift);
  const ymd = weekdayAgrees(g, weekday, warnings, true) ? g : null;
  return reading({ kind, ymd, gregorianIso: isoDate(g), hijri: hijriText(y, m, d), hijriYmd: { y, m, d }, takesTime: true, warnings });
}

/** -1 or +1 when `weekday` is the day before or after `actual`, else 0. */
function oneDayToward(actual: number, weekday: number): number {
  if ((actual + 1) % 7 === weekday) return 1;
  if ((weekday + 1) % 7 === actual) return -1;
  return 0;
}

export function readHijriNumeric(y: number, m: number, d: number): Reading | 'invalid' {
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 1600) return 'invalid';
  return convert(y, m, d, undefined, 'absolute');
}

export interface Placed { reading: Reading; start: number; end: number }

export function readNamedHijri(g: Groups, at: Spans, start: number, end: number, ref: Ref | null): Placed | null | 'invalid' {
  if (g.hm0 !== undefined) {
    // "رمضان 1445هـ": a month, no day. No Gregorian equivalent of a whole Hijri month.
    const y = Number(g.hy0);
    if (y < 1 || y > 1600) return null;
    return { reading: reading({ kind: 'partial', hijri: hijriText(y, HIJRI_MONTH.get(collapse(g.hm0))!) }), start, end };
  }
  const month = HIJRI_MONTH.get(collapse(g.hm!))!;
  const day = Number(g.hd);
  if (day < 1 || day > 30) return 'invalid';
  let year = g.hy === undefined ? undefined : Number(g.hy);
  // Without هـ only a plausible 4-digit year counts ("2 محرم 12 قتيلا" is not year 12).
  if (year !== undefined && (g.hym === undefined ? g.hy!.length !== 4 || year < 1300 || year > 1600 : year < 1 || year > 1600)) {
    year = undefined;
    end = at.hm![1];
  }
  if (year === undefined && AMBIGUOUS_HIJRI.has(collapse(g.hm!))) return null; // "5 صفر" may be a score
  const weekday = g.hwd === undefined ? undefined : WEEKDAY.get(collapse(g.hwd));
  if (year !== undefined) return { reading: convert(year, month, day, weekday, 'absolute'), start, end };

  if (!ref) return { reading: reading({ kind: 'partial', hijri: hijriText(null, month, day), takesTime: true }), start, end };
  // No year: the nearest Hijri year around the reference.
  const hy = hijriOfDayNumber(ref.dn).y;
  const byGreg = new Map<string, number>();
  const cands: YMD[] = [];
  for (const y of [hy - 1, hy, hy + 1]) {
    const dn = hijriToDayNumber(y, month, day);
    if (dn === null) continue;
    const c = fromDayNumber(dn);
    if (weekday !== undefined) {
      const gap = Math.abs(weekdayOf(c.y, c.m, c.d) - weekday);
      if (gap > 1 && gap < 6) continue; // a one-day slip is normal for Hijri dates
    }
    cands.push(c);
    byGreg.set(isoDate(c), y);
  }
  const best = closestDay(cands, ref, undefined);
  if (!best) {
    return { reading: reading({ kind: 'partial', hijri: hijriText(null, month, day), takesTime: true, warnings: ['no Hijri year near the reference fits'] }), start, end };
  }
  const r = convert(byGreg.get(isoDate(best))!, month, day, weekday, 'partial');
  return { reading: r, start, end };
}
