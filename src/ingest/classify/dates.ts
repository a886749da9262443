// Which dates on the page are this article's: only lines of the article header (above the body, or
// right under it) that are labelled, are dates by themselves, or sit between the headline and the text.
// Tickers, teasers, clocks, copyright years, comment ages and dates inside the text are never taken.
import type { Block } from '../blocks.ts';
import { classifyDateLine, findDates, mayHoldAbsoluteDate, mentionsIssue, normalizeDigits, WEEKDAY_NAMES, type FoundDate } from '../../dates/index.ts';
import { WEEKDAY } from '../../dates/patterns.ts';
import { isValidGregorian, weekdayOf } from '../../dates/calendar.ts';
import { foldWord } from '../../dates/fold.ts';
import { TICKER_MIN_WORDS, isProse } from './features.ts';
import { wordCount } from '../../lib/arabic.ts';

/** A date line is "mostly date" when, dates and punctuation removed, at most this many words remain ("نشر", "بتاريخ"). */
const MAX_WORDS_BESIDE_DATE = 1;
/** More than MAX_WORDS_BESIDE_DATE words (runs of letters or digits): tested, not listed. */
const TOO_MANY_WORDS = new RegExp(`(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${MAX_WORDS_BESIDE_DATE}}[\\p{L}\\p{N}]`, 'u');
/** Or a label of a few words and a colon before the date, one the vocabulary does not know ("بدء التغطية: …"). */
const COLON_LABEL = /^\s*(?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+\s*:\s*$/u;
const BYLINE_OPENING = /^(?:بقلم|كتب|كتبت|بواسطة|إعداد|اعداد)(?:\s*[:：\-–]|\s+[^·|:]{2,40}\s[·|]\s)/;
/** A CMS's "submitted by" line: "أرسلت بواسطة التحرير في الأحد, 2010/03/14 - 10:15", "نشر بواسطة فلان في …". */
const SUBMITTED_BY = /^(?:أرسلت?|ارسلت?|أرسله|ارسله|نُ?شرت?|نشره|كتبت?|كتبه|أضيفت?|اضيفت?|أضافه|اضافه|submitted|posted)\s+(?:بواسطة|من قبل|by)\s+.{1,40}?\s+(?:في|on|بتاريخ|يوم)\s/i;
/** Lines right after the body that may still carry "نشر في …". */
const TAIL_LINES_FOR_LABELLED_DATES = 6;
const NEAR_TAIL_LINES = 2;
/** Between headline and text, a short line with a date (a byline with its date) is the article's. */
const MAX_HEAD_DATE_LINE_WORDS = 15;
/** An unlabelled date line above the headline counts only this close to it (further up: teasers, tickers). */
const MAX_BLOCKS_ABOVE_HEADLINE = 3;
/** How far above the headline dated lines may be a teaser list's. */
const TEASER_REACH = 2 * MAX_BLOCKS_ABOVE_HEADLINE;

/** "… هـ - 10:15 ص": the hour the date reader keeps with a date, not part of the Hijri date as printed. */
const TRAILING_TIME = /\s*[-–|،,]?\s*(?:الساعة\s*)?[\d\u0660-\u0669]{1,2}[:：٫][\d\u0660-\u0669]{2}(?:[:：][\d\u0660-\u0669]{2})?\s*(?:ص|م|صباحا|مساء|صباحاً|مساءً|am|pm)?$/i;
const WEEKDAY_OPENING = new RegExp(`^(?:يوم\\s+)?(?:${WEEKDAY_NAMES.join('|')})[\\s،,:-]+(?=[\\d\\u0660-\\u0669])`);

export interface DateLine {
  index: number;
  role: 'published' | 'updated' | 'print-issue' | 'plain';
  mostlyDate: boolean;
  inTail: boolean;
  dates: FoundDate[];
  warnings: string[];
}

export interface PageDates {
  published: string | null;
  updated: string | null;
  hijri: string | null;
  /** block index → why it was read as a date */
  used: Map<number, { rule: string; reason: string }>;
  warnings: string[];
}

const absolute = (d: FoundDate) => d.kind === 'absolute' && d.iso !== null;
/** Of two header date lines, the one with a Gregorian date: "۱۴۰۰/۰۷/۰۶" may be a Solar Hijri date read as lunar. */
const gregorian = (l: DateLine) => l.dates.some((d) => absolute(d) && d.calendar === 'gregorian');

/** The line's date: its Gregorian one when both calendars are printed (Hijri dates convert with a day's doubt). */
function lineDate(l: DateLine): FoundDate {
  const abs = l.dates.filter(absolute);
  return abs.find((d) => d.calendar === 'gregorian') ?? abs[0];
}
const lineIso = (l: DateLine): string | null => lineDate(l).iso;

/** Every header or tail line holding an absolute date, with its role. */
export function readDateLines(blocks: Block[], headerEnd: number, bodyEnd: number, earlyBody: number[] = [], opensBox: (b: Block) => boolean = () => false): DateLine[] {
  const out: DateLine[] = [];
  const read = (i: number) => {
    const b = blocks[i];
    // only absolute dates count below: lines that cannot hold one skip the date reader
    if (b.words >= TICKER_MIN_WORDS || !/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(b.text) || !mayHoldAbsoluteDate(b.text)) return;
    const line = classifyDateLine(b.text);
    if (line.dates.length === 0 || !line.dates.some(absolute) || line.role === 'clock' || line.role === 'copyright') return;
    // ("آخر تحديث:" / "18/08/2024 - 12:40": a label on a line of its own governs the date under it)
    const label = line.role === 'plain' && i > 0 ? labelAlone(blocks[i - 1].text) : null;
    const role = label ?? line.role;
    const dates = label ? line.dates.map((d) => ({ ...d, role: label })) : line.dates;
    const warnings = line.warnings;
    // a long line among the first paragraphs is the article's date line only when labelled ("نشر في: …")
    // (a byline with its date, "بقلم: د. فلان | 12 مارس 2016", may read like a sentence: it is a header line)
    if (role === 'plain' && i >= headerEnd && isProse(b) && !BYLINE_OPENING.test(b.text) && !SUBMITTED_BY.test(b.text)) return;
    let rest = b.text;
    for (const d of dates) rest = rest.replace(d.text, ' ');
    const mostlyDate = !TOO_MANY_WORDS.test(rest) || (dates.length === 1 && COLON_LABEL.test(b.text.slice(0, dates[0].index)) && !TOO_MANY_WORDS.test(b.text.slice(dates[0].index + dates[0].text.length))) ||
      crumbedDate(b.text, dates);
    out.push({ index: i, role, mostlyDate, inTail: bodyEnd >= 0 && i > bodyEnd, dates, warnings });
  };
  // (not past a box's header under the text: "المزيد من محليات" and its teasers' issue lines)
  let boxAt = Infinity;
  const tail = (from: number, to: number) => {
    for (let i = bodyEnd + from; bodyEnd >= 0 && i <= bodyEnd + to && i < blocks.length && i < boxAt; i++) {
      if (opensBox(blocks[i])) { boxAt = i; break; }
      read(i);
    }
  };
  for (let i = 0; i < headerEnd; i++) read(i);
  for (const i of earlyBody) read(i);
  tail(1, NEAR_TAIL_LINES);
  // a date block further down (under an author's box, in an "معلومات المقال" box) is read only when nothing
  // above gave a date, or, labelled lines alone, when nothing above is labelled
  if (!out.some((l) => !l.inTail)) tail(NEAR_TAIL_LINES + 1, TAIL_LINES_FOR_LABELLED_DATES);
  else if (!out.some((l) => l.role !== 'plain')) {
    const n = out.length;
    tail(NEAR_TAIL_LINES + 1, TAIL_LINES_FOR_LABELLED_DATES);
    for (let i = out.length - 1; i >= n; i--) if (out[i].role !== 'published') out.splice(i, 1);
  }
  return out;
}

/** "نشرت في:", "آخر تحديث:": a date's label alone on its line, the date on the next. */
function labelAlone(text: string): 'published' | 'updated' | null {
  return UPDATE_LABEL_ALONE.test(text) ? 'updated' : PUBLISHED_LABEL_ALONE.test(text) ? 'published' : null;
}
const UPDATE_LABEL_ALONE = /^(?:(?:آخر|اخر)\s+(?:تحديث|تعديل)|تم\s+التحديث|(?:last\s+)?updated|mis\s+à\s+jour)\s*(?:في|on|le)?\s*[:：]?$/i;
const PUBLISHED_LABEL_ALONE = /^(?:نُ?شِ?ر(?:ت)?(?:\s+(?:في|بتاريخ|يوم))?|تاريخ\s+النشر|published(?:\s+on)?|publié\s+le)\s*[:：]?$/i;

/**
 * With no date over the text, an aggregator's credit under it dates the item: "المصدر: بوابة الأهرام - الأحد 21
 * أبريل 2024 10:05 ص", "تم نشر هذا الخبر بتاريخ الأربعاء 03 يوليو 2024 …" (a full date: its weekday or its hour);
 * so does a theme's post footer, "نشر بواسطة فلان في 18 يونيو، 2024 - 3:15 م", labelled enough by itself.
 */
function creditedDate(lines: DateLine[], blocks: Block[]): DateLine | undefined {
  return lines.find((l) => l.inTail && (SUBMITTED_BY.test(blocks[l.index].text) ? l.dates.some(absolute)
    : CREDIT_OR_NOTICE.test(blocks[l.index].text) && l.dates.some((d) => absolute(d) && ((d.iso?.length ?? 0) > 10 || WEEKDAY_IN.test(d.text)))));
}
const CREDIT_OR_NOTICE = /^المصدر\s*[:：]|تم\s+نشر\s+(?:هذا\s+)?(?:الخبر|المقال|الموضوع)\s+(?:بتاريخ|في)/;
const WEEKDAY_IN = new RegExp(`(?:${WEEKDAY_NAMES.join('|')})`);

/** "الرئيسية » وطنية » السبت 13 أوت 2016 | 11:05": a breadcrumb whose last crumb is the date and its time. */
function crumbedDate(text: string, dates: FoundDate[]): boolean {
  const m = CRUMB_TAIL.exec(text);
  if (!m) return false;
  let last = m[1];
  for (const d of dates) if (d.index >= m.index) last = last.replace(d.text, ' ');
  return last !== m[1] && !TOO_MANY_WORDS.test(last);
}
const CRUMB_TAIL = /\s[»›>]\s([^»›>]+)$/;

/**
 * A line of running-text length that may still be the header's date line: "نُشر في: … آخر تحديث: …" on one
 * line reads as prose. Such a line opens with a label (and a colon, or "نُشر يوم/في"), has a digit and stays short.
 */
export function mayBeLabelledDateLine(b: Block): boolean {
  if (b.words > MAX_LABELLED_LINE_WORDS || !/[0-9\u0660-\u0669]/.test(b.text)) return false;
  const colon = b.text.indexOf(':');
  return (colon >= 0 && colon <= MAX_LABEL_CHARS) || PUBLISHED_OPENING.test(b.text) || WEEKDAY_OPENING.test(b.text) || BYLINE_OPENING.test(b.text);
}
/** A line opening with its date ("الخميس، ٢٢ أكتوبر ٢٠١٥ (٠١:٠٠ - بتوقيت غرينتش)", "نُشر يوم …"): a header line, however long. */
// (the openings first: each is tried at the line's start only, the digit is looked for in all of it)
export const opensWithDate = (b: Block) =>
  (WEEKDAY_OPENING.test(b.text) || PUBLISHED_OPENING.test(b.text) || DATE_LABEL_OPENING.test(b.text) || GMT_OPENING.test(b.text) || SUBMITTED_BY.test(b.text)) && /[0-9\u0660-\u0669]/.test(b.text);
/** The dates of a short line that holds nothing else ("15 أكتوبر 2023", "05 فبراير 2018 - 11:55 ص"), or null. */
export function dateOnlyLine(b: Block): FoundDate[] | null {
  if (b.words > MAX_DATE_ONLY_WORDS || !/[0-9\u0660-\u0669]/.test(b.text)) return null;
  const ds = findDates(b.text);
  return ds.length > 0 && ds.reduce((n, d) => n + d.text.length, 0) >= b.text.trim().length * 0.8 ? ds : null;
}
const MAX_DATE_ONLY_WORDS = 8;
/** "تاريخ الإضافة: ١٦/٠٥/٢٠٢٢م": a line opening with a date label and its colon. */
export const opensWithDateLabel = (b: Block) => DATE_LABEL_OPENING.test(b.text) && /[0-9\u0660-\u0669]/.test(b.text);
/** "GMT 09:15 2013 الأحد ,17 آذار / مارس": a stamp opening with its time in GMT. */
const GMT_OPENING = /^GMT\s+\d{1,2}:\d{2}/;
/** "آخر تحديث: …", "تاريخ النشر: …", Joomla's "آخر تحديث ( … )": a date label and its colon or bracket opening the line. */
const DATE_LABEL_OPENING = /^(?:(?:آخر|اخر)\s+(?:تحديث|تعديل)|تاريخ\s+(?:النشر|التحديث|الإضافة|الاضافة)|(?:نُ?شر|نشرت)(?:\s+(?:في|يوم|بتاريخ))?|published|updated|posted(?:\s+on)?)\s*[:：(]/i;
/**
 * A publication label opening the line without a colon: "نُشر يوم الثلاثاء, 10 مايو 2016; 09:41 …", Joomla's "آخر تعديل في …",
 * or straight before the weekday and its date: "نُشر السبت، 11 مايو / أيار 2024; 11:51 …".
 */
const PUBLISHED_OPENING = new RegExp(`^(?:نُ?شِ?ر|نشرت|تم النشر|(?:آخر|اخر)\\s+(?:تحديث|تعديل)|published|posted)\\s+(?:(?:يوم|في|بتاريخ|on)\\s|(?:${WEEKDAY_NAMES.join('|')})[\\s،,]+(?=[\\d\\u0660-\\u0669]))`, 'i');
/** The label comes first: "نُشر في:", "تاريخ النشر:". */
const MAX_LABEL_CHARS = 25;
const MAX_LABELLED_LINE_WORDS = 30;

/** Short lines that are only a relative time ("منذ 3 ساعات", "قبل يومين"): never titles, never the article's date. */
export function relativeDateLines(blocks: Block[], end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < end; i++) if (isAgeLine(blocks[i])) out.push(i);
  return out;
}
/** "منذ 5 ساعات", "قبل يومين": a short line that is only an age. */
export function isAgeLine(b: Block): boolean {
  // titles have three words or more; an age is "منذ/قبل …" (the date reader is too costly to ask every line)
  if (b.words > MAX_RELATIVE_LINE_WORDS || b.words < 3 || !AGO.test(b.key)) return false;
  const dates = findDates(b.text);
  if (!dates.some((d) => d.kind === 'relative')) return false;
  let rest = b.text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  return !TOO_MANY_WORDS.test(rest);
}
const MAX_RELATIVE_LINE_WORDS = 6;

/**
 * "منذ 4 ساعات" by the headline, the page's only date for the article, under a masthead stamping the moment
 * the page was made ("الثلاثاء 7 نوفمبر 2023 | 15:12"): the day the age counts back to from that stamp.
 * The stamp needs its time of day: a bare date may be a day's banner printed hours apart.
 */
export function ageFromMasthead(blocks: Block[], lines: DateLine[], ages: number[], headline: number): { index: number; iso: string } | null {
  const age = ages.find((i) => Math.abs(i - headline) <= AGE_REACH);
  const stamp = lines.find((l) => l.index < headline && !l.inTail)?.dates.find((d) => absolute(d) && d.iso!.includes('T'));
  if (age === undefined || !stamp) return null;
  const iso = findDates(blocks[age].text, { ref: stamp.iso!.slice(0, 16) }).find((d) => d.kind === 'relative')?.iso;
  return iso ? { index: age, iso: iso.slice(0, 10) } : null;
}
/** How far from the headline its age line may stand (a byline or a section label between). */
const AGE_REACH = 3;
const DAY_MS = 86_400_000;
/** Whole days between two ISO dates (or datetimes: their days); Infinity when either is missing. */
const daysApart = (a: string | null, b: string | null) =>
  a && b ? Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS : Infinity;
/** A machine-readable instant, as a saved page's metadata prints it. */
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** An ISO instant in UTC, as saved pages' meta tags write it. */
const UTC_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]00:?00)\b/i;
const AGO = /(?:^| )(?:منذ|قبل)(?: |$)/;

/** Lines that are dates, whatever their use: never headline, kicker or byline candidates. */
export const dateLineSet = (lines: DateLine[]) =>
  new Set(lines.filter((l) => l.role !== 'plain' || l.mostlyDate).map((l) => l.index));

export function choosePageDates(lines: DateLine[], blocks: Block[], headline: number, bodyStart: number): PageDates {
  const out: PageDates = { published: null, updated: null, hijri: null, used: new Map(), warnings: [] };
  // "نشر في: … آخر تحديث: …" or "DATE آخر تحديث: DATE" on one line: the update is the date its label governs
  const isUpdate = (d: FoundDate) => d.role === 'updated' && absolute(d);
  // "… 16/9/2015 م (آخر تحديث)": a label after the dates marks the line, not a date; its date is the update
  // (not the site's clock far above the headline, past its menus and tickers: "آخر تحديث: …" in the masthead;
  // a saved page's metadata stamp at its top, "آخر تحديث: 2018-10-15T13:10:00+03:00", is the article's)
  const candidates = lines.filter((l) => !(headline >= 0 && headline - l.index > MAX_BLOCKS_ABOVE_HEADLINE) || ISO_INSTANT.test(blocks[l.index].text));
  const updated = candidates.find((l) => l.role === 'updated' && l.dates.some(isUpdate)) ?? candidates.find((l) => l.dates.some(isUpdate)) ??
    candidates.find((l) => l.role === 'updated' && !l.inTail && l.dates.some(absolute));
  if (updated) {
    out.updated = (updated.dates.find(isUpdate) ?? updated.dates.find(absolute))!.iso;
    out.used.set(updated.index, { rule: 'date/updated-label', reason: 'labelled as an update' });
  }
  const near = (l: DateLine) => Math.abs(l.index - (headline >= 0 ? headline : bodyStart));
  const afterHeadline = (l: DateLine) => headline >= 0 && l.index > headline && !l.inTail;
  // (the online stamp, "نُشر: …", over the print edition's issue line: the page is the online article)
  const online = (l: DateLine) => Number(l.role === 'published' && !l.inTail);
  const labelled = lines.filter((l) => l.role === 'published' || l.role === 'print-issue').sort((a, b) => online(b) - online(a) || near(a) - near(b));
  // several dates above the headline are a teaser list, not the article's header (the same date twice,
  // a site's "today" banner over the article's date line, is one)
  const dateLike = (l: DateLine) => l.mostlyDate || opensWithDate(blocks[l.index]);
  // (a masthead's "today" well above, past the menus, is not one of them)
  const datesAbove = new Set(lines.filter((l) => l.role === 'plain' && dateLike(l) && headline >= 0 && l.index < headline && headline - l.index <= TEASER_REACH).map((l) => lineIso(l)?.slice(0, 10))).size;
  // (a line opening with its date is one too, whatever time and zone follow it)
  const plain = lines.filter((l) => l.role === 'plain' && !l.inTail && (
    (dateLike(l) && (afterHeadline(l) || headline < 0 || (datesAbove === 1 && headline - l.index <= MAX_BLOCKS_ABOVE_HEADLINE))) ||
    (afterHeadline(l) && blocks[l.index].words <= MAX_HEAD_DATE_LINE_WORDS)
  )).sort((a, b) => Number(afterHeadline(b)) - Number(afterHeadline(a)) || Number(gregorian(b)) - Number(gregorian(a)) || near(a) - near(b));
  // an unlabelled date opening the update's line ("الأحد 20 مارس 2016 - 14:30 آخر تحديث: …") is the publication
  const beforeUpdate = updated && !updated.inTail ? updated.dates.find((d) => d.role === 'plain' && absolute(d)) : undefined;
  // the update printed first: "محدث في … · نشرت لأول مرة في …"
  const publishedAfterUpdate = updated && !updated.inTail ? updated.dates.find((d) => d.role === 'published' && absolute(d)) : undefined;
  // a saved page's UTC meta time ("تاريخ النشر: 2017-03-29T23:15:00+00:00") may fall on the day before the
  // local date the page prints under its headline: the printed day is the page's own
  const utcMeta = labelled[0] && UTC_INSTANT.test(blocks[labelled[0].index].text);
  const printed = utcMeta && plain[0] && afterHeadline(plain[0]) ? plain[0] : undefined;
  const sameInstant = printed && daysApart(lineIso(printed), lineIso(labelled[0])) <= 1;
  // a masthead's issue line far above the headline yields to a date line under it (or right over it,
  // "محليات | 05/12/2017 | 10:20 م"): the article's own stamp
  const stamp = plain.find((l) => (afterHeadline(l) || l.index === headline - 1) && l.mostlyDate);
  const issue = (l: DateLine) => l.role === 'print-issue' && headline - l.index > MAX_BLOCKS_ABOVE_HEADLINE;
  const labelledPick = stamp ? labelled.find((l) => !issue(l)) : labelled[0];
  const pick = (sameInstant ? printed : labelledPick) ??
    (publishedAfterUpdate && updated ? { ...updated, role: 'published' as const, dates: [publishedAfterUpdate] } : undefined) ??
    // (the update's own line under the headline over a plain date line above it: the site's "today")
    (plain[0] && afterHeadline(plain[0]) ? plain[0] : undefined) ??
    (beforeUpdate && updated ? { ...updated, role: 'plain' as const, dates: [beforeUpdate] } : undefined) ??
    plain[0] ?? creditedDate(lines, blocks) ?? issueDate(lines, blocks);
  if (!pick) return out;
  out.published = lineIso(pick);
  // (a stamp block printed over the headline: the update's line next to the publication's chosen line is the article's too)
  const besidePick = updated || pick.role !== 'published' ? undefined : lines.find((l) => l.role === 'updated' && Math.abs(l.index - pick.index) === 1 && l.dates.some(absolute));
  if (besidePick) {
    out.updated = besidePick.dates.find(absolute)!.iso;
    out.used.set(besidePick.index, { rule: 'date/updated-label', reason: 'labelled as an update, beside the publication\'s line' });
  }
  // as printed, but without the weekday ("الثلاثاء 22 شعبان 1444 هـ" → "22 شعبان 1444 هـ")
  // or, where the chosen line has none, from another header date line on the same day (a masthead's issue
  // date chosen over the byline's "Gregorian - Hijri" line)
  // (the same day exactly: a "today" banner a day later is the crawl's date)
  const hijriOf = (l: DateLine, slack: number) => l.dates.find((d) => d.calendar === 'hijri' && d.kind === 'absolute' && daysApart(d.iso, out.published) <= slack);
  // (not a masthead's above the headline: the site's "today" banner, the crawl's day as often as the article's)
  const hijri = hijriOf(pick, 1) ?? lines.filter((l) => !l.inTail && l.index > headline).map((l) => hijriOf(l, 0)).find(Boolean);
  const hijriDate = hijri ?? pick.dates.find((d) => d.calendar === 'hijri');
  out.hijri = hijriDate ? hijriDate.text.replace(WEEKDAY_OPENING, '').replace(TRAILING_TIME, '') : null;
  out.warnings.push(...pick.warnings.map((w) => `line ${blocks[pick.index].line}: ${w}`));
  out.used.set(pick.index, pick.role === 'plain'
    ? { rule: 'date/header-date-line', reason: pick.mostlyDate ? 'a date line in the article header' : 'a short line with a date between the headline and the text' }
    : { rule: `date/${pick.role}-label`, reason: `a ${pick.role} line in the article header` });
  const asPrinted = lineDate(pick).text;
  const reordered = bodyStart >= 0 ? dayOrderFromText(out.published!, asPrinted, blocks, bodyStart) : null;
  if (reordered) {
    out.warnings.unshift(`date "${asPrinted}" read month first: the text names the day it was written`);
    out.published = reordered;
  }
  return out;
}

/** "02-07-2011", either order a real day: both numbers at most 12 and different. */
const EITHER_ORDER = /^\D{0,20}?\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/;
/** "اليوم الاثنين", "أمس السبت", "أول أمس الجمعة": the text's own day, counted back from a weekday it names. */
const TEXT_DAY = new RegExp(`(?:^|[\\s(،,])(أول أمس|اول امس|أمس|امس|اليوم)\\s+(${WEEKDAY_NAMES.filter((w) => /^ال/.test(w)).join('|')})(?=[\\s،,.)]|$)`);
const DAYS_BACK: Record<string, number> = { 'اليوم': 0, 'أمس': 1, 'امس': 1, 'أول أمس': 2, 'اول امس': 2 };
/** How many of the text's first paragraphs may name its day. */
const TEXT_DAY_REACH = 6;

/**
 * Arab sites write day/month/year, but a forum CMS's default is month first ("10-08-2017 01:14 PM"). When both
 * readings are days, the weekday the text gives its own day ("اليوم الاثنين", "أمس السبت") decides: the other
 * reading, as ISO (with the time kept), when only it falls on that weekday; else null.
 */
function dayOrderFromText(published: string, printed: string, blocks: Block[], bodyStart: number): string | null {
  const m = EITHER_ORDER.exec(normalizeDigits(printed));
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // (a Hijri date, "10/08/1440 هـ", has one order: the published day is its conversion, not its numbers)
  if (a > 12 || b > 12 || a === b || Number(published.slice(0, 4)) !== y || !isValidGregorian(y, a, b) || !isValidGregorian(y, b, a)) return null;
  const said = blocks.slice(bodyStart, bodyStart + TEXT_DAY_REACH).map((p) => TEXT_DAY.exec(p.text)).find(Boolean);
  if (!said) return null;
  const day = (WEEKDAY.get(foldWord(said[2]))! + DAYS_BACK[said[1]]) % 7;
  const [pm, pd] = [Number(published.slice(5, 7)), Number(published.slice(8, 10))];
  const [om, od] = pm === b && pd === a ? [a, b] : [b, a];
  if (weekdayOf(y, pm, pd) === day || weekdayOf(y, om, od) !== day) return null;
  return `${y}-${String(om).padStart(2, '0')}-${String(od).padStart(2, '0')}${published.slice(10)}`;
}

/**
 * A print archive's page: the issue's date on its own line beside "السنة 48 - العدد 16342" in the masthead,
 * far above the headline. Read only when the header has no other date: a live site's masthead names today's issue.
 */
function issueDate(lines: DateLine[], blocks: Block[]): DateLine | undefined {
  const issueLine = (i: number) => blocks[i] !== undefined && blocks[i].words <= MAX_ISSUE_LINE_WORDS && mentionsIssue(blocks[i].text);
  const l = lines.find((l) => l.role === 'plain' && (l.mostlyDate || opensWithDate(blocks[l.index])) && !l.inTail && (issueLine(l.index - 1) || issueLine(l.index + 1)));
  return l && { ...l, role: 'print-issue' };
}
const MAX_ISSUE_LINE_WORDS = 8;

/** How far into the first paragraph a wire dateline runs ("الرياض 02 ذو الحجة 1436 هـ الموافق … (واس) -"). */
const DATELINE_CHARS = 90;
/** A wire dateline's Hijri date carries هـ: the date reader runs only where it is. */
const HIJRI_HINT = /هـ|هجري/;

/**
 * A wire story's dateline opening the text, where the page prints no other date: "تبوك 05 شعبان 1444 هـ الموافق
 * 25 فبراير 2023 م (واس) -". The place's words, the date, then the agency or a dash: not a date the text reports.
 * A dateline without its year ("الدوحة في 14 فبراير /قنا/") takes it from `masthead`, the site's date of the
 * page (the crawl's day, on or after the story's).
 */
export function datelineDate(first: Block, masthead: string | null = null): { published: string; hijri: string | null } | null {
  const head = first.text.slice(0, DATELINE_CHARS);
  if (!/[0-9\u0660-\u0669]/.test(head)) return null;
  const ds = findDates(head, masthead ? { ref: masthead } : {}).filter((d) => d.iso !== null && (d.kind === 'absolute' || (d.kind === 'partial' && d.iso.length === 10)));
  if (!ds.length || wordCount(head.slice(0, ds[0].index)) > MAX_DATELINE_PLACE_WORDS) return null;
  const last = ds[ds.length - 1];
  // ("الرياض 04 جمادى الآخرة 1445 هـ الموافق 17 ديسمبر 2023 م واس بدأت …": both calendars paired say it is
  // the dateline, however the agency's name closes it)
  const paired = ds[0].calendar !== last.calendar && PAIRED.test(head.slice(ds[0].index + ds[0].text.length, last.index));
  if (!paired && !DATELINE_CLOSE.test(head.slice(last.index + last.text.length))) return null;
  const g = ds.find((d) => d.calendar === 'gregorian') ?? ds[0];
  const h = ds.find((d) => d.calendar === 'hijri');
  let published = g.iso!.slice(0, 10);
  // (a story of late December on a page of early January: the year before the masthead's)
  if (g.kind === 'partial' && daysApart(published, masthead) > 1 && published > masthead!) published = `${Number(published.slice(0, 4)) - 1}${published.slice(4)}`;
  return { published, hijri: h ? h.text.replace(WEEKDAY_OPENING, '') : null };
}

/** The latest Gregorian date above the headline: a masthead's "today", the crawl's day. */
export function mastheadDate(lines: DateLine[], headline: number): string | null {
  let latest: string | null = null;
  for (const l of lines) {
    if (l.inTail || l.index >= headline) continue;
    for (const d of l.dates) if (absolute(d) && d.calendar === 'gregorian' && (!latest || d.iso! > latest)) latest = d.iso!.slice(0, 10);
  }
  return latest;
}
const MAX_DATELINE_PLACE_WORDS = 3;
/** Between a date in one calendar and the same day in the other: "الموافق". */
const PAIRED = /^\s*(?:هـ|ه)?\s*[-–,،]?\s*(?:الموافق|الموافقة)\s*(?:ل|لـ)?\s*$/;
/** After the dateline's date: the agency in brackets or slashes, or the dash before the text (after the agency's one word: "23-11-2020 بيادر- "). */
const DATELINE_CLOSE = /^\s*(?:م\s*)?(?:[(/]|(?:[^\s\d(/\-–—]{2,20}\s*)?[-–—]\s)/;

/**
 * The Hijri date as printed in the dateline opening the text, when it is the publication day: wire
 * stories carry both calendars there and nowhere else.
 */
export function datelineHijri(first: Block, published: string): string | null {
  const head = first.text.slice(0, DATELINE_CHARS);
  if (!HIJRI_HINT.test(head)) return null;
  // a day apart is the same date: moon sighting and Umm al-Qura may differ by one
  const h = findDates(head).find((d) => d.calendar === 'hijri' && d.kind === 'absolute' && daysApart(d.iso, published) <= 1);
  return h ? h.text.replace(WEEKDAY_OPENING, '') : null;
}

/** "آخر تحديث: 02:30 م": an update stamp that prints only its time. */
const UPDATE_TIME_ONLY = /^(?:آخر|اخر)\s+(?:تحديث|تعديل)\s*[:：]?\s*(?:الساعة\s+)?([\d\u0660-\u0669]{1,2}):([\d\u0660-\u0669]{2})\s*(ص|م|صباحا|صباحاً|مساء|مساءً|[AaPp][Mm])?$/;
const MAX_BLOCKS_TO_UPDATE_TIME = 2;

/**
 * "… / وسوم: / tags / آخر تحديث: الجمعة 16 أيار 2025 - 09:20": an update stamped a few lines under the text, past its
 * tags, with its label on the line; a later day than the publication's. `stop`: a box's or the comments' header.
 */
export function updateBelowText(blocks: Block[], bodyEnd: number, published: string, stop: (b: Block) => boolean): { index: number; iso: string } | null {
  for (let i = bodyEnd + 1; i <= bodyEnd + MAX_BLOCKS_TO_LATE_UPDATE && i < blocks.length && !stop(blocks[i]); i++) {
    const b = blocks[i];
    if (b.words >= TICKER_MIN_WORDS || !mayHoldAbsoluteDate(b.text)) continue;
    const line = classifyDateLine(b.text);
    const iso = line.role === 'updated' ? line.dates.find((d) => d.iso !== null && d.iso.length >= 10)?.iso : undefined;
    if (iso) return iso.slice(0, 10) > published.slice(0, 10) ? { index: i, iso } : null;
  }
  return null;
}
const MAX_BLOCKS_TO_LATE_UPDATE = 8;

/**
 * The update time printed right under the page's date line with no day: the publication's day, when that
 * time is later than the publication's (a running story updated the same day).
 */
export function updateTimeUnder(blocks: Block[], dateLine: number, published: string): { index: number; iso: string } | null {
  for (let i = dateLine + 1; i <= dateLine + MAX_BLOCKS_TO_UPDATE_TIME && i < blocks.length; i++) {
    const m = UPDATE_TIME_ONLY.exec(normalizeDigits(blocks[i].text));
    if (!m) continue;
    let h = Number(m[1]);
    const pm = m[3] !== undefined && /^(?:م|مساء|مساءً|pm)$/i.test(m[3]);
    if (pm && h < 12) h += 12;
    else if (m[3] !== undefined && !pm && h === 12) h = 0;
    if (h > 23 || Number(m[2]) > 59) return null;
    const at = `${published.slice(0, 10)}T${String(h).padStart(2, '0')}:${m[2]}`;
    return at > published ? { index: i, iso: at } : null;
  }
  return null;
}

