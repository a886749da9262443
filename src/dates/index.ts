// Public API of the Arabic date reader. See docs/dates.md.
export { findDates, mayHoldAbsoluteDate } from './find.ts';
export { classifyDateLine, type DateLineReading } from './classify.ts';
export { normalizeDigits } from './fold.ts';
export { parseRef } from './reference.ts';
export type { Calendar, DateKind, DateRole, FindOptions, FoundDate } from './types.ts';
