// Consistency checks shared by the interpreters.
import { dayNumber, weekdayOf, type YMD } from './calendar.ts';

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Compare a written weekday with the date. A one-day slip is common (time zones, CMS
 * roll-over, moon sighting) and only warned about; more than that makes the date
 * untrustworthy: returns false so the caller drops the ISO value.
 */
export function weekdayAgrees(ymd: YMD, weekday: number | undefined, warnings: string[], quietOneDay = false): boolean {
  if (weekday === undefined) return true;
  const actual = weekdayOf(ymd.y, ymd.m, ymd.d);
  if (actual === weekday) return true;
  const gap = Math.min((actual - weekday + 7) % 7, (weekday - actual + 7) % 7);
  const msg = `weekday ${NAMES[weekday]} does not match ${ymd.y}-${ymd.m}-${ymd.d} (a ${NAMES[actual]})`;
  if (gap === 1 && quietOneDay) return true;
  warnings.push(gap === 1 ? msg + '; off by one day, kept' : msg + '; date dropped');
  return gap === 1;
}

export function dayDistance(a: YMD, b: YMD): number {
  return Math.abs(dayNumber(a.y, a.m, a.d) - dayNumber(b.y, b.m, b.d));
}
