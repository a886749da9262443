// Choosing among candidate days when the text leaves the year out: the candidate
// nearest the reference wins, within what a qualifier (الماضي/الجاري/المقبل) allows.
import { dayNumber, type YMD } from './calendar.ts';
import type { Ref } from './reference.ts';

export type Qualifier = 'past' | 'current' | 'next';

export function closestDay(cands: YMD[], ref: Ref, qual: Qualifier | undefined): YMD | null {
  let best: YMD | null = null;
  let bestGap = Infinity;
  for (const c of cands) {
    const dn = dayNumber(c.y, c.m, c.d);
    if (qual === 'past' && dn >= ref.dn) continue;
    if (qual === 'next' && dn <= ref.dn) continue;
    if (qual === 'current' && c.y !== ref.y) continue;
    // Ties go to the past: news mostly reports what happened.
    const gap = Math.abs(dn - ref.dn) + (dn > ref.dn ? 0.5 : 0);
    if (gap < bestGap) { best = c; bestGap = gap; }
  }
  return best;
}

/** Year of a month named without a year. */
export function closestMonthYear(month: number, ref: Ref, qual: Qualifier | undefined): number {
  const refKey = ref.y * 12 + ref.m;
  if (qual === 'current') return ref.y;
  if (qual === 'past') return month < ref.m ? ref.y : ref.y - 1;
  if (qual === 'next') return month > ref.m ? ref.y : ref.y + 1;
  let best = ref.y, bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const key = y * 12 + month;
    const gap = Math.abs(key - refKey) + (key > refKey ? 0.5 : 0);
    if (gap < bestGap) { best = y; bestGap = gap; }
  }
  return best;
}
