// The reference instant for relative expressions and dates written without a year.
// Kept as wall-clock fields (+ optional offset) so the host time zone never matters.
import { dayNumber, fromDayNumber, isValidGregorian, type YMD } from './calendar.ts';

export interface Ref extends YMD {
  /** Day number (days since 1970-01-01) of the reference day. */
  dn: number;
  /** Minutes since midnight, or null when the reference has no time of day. */
  minutes: number | null;
  seconds: number;
  /** '+03:00' style offset when the reference gives one. */
  offset: string | null;
}

const REF_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Parse a reference: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]' or a Date (read in UTC). */
export function parseRef(ref: Date | string): Ref {
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw new RangeError('invalid reference date');
    const y = ref.getUTCFullYear(), m = ref.getUTCMonth() + 1, d = ref.getUTCDate();
    return { y, m, d, dn: dayNumber(y, m, d), minutes: ref.getUTCHours() * 60 + ref.getUTCMinutes(), seconds: ref.getUTCSeconds(), offset: '+00:00' };
  }
  const r = REF_RE.exec(ref.trim());
  if (!r) throw new RangeError(`invalid reference date: ${ref} (expected YYYY-MM-DD[THH:MM[:SS][±HH:MM]])`);
  const [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  if (!isValidGregorian(y, m, d)) throw new RangeError(`invalid reference date: ${ref}`);
  let minutes: number | null = null;
  if (r[4] !== undefined) {
    const h = Number(r[4]), mi = Number(r[5]);
    if (h > 23 || mi > 59 || Number(r[6] ?? 0) > 59) throw new RangeError(`invalid reference time: ${ref}`);
    minutes = h * 60 + mi;
  }
  const offset = r[7] === undefined ? null : formatOffset(r[7]);
  if (offset === '') throw new RangeError(`invalid reference offset: ${ref}`);
  return { y, m, d, dn: dayNumber(y, m, d), minutes, seconds: Number(r[6] ?? 0), offset };
}

/** 'Z', '+4', '+0400', '+04:00', '-3:30' → '+00:00' style; '' when out of range. */
export function formatOffset(s: string): string {
  if (/^z$/i.test(s)) return '+00:00';
  const r = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!r) return '';
  const h = Number(r[2]), mi = Number(r[3] ?? 0);
  if (h > 14 || mi > 59) return '';
  return `${r[1]}${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

export function refDate(ref: Ref): YMD {
  return fromDayNumber(ref.dn);
}
