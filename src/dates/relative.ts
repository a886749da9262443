// Relative expressions ("أمس", "منذ 3 ساعات", "الأسبوع الماضي", "الاثنين الماضي").
// Resolved only against an explicit reference; without one their ISO value is null.
import { addMonths, fromDayNumber, isoMonth, isoYear, weekdayOf, type YMD } from './calendar.ts';
import { collapse, DURATION_PART_RE, NUMBER_WORD, PERIOD, QUALIFIER, RELATIVE_DAY, UNIT_WORD, WEEKDAY } from './patterns.ts';
import type { Ref } from './reference.ts';
import type { Reading } from './types.ts';
import type { Unit } from './vocabulary.ts';

type Groups = Record<string, string | undefined>;

const reading = (over: Partial<Reading>): Reading => ({
  calendar: 'gregorian', kind: 'relative', ymd: null, coarse: null, time: null, takesTime: false, warnings: [], ...over,
});

const UNIT_ORDER: Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** "7 سنوات 8 أشهر" → { year: 7, month: 8 }; null when vague ("منذ أيام", "بضعة أيام"). */
function parseDuration(s: string): Partial<Record<Unit, number>> | null {
  const out: Partial<Record<Unit, number>> = {};
  DURATION_PART_RE.lastIndex = 0;
  for (let m; (m = DURATION_PART_RE.exec(s)); ) {
    const { unit, form } = UNIT_WORD.get(collapse(m.groups!.u))!;
    const n = m.groups!.n;
    let count: number | null;
    if (n !== undefined) count = /^\d+$/.test(n) ? Number(n) : NUMBER_WORD.get(collapse(n)) ?? null;
    else count = form === 'one' ? 1 : form === 'two' ? 2 : null;
    if (count === null) return null;
    out[unit] = (out[unit] ?? 0) + count;
  }
  return out;
}

function ago(dur: string, ref: Ref | null): Reading {
  const parts = parseDuration(dur);
  if (!parts || !ref) return reading({});
  const smallest = UNIT_ORDER.filter((u) => parts[u] !== undefined).at(-1)!;
  let date: YMD = addMonths(fromDayNumber(ref.dn), -((parts.year ?? 0) * 12 + (parts.month ?? 0)));
  if (smallest === 'year') return reading({ coarse: isoYear(date.y) });
  if (smallest === 'month') return reading({ coarse: isoMonth(date.y, date.m) });
  const dn = Math.round(Date.UTC(date.y, date.m - 1, date.d) / 86_400_000) - (parts.day ?? 0) - 7 * (parts.week ?? 0);
  if (smallest === 'day' || smallest === 'week') return reading({ ymd: fromDayNumber(dn) });
  if (ref.minutes === null) return reading({ warnings: ['the reference has no time of day'] });
  const secs = dn * 86400 + ref.minutes * 60 + ref.seconds - (parts.hour ?? 0) * 3600 - (parts.minute ?? 0) * 60 - (parts.second ?? 0);
  const day = Math.floor(secs / 86400), rest = secs - day * 86400;
  date = fromDayNumber(day);
  return reading({
    ymd: date,
    time: { h: Math.floor(rest / 3600), mi: Math.floor((rest % 3600) / 60), s: smallest === 'second' ? rest % 60 : null, offset: ref.offset },
  });
}

function dayWord(word: string, weekdayWord: string | undefined, ref: Ref | null): Reading {
  const offset = RELATIVE_DAY.get(collapse(word))!;
  if (!ref) return reading({ takesTime: true });
  const ymd = fromDayNumber(ref.dn + offset);
  if (weekdayWord !== undefined) {
    const wd = WEEKDAY.get(collapse(weekdayWord))!;
    if (weekdayOf(ymd.y, ymd.m, ymd.d) !== wd) {
      // The text names the weekday: a reference that disagrees is not the writing day.
      return reading({ takesTime: true, warnings: [`"${word} ${weekdayWord}" does not fall on that weekday relative to the reference`] });
    }
  }
  return reading({ ymd, takesTime: true });
}

function period(noun: string, qual: 'past' | 'current' | 'next', ref: Ref | null): Reading {
  if (!ref) return reading({});
  const step = qual === 'past' ? -1 : qual === 'next' ? 1 : 0;
  const unit = PERIOD.get(collapse(noun))!;
  if (unit === 'week') return reading({ ymd: fromDayNumber(ref.dn + 7 * step) });
  if (unit === 'month') { const d = addMonths(ref, step); return reading({ coarse: isoMonth(d.y, d.m) }); }
  return reading({ coarse: isoYear(ref.y + step) });
}

function weekdayQualified(weekdayWord: string, qual: 'past' | 'current' | 'next', ref: Ref | null): Reading {
  if (!ref || qual === 'current') return reading({ takesTime: true });
  const wd = WEEKDAY.get(collapse(weekdayWord))!;
  const today = weekdayOf(ref.y, ref.m, ref.d);
  const k = qual === 'past' ? (today - wd + 7) % 7 || 7 : -((wd - today + 7) % 7 || 7);
  return reading({ ymd: fromDayNumber(ref.dn - k), takesTime: true });
}

export function readRelative(g: Groups, ref: Ref | null): Reading {
  if (g.rago !== undefined) return ago(g.rdur!, ref);
  if (g.rtoday2 !== undefined) return dayWord(g.rtoday2, g.rwd3, ref);
  if (g.rtoday !== undefined) return dayWord(g.rtoday, g.rwd, ref);
  if (g.rday !== undefined) return dayWord(g.rday, g.rwd1, ref);
  if (g.rp1 !== undefined) return period(g.rp1, 'current', ref);
  if (g.rp2 !== undefined) return period(g.rp2, QUALIFIER.get(collapse(g.rpq!))!, ref);
  return weekdayQualified(g.rwd2!, QUALIFIER.get(collapse(g.rwq!))!, ref);
}
