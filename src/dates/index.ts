// Public API of the Arabic date reader. See docs/dates.md.
import { WEEKDAYS } from './vocabulary.ts';
import { foldWord } from './fold.ts';

export { findDates, mayHoldAbsoluteDate } from './find.ts';
export { classifyDateLine, mentionsIssue, type DateLineReading } from './classify.ts';
export { normalizeDigits } from './fold.ts';
export { parseRef } from './reference.ts';
export type { Calendar, DateKind, DateRole, FindOptions, FoundDate } from './types.ts';

/** Weekday names as written and folded, for other stages' patterns ("الثلاثاء 22 شعبان" → the date after it). */
export const WEEKDAY_NAMES: string[] = [...new Set(Object.keys(WEEKDAYS).flatMap((w) => [w, foldWord(w)]))];
