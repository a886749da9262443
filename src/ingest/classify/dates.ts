// Which dates on the page are this article's: only lines of the article header (above the body, or
// right under it) that are labelled, are dates by themselves, or sit between the headline and the text.
// Tickers, teasers, clocks, copyright years, comment ages and dates inside the text are never taken.
import type { Block } from '../blocks.ts';
import { classifyDateLine, mayHoldAbsoluteDate, type FoundDate } from '../../dates/index.ts';
import { TICKER_MIN_WORDS } from './features.ts';

/** A date line is "mostly date" when, dates and punctuation removed, at most this many words remain ("نشر", "بتاريخ"). */
const MAX_WORDS_BESIDE_DATE = 1;
/** More than MAX_WORDS_BESIDE_DATE words (runs of letters or digits): tested, not listed. */
const TOO_MANY_WORDS = new RegExp(`(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${MAX_WORDS_BESIDE_DATE}}[\\p{L}\\p{N}]`, 'u');
/** Lines right after the body that may still carry "نشر في …". */
const TAIL_LINES_FOR_LABELLED_DATES = 2;
/** Between headline and text, a short line with a date (a byline with its date) is the article's. */
const MAX_HEAD_DATE_LINE_WORDS = 15;
/** An unlabelled date line above the headline counts only this close to it (further up: teasers, tickers). */
const MAX_BLOCKS_ABOVE_HEADLINE = 3;

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

/** The line's date: its Gregorian one when both calendars are printed (Hijri dates convert with a day's doubt). */
function lineIso(l: DateLine): string | null {
  const abs = l.dates.filter(absolute);
  return (abs.find((d) => d.calendar === 'gregorian') ?? abs[0]).iso;
}

/** Every header or tail line holding an absolute date, with its role. */
export function readDateLines(blocks: Block[], headerEnd: number, bodyEnd: number, earlyBody: number[] = []): DateLine[] {
  const indexes: number[] = [];
  for (let i = 0; i < headerEnd; i++) indexes.push(i);
  indexes.push(...earlyBody);
  for (let i = bodyEnd + 1; bodyEnd >= 0 && i <= bodyEnd + TAIL_LINES_FOR_LABELLED_DATES && i < blocks.length; i++) indexes.push(i);
  const out: DateLine[] = [];
  for (const i of indexes) {
    const b = blocks[i];
    // only absolute dates count below: lines that cannot hold one skip the date reader
    if (b.words >= TICKER_MIN_WORDS || !/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(b.text) || !mayHoldAbsoluteDate(b.text)) continue;
    const { role, dates, warnings } = classifyDateLine(b.text);
    if (dates.length === 0 || !dates.some(absolute) || role === 'clock' || role === 'copyright') continue;
    let rest = b.text;
    for (const d of dates) rest = rest.replace(d.text, ' ');
    const mostlyDate = !TOO_MANY_WORDS.test(rest);
    out.push({ index: i, role, mostlyDate, inTail: bodyEnd >= 0 && i > bodyEnd, dates, warnings });
  }
  return out;
}

/** Lines that are dates, whatever their use: never headline, kicker or byline candidates. */
export const dateLineSet = (lines: DateLine[]) =>
  new Set(lines.filter((l) => l.role !== 'plain' || l.mostlyDate).map((l) => l.index));

export function choosePageDates(lines: DateLine[], blocks: Block[], headline: number, bodyStart: number): PageDates {
  const out: PageDates = { published: null, updated: null, hijri: null, used: new Map(), warnings: [] };
  const updated = lines.find((l) => l.role === 'updated');
  if (updated) {
    out.updated = lineIso(updated);
    out.used.set(updated.index, { rule: 'date/updated-label', reason: 'labelled as an update' });
  }
  const near = (l: DateLine) => Math.abs(l.index - (headline >= 0 ? headline : bodyStart));
  const afterHeadline = (l: DateLine) => headline >= 0 && l.index > headline && !l.inTail;
  const labelled = lines.filter((l) => l.role === 'published' || l.role === 'print-issue').sort((a, b) => near(a) - near(b));
  // several date lines above the headline are a teaser list, not the article's header
  const datesAbove = lines.filter((l) => l.role === 'plain' && l.mostlyDate && headline >= 0 && l.index < headline).length;
  const plain = lines.filter((l) => l.role === 'plain' && !l.inTail && (
    (l.mostlyDate && (afterHeadline(l) || headline < 0 || (datesAbove === 1 && headline - l.index <= MAX_BLOCKS_ABOVE_HEADLINE))) ||
    (afterHeadline(l) && blocks[l.index].words <= MAX_HEAD_DATE_LINE_WORDS)
  )).sort((a, b) => Number(afterHeadline(b)) - Number(afterHeadline(a)) || near(a) - near(b));
  const pick = labelled[0] ?? plain[0];
  if (!pick) return out;
  out.published = lineIso(pick);
  out.hijri = pick.dates.find((d) => d.calendar === 'hijri')?.text ?? null;
  out.warnings.push(...pick.warnings.map((w) => `line ${blocks[pick.index].line}: ${w}`));
  out.used.set(pick.index, pick.role === 'plain'
    ? { rule: 'date/header-date-line', reason: pick.mostlyDate ? 'a date line in the article header' : 'a short line with a date between the headline and the text' }
    : { rule: `date/${pick.role}-label`, reason: `a ${pick.role} line in the article header` });
  return out;
}
