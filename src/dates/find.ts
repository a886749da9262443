// findDates: scan folded text once with the compiled date pattern, interpret each
// match, attach neighbouring clock times, reconcile stated Gregorian/Hijri pairs.
import { dayNumber, hijriToDayNumber, isoDate } from './calendar.ts';
import { fold, originalSpan, type Folded } from './fold.ts';
import { readDayOfRelativeMonth, readMonthFirst, readNamedGregorian, readNumeric, MIN_YEAR, MAX_YEAR } from './gregorian.ts';
import { readNamedHijri } from './hijri.ts';
import { hasTriggerWord, triggerPositions, triggerWords } from './triggers.ts';
import { GREGORIAN_MONTH, HIJRI_MONTH, WEEKDAY, DATE_ALTERNATIVE, DATE_AT_DIGIT, DATE_AT_WORD, DATE_TRIGGERS, TIME_TRIGGERS, GAP_AFTER_RE, GAP_BEFORE_RE, GAP_EQUIV_RE, HIJRI_MARK } from './patterns.ts';
import { parseRef, type Ref } from './reference.ts';
import { readRelative } from './relative.ts';
import { findTimes } from './time.ts';
import type { Candidate, FindOptions, FoundDate, Reading, TimeOfDay } from './types.ts';

/** Longest gap (characters) between a date and its time or its other-calendar twin. */
const MAX_GAP = 40;

/** First words of the month names: every absolute date but a numeric one names its month. */
const MONTH_TRIGGERS = triggerWords([...GREGORIAN_MONTH.keys(), ...HIJRI_MONTH.keys()].map((w) => w.split(' ')[0]));
/** Every numeric date has a digit, a separator and a digit in a row ("16/9/2015", "2015-09-16", "06 / 11 / 2010"). */
const NUMERIC_DATE_SHAPE = /\d(?:[/.\-]| \/ )\d/;

/**
 * False only when `text` cannot hold an absolute date (one naming its day, month and year): it names
 * no month and has no numeric date. A cheap test that spares the date pattern most lines with numbers.
 */
export function mayHoldAbsoluteDate(text: string): boolean {
  const ft = fold(text).text;
  return NUMERIC_DATE_SHAPE.test(ft) || hasTriggerWord(ft, MONTH_TRIGGERS);
}

export function findDates(text: string, opts: FindOptions = {}): FoundDate[] {
  return findInFolded(fold(text), text, opts).dates;
}

/** findDates on text already folded; also returns where clock times may start (for classifyDateLine). */
export function findInFolded(f: Folded, text: string, opts: FindOptions): { dates: FoundDate[]; timeAt: number[] } {
  const ref = opts.ref === undefined ? null : parseRef(opts.ref);
  const [dateAt, timeAt] = triggerPositions(f.text, [DATE_TRIGGERS, TIME_TRIGGERS]);
  const cands = dateAt.length === 0 ? [] : scan(f.text, dateAt, ref, PERSIAN_DIGIT.test(text));
  if (cands.length === 0) return { dates: [], timeAt };
  attachTimes(cands, f.text, timeAt);
  pairCalendars(cands, f.text);
  return { dates: cands.map((c) => toFound(c, f, text)), timeAt };
}

/** Iran's digits (Arabic-speaking countries write ٠–٩): their dates are Solar Hijri. */
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;

function scan(ft: string, positions: number[], ref: Ref | null, persianDigits: boolean): Candidate[] {
  const out: Candidate[] = [];
  let after = 0; // end of the last accepted (or rejected-as-invalid) match
  for (const p of positions) {
    if (p < after) continue;
    const m = matchAt(ft, p);
    if (!m) continue;
    const placed = interpret(m, matchedBy!, ft, ref, persianDigits);
    if (placed === null) continue; // not a date: later positions inside the span may still be
    after = m.index + m[0].length; // 'invalid' (31 شباط) is skipped whole, reporting nothing
    if (placed !== 'invalid') out.push(placed);
  }
  return out;
}

const { N, G2, G, G3, H, Y } = DATE_ALTERNATIVE;

/** The alternative that made matchAt's last match. */
let matchedBy: RegExp | null = null;

/** The date pattern's match at `p` (a digit or a word start), with group offsets, or null. */
function matchAt(ft: string, p: number): RegExpExecArray | null {
  const c = ft.charCodeAt(p);
  for (const re of c >= 0x30 && c <= 0x39 ? DATE_AT_DIGIT : DATE_AT_WORD) {
    re.lastIndex = p;
    const m = re.exec(ft);
    if (m) {
      matchedBy = re;
      return m;
    }
  }
  return null;
}

/** The weekday written right before a numeric date ("الأربعاء 03/09/2016", "Wed, 03/09/2016"). */
function weekdayBefore(ft: string, start: number): number | undefined {
  const m = ft.slice(Math.max(0, start - WEEKDAY_REACH), start).match(/(\S+?)[\s,،]*$/);
  return m ? WEEKDAY.get(m[1]) : undefined;
}
const WEEKDAY_REACH = 16;

/** Read a match of the alternative `re`: each has its own groups and its own reader. */
function interpret(m: RegExpExecArray, re: RegExp, ft: string, ref: Ref | null, persianDigits: boolean): Candidate | null | 'invalid' {
  const g = m.groups as Record<string, string | undefined>;
  const at = m.indices!.groups as Record<string, [number, number] | undefined>;
  const start = m.index, end = m.index + m[0].length;
  const here = (r: Reading | null | 'invalid'): Candidate | null | 'invalid' => (r && r !== 'invalid' ? { ...r, start, end } : r);
  if (re === G2) return here(readMonthFirst(g));
  if (re === G3) return here(readDayOfRelativeMonth(g, ref));
  if (re === G) {
    const p = readNamedGregorian(g, at, start, end, ft, ref);
    return p && p !== 'invalid' ? { ...p.reading, start: p.start, end: p.end } : p;
  }
  if (re === H) {
    const p = readNamedHijri(g, at, start, end, ref);
    return p && p !== 'invalid' ? { ...p.reading, start: p.start, end: p.end } : p;
  }
  if (re === N) return here(readNumeric(g, weekdayBefore(ft, start), persianDigits));
  if (re === Y) return here(readYear(g));
  return here(readRelative(g, ref));
}

/** "العام 2014", "2015م": a year only. Hijri years have no single Gregorian equivalent. */
function readYear(g: Record<string, string | undefined>): Reading | null {
  const y = Number(g.yy ?? g.yy2);
  const mark = g.yym ?? g.yym2;
  const base = { kind: 'partial' as const, ymd: null, time: null, takesTime: false, warnings: [] };
  if (mark !== undefined && HIJRI_MARK.has(mark)) return { ...base, calendar: 'hijri', coarse: null, hijri: String(y).padStart(4, '0') };
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return { ...base, calendar: 'gregorian', coarse: String(y) };
}

/** Give each day-naming date the clock time written right after (or right before) it. */
function attachTimes(cands: Candidate[], ft: string, positions: number[]): void {
  // Only times that start near a date can attach: skip the rest (most digit runs on a page).
  const near = cands.filter((c) => c.takesTime && !c.time);
  if (near.length === 0) return;
  let k = 0;
  const times = findTimes(ft, positions, (p) => {
    while (k < near.length && near[k].end + MAX_GAP < p) k++;
    return k < near.length && p >= near[k].start - MAX_GAP - 30;
  });
  if (times.length === 0) return;
  const used = new Set<number>();
  let t = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    while (t < times.length && times[t].end <= c.start - MAX_GAP) t++;
    if (!c.takesTime || c.time) continue;
    let pick = -1;
    for (let k = t; k < times.length && times[k].start < c.end + MAX_GAP; k++) {
      const tm = times[k];
      if (used.has(k) || (tm.start < c.end && tm.end > c.start)) continue;
      const nextStart = i + 1 < cands.length ? cands[i + 1].start : Infinity;
      const prevEnd = i > 0 ? cands[i - 1].end : -Infinity;
      if (tm.start >= c.end && tm.end <= nextStart && GAP_AFTER_RE.test(ft.slice(c.end, tm.start))) { pick = k; break; }
      if (tm.end <= c.start && tm.start >= prevEnd && GAP_BEFORE_RE.test(ft.slice(tm.end, c.start))) pick = k; // keep looking for one after
    }
    if (pick < 0) continue;
    used.add(pick);
    const tm = times[pick];
    c.time = tm.time;
    c.start = Math.min(c.start, tm.start);
    c.end = Math.max(c.end, tm.end);
  }
}

/**
 * A Gregorian date next to a Hijri one ("16 سبتمبر 2015م الموافق 02 ذي الحجة 1436هـ")
 * states their equivalence. Within a day, the text's own Gregorian day is kept as the
 * Hijri date's iso (it reflects local moon sighting; gregorianIso keeps Umm al-Qura).
 * More than a day apart: both are flagged.
 */
function pairCalendars(cands: Candidate[], ft: string): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i], b = cands[i + 1];
    if (a.calendar === b.calendar || b.start - a.end > MAX_GAP) continue;
    if (!GAP_EQUIV_RE.test(ft.slice(a.end, b.start))) continue;
    const greg = a.calendar === 'gregorian' ? a : b;
    const hij = a.calendar === 'hijri' ? a : b;
    if (greg.kind === 'relative' || !greg.ymd || !hij.hijriYmd || hij.kind !== 'absolute') continue;
    const conv = hij.gregorianIso;
    const gIso = isoDate(greg.ymd);
    if (!conv) {
      // A 30th that Umm al-Qura lacks (29-day month): trust the text if it names the day after the 29th.
      const h = hij.hijriYmd;
      const dn29 = hijriToDayNumber(h.y, h.m, 29);
      const gdn = dayNumber(greg.ymd.y, greg.ymd.m, greg.ymd.d);
      if (h.d === 30 && dn29 !== null && Math.abs(gdn - (dn29 + 1)) <= 1) hij.ymd = { ...greg.ymd };
      else hij.warnings.push(`Hijri date has no Umm al-Qura equivalent; the text pairs it with ${gIso}`);
      i++;
      continue;
    }
    const ymd = conv.split('-');
    const diff = Math.abs(dayNumber(Number(ymd[0]), Number(ymd[1]), Number(ymd[2])) - dayNumber(greg.ymd.y, greg.ymd.m, greg.ymd.d));
    if (diff <= 1) {
      hij.ymd = { ...greg.ymd };
      hij.warnings = hij.warnings.filter((w) => !w.startsWith('weekday'));
    } else {
      const msg = `Gregorian ${gIso} and Hijri ${hij.hijri} (Umm al-Qura ${conv}) differ by ${diff} days`;
      greg.warnings.push(msg);
      hij.warnings.push(msg);
    }
    i++;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
function timeIso(t: TimeOfDay): string {
  return `T${pad(t.h)}:${pad(t.mi)}${t.s === null ? '' : ':' + pad(t.s)}${t.offset ?? ''}`;
}

function toFound(c: Candidate, f: Folded, original: string): FoundDate {
  const [s, e] = originalSpan(f, c.start, c.end, original);
  const iso = c.ymd ? isoDate(c.ymd) + (c.time ? timeIso(c.time) : '') : c.coarse;
  const out: FoundDate = { text: original.slice(s, e), index: s, iso, calendar: c.calendar, kind: c.kind };
  if (c.calendar === 'hijri') {
    out.gregorianIso = c.gregorianIso ?? null;
    if (c.hijri !== undefined) out.hijri = c.hijri;
  }
  if (c.warnings.length) out.warnings = c.warnings;
  return out;
}
