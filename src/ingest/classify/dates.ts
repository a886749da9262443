// Which dates on the page are this article's: only lines of the article header (above the body, or
// right under it) that are labelled or are dates by themselves. Tickers, teasers, clocks, copyright
// years, comment ages and dates inside the text are never taken.
import type { Block } from '../blocks.ts';
import { classifyDateLine, type FoundDate } from '../../dates/index.ts';
import { TICKER_MIN_WORDS } from './features.ts';

/** A plain (unlabelled) date line must be mostly date: at least this share of its characters. */
const MIN_DATE_SHARE = 0.5;
/** Lines right after the body that may still carry "نشر في …". */
const TAIL_LINES_FOR_LABELLED_DATES = 2;

export interface PageDates {
  published: string | null;
  updated: string | null;
  hijri: string | null;
  /** block index → why it was read as a date */
  used: Map<number, { rule: string; reason: string }>;
  /** Every header line that is a date line, used or not: never a headline or byline. */
  dateLines: Set<number>;
  warnings: string[];
}

const absolute = (d: FoundDate) => d.kind === 'absolute' && d.iso !== null;

export function pickPageDates(blocks: Block[], headerEnd: number, bodyEnd: number, taken: Set<number>): PageDates {
  const out: PageDates = { published: null, updated: null, hijri: null, used: new Map(), dateLines: new Set(), warnings: [] };
  const indexes: number[] = [];
  for (let i = 0; i < headerEnd; i++) indexes.push(i);
  for (let i = bodyEnd + 1; i <= bodyEnd + TAIL_LINES_FOR_LABELLED_DATES && i < blocks.length && bodyEnd >= 0; i++) indexes.push(i);

  for (const i of indexes) {
    const b = blocks[i];
    if (taken.has(i) || b.words >= TICKER_MIN_WORDS) continue;
    const { role, dates, warnings } = classifyDateLine(b.text);
    const abs = dates.filter(absolute);
    if (!abs.length || role === 'clock' || role === 'copyright') continue;
    const inTail = i > bodyEnd && bodyEnd >= 0;
    const dateChars = dates.reduce((n, d) => n + d.text.length, 0);
    const mostlyDate = dateChars / Math.max(1, b.text.replace(/\s+/g, '').length + dates.length) >= MIN_DATE_SHARE;
    const labelled = role === 'published' || role === 'print-issue';
    if (labelled || role === 'updated' || mostlyDate) out.dateLines.add(i);
    if (role === 'updated') {
      if (!out.updated) {
        out.updated = (abs.find((d) => d.calendar === 'gregorian') ?? abs[0]).iso;
        out.used.set(i, { rule: 'date/updated-label', reason: 'labelled as an update' });
      }
      continue;
    }
    if (!labelled && (inTail || !mostlyDate)) continue;
    if (out.published) continue;
    const greg = abs.find((d) => d.calendar === 'gregorian');
    const hijri = dates.find((d) => d.calendar === 'hijri');
    out.published = (greg ?? abs[0]).iso;
    out.hijri = hijri?.text ?? null;
    out.warnings.push(...warnings.map((w) => `line ${b.line}: ${w}`));
    out.used.set(i, {
      rule: labelled ? `date/${role}-label` : 'date/standalone-date-line',
      reason: labelled ? `a ${role} line in the article header` : 'a line that is mostly a date, in the article header',
    });
  }
  return out;
}
