// classifyDateLine: what one line says about dates, for ingest. The role comes from
// label words (vocabulary.ts); deciding which lines are page headers is ingest's job.
import { fold, originalSpan, foldWord } from './fold.ts';
import { findInFolded } from './find.ts';
import { findTimes } from './time.ts';
import * as V from './vocabulary.ts';
import { alt, L, NOT_LN, WE, WS } from './regex-parts.ts';
import { triggerWords, wordPositions } from './triggers.ts';
import type { DateRole, FindOptions, FoundDate } from './types.ts';

export interface DateLineReading {
  /** The line's role: from its first label, else print-issue / copyright / clock / plain. */
  role: DateRole;
  /** Dates on the line, in order; each carries `role` (the label governing it). */
  dates: FoundDate[];
  /** Every doubt: per-date warnings plus line-level cross-checks. */
  warnings: string[];
}

const LABEL_ROLE = new Map(Object.entries(V.LINE_LABELS).map(([k, v]) => [foldWord(k).replace(/ +/g, ' '), v]));
const labels = Object.keys(V.LINE_LABELS);
const multi = labels.filter((l) => l.includes(' '));
const single = labels.filter((l) => !l.includes(' '));
// One-word labels ("تحديث", "نشر") are also ordinary words: they count before ':' or right before a date.
// Labels and issue words start at a word start (WS): their patterns are tried, sticky, only where one of
// their first words is (found by hashing, see triggers.ts), not at every offset of the line.
const LABEL_RE = new RegExp(`${WS}(?<b>${alt(multi)})${WE}|${WS}(?<c>${alt(single)})(?<colon>[ ]*:)?${WE}`, 'y');
const LABEL_GAP_RE = new RegExp(`^${NOT_LN}*$`);
const ISSUE_RE = new RegExp(`${WS}(?:${alt(V.ISSUE_WORDS)})[ ]*[:\\[(]?[ ]*\\d+`, 'y');
const firstWords = (words: string[]) => words.map((w) => {
  const first = foldWord(w).split(' ')[0];
  if (!new RegExp(`^${L}+$`).test(first)) throw new Error(`date vocabulary: "${w}" must start with a word of letters`);
  return first;
});
const LABEL_WORDS = triggerWords(firstWords(labels));
const ISSUE_WORDS = triggerWords(firstWords(V.ISSUE_WORDS));

/** The first match of a sticky `re` tried at `positions` (ascending), or null. */
function firstMatchAt(re: RegExp, ft: string, positions: number[]): RegExpExecArray | null {
  for (const p of positions) {
    re.lastIndex = p;
    const m = re.exec(ft);
    if (m) return m;
  }
  return null;
}
const COPYRIGHT_RE = new RegExp(`©|\\(c\\)|${WS}(?:${alt(V.COPYRIGHT_MARKS.filter((m) => /\p{L}/u.test(m)))})${WE}`);
const COPYRIGHT_KEYS = V.COPYRIGHT_KEYS.map(foldWord);
const isCopyright = (ft: string) => COPYRIGHT_KEYS.some((k) => ft.includes(k)) && COPYRIGHT_RE.test(ft);
const BARE_YEAR_RE = /(?<!\d)(?:1[89]\d\d|2[01]\d\d)(?!\d)/g;

const BLANK_RE = /^\s*$/;
const SITE_CLOCK = /(?:تحديث|تحديثات)\s+(?:للموقع|الموقع|للأسعار|للاسعار|الأسعار|الاسعار|للبيانات|للنشرة)(?:\s|:|$)/;

/** A line naming a print issue ("السنة 48 - العدد 16342"), dated or not. */
export function mentionsIssue(line: string): boolean {
  const ft = fold(line).text;
  return firstMatchAt(ISSUE_RE, ft, wordPositions(ft, ISSUE_WORDS)) !== null;
}

export function classifyDateLine(line: string, opts: FindOptions = {}): DateLineReading {
  if (BLANK_RE.test(line)) return { role: 'plain', dates: [], warnings: [] };
  const f = fold(line);
  const ft = f.text;
  const { dates, timeAt } = findInFolded(f, line, opts);
  const warnings = dates.some((d) => d.warnings) ? [...new Set(dates.flatMap((d) => d.warnings ?? []))] : [];

  if (isCopyright(ft)) {
    for (const d of dates) d.role = 'copyright';
    return { role: 'copyright', dates: withCopyrightYears(dates, f, line), warnings };
  }
  // "آخر تحديث للموقع: …", "آخر تحديث للأسعار: …": the site's or a price box's clock, not the article's update
  if (SITE_CLOCK.test(line)) return { role: 'clock', dates, warnings };
  if (dates.length === 0) {
    // A time with no date: a site clock ("آخر تحديث GMT 10:39:23"), whatever its label.
    return { role: timeAt.length > 0 && findTimes(ft, timeAt).length > 0 ? 'clock' : 'plain', dates, warnings };
  }

  const found: { at: number; role: 'published' | 'updated' }[] = [];
  const starts: number[] = [];
  for (const d of dates) starts.push(foldedIndex(f, d.index));
  let after = 0; // like a global regex: the next label starts after the last one
  for (const p of wordPositions(ft, LABEL_WORDS)) {
    if (p < after) continue;
    LABEL_RE.lastIndex = p;
    const m = LABEL_RE.exec(ft);
    if (!m) continue;
    const g = m.groups!;
    const at = m.index + m[0].length;
    after = at;
    if (g.c !== undefined && g.colon === undefined) {
      const next = starts.find((s) => s >= at);
      if (next === undefined || !LABEL_GAP_RE.test(ft.slice(at, next))) continue;
    }
    found.push({ at, role: LABEL_ROLE.get((g.b ?? g.c).replace(/ +/g, ' '))! });
  }
  const issue = firstMatchAt(ISSUE_RE, ft, wordPositions(ft, ISSUE_WORDS));
  const firstDateAt = starts[0];
  let role: DateRole = 'plain';
  // "العدد 4758 - الأربعاء …" or "… 14 مارس 2023 م - العدد 18342": an issue's dateline either way
  if (issue && (issue.index < firstDateAt || found.length === 0)) role = 'print-issue';
  else if (found.length > 0) role = found[0].role;

  for (const [i, d] of dates.entries()) {
    const at = starts[i];
    // a date before the line's first label is governed by none ("الأحد 20 مارس 2016 آخر تحديث: …")
    let r: DateRole = role === 'print-issue' || found.length === 0 || found[0].at <= at ? role : 'plain';
    for (const l of found) if (l.at <= at && role !== 'print-issue') r = l.role;
    d.role = r;
  }
  crossCheck(dates, role, warnings);
  return { role, dates, warnings };
}

/** Folded offset of an original offset (the folded text never moves characters forward). */
function foldedIndex(f: ReturnType<typeof fold>, original: number): number {
  let lo = 0, hi = f.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.offsets[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function crossCheck(dates: FoundDate[], role: DateRole, warnings: string[]): void {
  const day = (d: FoundDate) => (d.iso && d.iso.length >= 10 ? d.iso.slice(0, 10) : null);
  if (role === 'print-issue') {
    const g = dates.find((d) => d.calendar === 'gregorian' && d.kind === 'absolute' && day(d));
    const h = dates.find((d) => d.calendar === 'hijri' && d.kind === 'absolute' && d.gregorianIso);
    if (g && h) {
      const diff = Math.abs(Date.parse(day(g)!) - Date.parse(h.gregorianIso!)) / 86_400_000;
      const msg = `print issue: Gregorian ${day(g)} and Hijri ${h.hijri} (Umm al-Qura ${h.gregorianIso}) differ by ${diff} days`;
      if (diff > 1 && !warnings.some((w) => w.includes(h.gregorianIso!) && w.includes('differ'))) warnings.push(msg);
    }
  }
  const pub = dates.find((d) => d.role === 'published' && day(d));
  const upd = dates.find((d) => d.role === 'updated' && day(d));
  if (pub && upd && day(upd)! < day(pub)!) warnings.push(`updated ${day(upd)} is before published ${day(pub)}`);
}

/** Copyright lines: their bare years ("2023 ©", "2010-2023") as year-only partial dates. */
function withCopyrightYears(dates: FoundDate[], f: ReturnType<typeof fold>, line: string): FoundDate[] {
  const out = [...dates];
  BARE_YEAR_RE.lastIndex = 0;
  for (let m; (m = BARE_YEAR_RE.exec(f.text)); ) {
    const [s, e] = originalSpan(f, m.index, m.index + m[0].length, line);
    if (dates.some((d) => s < d.index + d.text.length && e > d.index)) continue;
    out.push({ text: line.slice(s, e), index: s, iso: m[0], calendar: 'gregorian', kind: 'partial', role: 'copyright' });
  }
  return out.sort((a, b) => a.index - b.index);
}
