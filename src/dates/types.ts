// Shared types of the date reader.
import type { YMD } from './calendar.ts';

export type Calendar = 'gregorian' | 'hijri';
export type DateKind = 'absolute' | 'relative' | 'partial';
export type DateRole = 'published' | 'updated' | 'print-issue' | 'clock' | 'copyright' | 'plain';

export interface FoundDate {
  /** Matched substring, exactly as written. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /**
   * ISO 8601: 'YYYY-MM-DD', with 'THH:MM[:SS]' when the text gives a time and '±HH:MM'
   * when it gives an offset; reduced precision 'YYYY-MM' / 'YYYY' for month- or year-only
   * expressions; null when it cannot be known (no reference, ambiguous, contradictory).
   * For Hijri dates: the Gregorian day (see gregorianIso).
   */
  iso: string | null;
  calendar: Calendar;
  kind: DateKind;
  /** Hijri only: the Umm al-Qura conversion of the written date (Intl islamic-umalqura). */
  gregorianIso?: string | null;
  /** Hijri only: the date as written, 'YYYY-MM-DD' in the Hijri calendar (year may be inferred). */
  hijri?: string;
  /** Doubts about this date (contradicting weekday, paired months or calendars). */
  warnings?: string[];
  /** classifyDateLine only: the role of the label governing this date. */
  role?: DateRole;
}

export interface FindOptions {
  /** Reference instant for relative expressions and dates without a year. */
  ref?: Date | string;
}

export interface TimeOfDay {
  h: number;
  mi: number;
  s: number | null;
  offset: string | null;
}

/** What an interpreter makes of one match, before times and calendars are reconciled. */
export interface Reading {
  calendar: Calendar;
  kind: DateKind;
  /** A resolved day, when the expression names one. */
  ymd: YMD | null;
  /** Reduced-precision ISO ('YYYY-MM', 'YYYY') when no day is named. */
  coarse: string | null;
  time: TimeOfDay | null;
  /** True when a neighbouring clock time may be attached (the reading names a day). */
  takesTime: boolean;
  warnings: string[];
  gregorianIso?: string | null;
  hijri?: string;
  /** Hijri only: the written Hijri fields, for cross-checks. */
  hijriYmd?: YMD;
}

/** A reading placed in the folded text. */
export interface Candidate extends Reading {
  start: number;
  end: number;
}
