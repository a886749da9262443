// Reading Gregorian dates: month names in every naming system, and numeric forms.
import { daysInMonth, isoMonth, isValidGregorian, solarHijriToGregorian, weekdayOf, type YMD } from './calendar.ts';
import { weekdayAgrees } from './checks.ts';
import { closestDay, closestMonthYear, type Qualifier } from './infer.ts';
import { collapse, GREGORIAN_MONTH, HIJRI_MARK, QUALIFIER, WEEKDAY } from './patterns.ts';
import { formatOffset, type Ref } from './reference.ts';
import type { Reading, TimeOfDay } from './types.ts';
import { readHijriNumeric } from './hijri.ts';

type Groups = Record<string, string | undefined>;
type Spans = Record<string, [number, number] | undefined>;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;
const LIBYAN_ERA = /^[ ]*و[ ]*\.?[ ]*ر(?![\u0621-\u064A])\.?/;
const LIBYAN_ERA_OFFSET = 632;
/** Years written before the weekday ("2024 الثلاثاء ,24 …"): a site-stamp shape, recent years only. */
const MIN_LEADING_YEAR = 1900;

const reading = (over: Partial<Reading>): Reading => ({
  calendar: 'gregorian', kind: 'absolute', ymd: null, coarse: null, time: null, takesTime: false, warnings: [], ...over,
});

/** Longest possible month length, so yearless "29 شباط" passes and "31 شباط" does not. */
const maxDays = (m: number) => (m === 2 ? 29 : daysInMonth(2000, m));

export interface Placed { reading: Reading; start: number; end: number }

/** null: not a date (look again inside); 'invalid': a date that cannot exist (skip it whole). */
export function readNamedGregorian(g: Groups, at: Spans, start: number, end: number, ft: string, ref: Ref | null): Placed | null | 'invalid' {
  const months = [...new Set([g.gm, g.gm2, g.gm3].filter((x) => x !== undefined).map((x) => GREGORIAN_MONTH.get(collapse(x!))!))];
  const monthEnd = g.gm3 ? ft.indexOf(')', at.gm3![1]) + 1 : (at.gm2 ?? at.gm)![1];
  let year = g.gy === undefined ? undefined : Number(g.gy);
  // Libya's years "و.ر" (1986–2011) count from the Prophet's death, 632: "14 الطير 1378 و.ر" is 14 April 2010
  const era = year === undefined ? null : LIBYAN_ERA.exec(ft.slice(end));
  if (era && year !== undefined) {
    year += LIBYAN_ERA_OFFSET;
    end += era[0].length;
  }
  if (year !== undefined && (year < MIN_YEAR || year > MAX_YEAR)) {
    year = undefined; // not a year after all: "16 سبتمبر 2400 جندي"
    end = monthEnd;
  }
  if (g.gyb !== undefined) {
    const yb = Number(g.gyb);
    if (year === undefined && yb >= MIN_LEADING_YEAR && yb <= MAX_YEAR) year = yb;
    else { start = at.gyb![1]; while (ft[start] === ' ') start++; }
  }
  const qual = g.gq !== undefined && year === undefined ? (QUALIFIER.get(collapse(g.gq)) as Qualifier) : undefined;
  if (g.gq !== undefined && year !== undefined && g.gy !== undefined) end = (at.gym ?? at.gy)![1]; // a qualifier after a year says nothing
  const weekday = g.gwd === undefined ? undefined : WEEKDAY.get(collapse(g.gwd));
  const warnings: string[] = [];
  const conflict = months.length > 1;
  const pairText = conflict ? `${g.gm}/${g.gm2 ?? g.gm3}` : '';

  if (g.gd === undefined) {
    // Month without a day: only a date when a year, "شهر" or a qualifier says so ("مارس" is also a verb).
    if (year === undefined && g.gsh === undefined && qual === undefined) return null;
    if (g.gwd !== undefined) { start = at.gm![0]; if (g.gsh !== undefined) start = at.gsh![0]; }
    if (conflict) {
      warnings.push(`paired month names disagree (${pairText}); month dropped`);
      return { reading: reading({ kind: 'partial', warnings }), start, end };
    }
    const m = months[0];
    const y = year ?? (ref ? closestMonthYear(m, ref, qual) : undefined);
    return { reading: reading({ kind: 'partial', coarse: y === undefined ? null : isoMonth(y, m) }), start, end };
  }

  const day = Number(g.gd);
  if (day < 1 || !months.some((m) => day <= maxDays(m))) return 'invalid'; // 31 شباط: rejected, never rolled over

  if (year !== undefined) {
    const valid = months.filter((m) => isValidGregorian(year, m, day));
    if (valid.length === 0) return 'invalid'; // 29 شباط 2015
    let month: number | undefined = valid[0];
    if (conflict) {
      const byWeekday = weekday === undefined ? [] : valid.filter((m) => weekdayOf(year, m, day) === weekday);
      if (byWeekday.length === 1) month = byWeekday[0];
      else if (valid.length !== 1 || weekday !== undefined) month = undefined;
      warnings.push(month === undefined
        ? `paired month names disagree (${pairText}); date dropped`
        : `paired month names disagree (${pairText}); chose month ${month} by ${byWeekday.length === 1 ? 'weekday' : 'validity'}`);
    }
    let ymd: YMD | null = month === undefined ? null : { y: year, m: month, d: day };
    if (ymd && !conflict && !weekdayAgrees(ymd, weekday, warnings)) ymd = null;
    return { reading: reading({ ymd, takesTime: true, warnings }), start, end };
  }

  // No year: resolved against the reference only.
  let ymd: YMD | null = null;
  if (ref) {
    let cands: YMD[] = [];
    for (const m of months) for (const y of [ref.y - 1, ref.y, ref.y + 1]) if (isValidGregorian(y, m, day)) cands.push({ y, m, d: day });
    if (weekday !== undefined) {
      cands = cands.filter((c) => weekdayOf(c.y, c.m, c.d) === weekday);
      if (cands.length === 0) warnings.push('no year near the reference has this day on the written weekday');
    }
    ymd = closestDay(cands, ref, qual);
    if (ymd && conflict && new Set(cands.map((c) => c.m)).size > 1) {
      warnings.push(`paired month names disagree (${pairText}); date dropped`);
      ymd = null;
    } else if (conflict && ymd) warnings.push(`paired month names disagree (${pairText}); chose month ${ymd.m} by weekday`);
  } else if (conflict) warnings.push(`paired month names disagree (${pairText})`);
  return { reading: reading({ kind: 'partial', ymd, takesTime: true, warnings }), start, end };
}

/** Month-first order: "سبتمبر 16، 2015", "آب (أغسطس) 23, 2014". */
export function readMonthFirst(g: Groups): Reading | 'invalid' | null {
  const m = GREGORIAN_MONTH.get(collapse(g.g2m!))!;
  if (g.g2m3 !== undefined && GREGORIAN_MONTH.get(collapse(g.g2m3)) !== m) return null;
  const d = Number(g.g2d), y = Number(g.g2y);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (!isValidGregorian(y, m, d)) return 'invalid';
  const warnings: string[] = [];
  const ymd: YMD = { y, m, d };
  const weekday = g.g2wd === undefined ? undefined : WEEKDAY.get(collapse(g.g2wd));
  return reading({ ymd: weekdayAgrees(ymd, weekday, warnings) ? ymd : null, takesTime: true, warnings });
}

/** "16 الجاري" (this month), "16 الماضي" (last month): needs the reference for month and year. */
export function readDayOfRelativeMonth(g: Groups, ref: Ref | null): Reading | 'invalid' {
  const d = Number(g.g3d);
  if (d < 1 || d > 31) return 'invalid';
  if (!ref) return reading({ kind: 'partial', takesTime: true });
  const q = QUALIFIER.get(collapse(g.g3q!))!;
  const total = ref.y * 12 + ref.m - 1 + (q === 'past' ? -1 : q === 'next' ? 1 : 0);
  const y = Math.floor(total / 12), m = (total % 12) + 1;
  if (!isValidGregorian(y, m, d)) return 'invalid';
  const warnings: string[] = [];
  const ymd: YMD = { y, m, d };
  const weekday = g.g3wd === undefined ? undefined : WEEKDAY.get(collapse(g.g3wd));
  return reading({ kind: 'partial', ymd: weekdayAgrees(ymd, weekday, warnings) ? ymd : null, takesTime: true, warnings });
}

/**
 * `weekday`: the weekday written just before the date ("Wed, 03/09/2016"), if any. `persianDigits`: the line
 * writes its figures in Persian digits ("۱۴۰۱/۱۰/۱۸"), as Iran does: a 13xx–14xx year is then Solar Hijri.
 */
export function readNumeric(g: Groups, weekday?: number, persianDigits = false): Reading | null | 'invalid' {
  let y: number, m: number, d: number;
  const warnings: string[] = [];
  if (g.ny !== undefined) [y, m, d] = [Number(g.ny), Number(g.nm), Number(g.nd)];
  else if (g.ny2 !== undefined) [y, m, d] = [Number(g.ny2), Number(g.nm2), Number(g.nd2)];
  else {
    const a = Number(g.nd3), b = Number(g.nm3);
    y = Number(g.ny3);
    // Arab media write day/month/year; month/day only when the day position cannot be a month, or when
    // only month/day falls on the weekday written before it
    const monthFirstByWeekday = weekday !== undefined && a <= 12 && b <= 12 && a !== b && y >= 1800 &&
      isValidGregorian(y, a, b) && weekdayOf(y, a, b) === weekday && (!isValidGregorian(y, b, a) || weekdayOf(y, b, a) !== weekday);
    if ((b > 12 && a <= 12) || monthFirstByWeekday) { [m, d] = [a, b]; warnings.push('read as month/day/year'); }
    else [d, m] = [a, b];
  }
  const hijriMarked = g.nym !== undefined && HIJRI_MARK.has(g.nym);
  const gregorianMarked = g.nym !== undefined && !hijriMarked;
  // Numeric years 1300–1600 are Hijri (Saudi sites often omit هـ); Gregorian ones in news are not that old.
  if (persianDigits && !hijriMarked && !gregorianMarked && y >= 1300 && y < 1500) {
    const solar = solarHijriToGregorian(y, m, d);
    if (!solar) return 'invalid';
    ({ y, m, d } = solar);
    warnings.push('read as a Solar Hijri date (Persian digits)');
  } else if (hijriMarked || (!gregorianMarked && y >= 1300 && y <= 1600)) return readHijriNumeric(y, m, d);
  if (y < 1800 || y > MAX_YEAR) return null;
  if (!isValidGregorian(y, m, d)) return 'invalid';
  let time: TimeOfDay | null = null;
  if (g.nh !== undefined) {
    const h = Number(g.nh), mi = Number(g.nmi), s = g.ns === undefined ? null : Number(g.ns);
    if (h > 23 || mi > 59 || (s !== null && s > 59)) return 'invalid';
    const offset = g.nz === undefined ? null : formatOffset(g.nz) || null;
    time = { h, mi, s, offset };
  }
  return reading({ ymd: { y, m, d }, time, takesTime: time === null, warnings });
}
