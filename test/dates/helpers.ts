// Table-driven checks for the date reader.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, type FoundDate } from '../../src/dates/index.ts';

export type Want = Partial<Pick<FoundDate, 'text' | 'iso' | 'calendar' | 'kind' | 'gregorianIso' | 'hijri'>>;
/** [input, expected dates (only the fields given are compared), optional reference]. */
export type Row = [string, Want[], string?];

export function table(name: string, rows: Row[]): void {
  for (const [input, want, ref] of rows) {
    test(`${name}: should read ${JSON.stringify(input)}${ref ? ` (ref ${ref})` : ''}`, () => {
      const got = findDates(input, ref ? { ref } : {});
      const picked = got.map((d, i) => Object.fromEntries(Object.keys(want[i] ?? {}).map((k) => [k, d[k as keyof FoundDate]])));
      assert.deepEqual(picked, want, JSON.stringify(got));
      assert.equal(got.length, want.length, JSON.stringify(got));
      for (const d of got) assert.equal(input.slice(d.index, d.index + d.text.length), d.text);
    });
  }
}

/** Shorthands for the common expected shapes. */
export const abs = (text: string, iso: string | null): Want => ({ text, iso, calendar: 'gregorian', kind: 'absolute' });
export const hij = (text: string, iso: string | null, kind: FoundDate['kind'] = 'absolute'): Want => ({ text, iso, calendar: 'hijri', kind });
export const part = (text: string, iso: string | null): Want => ({ text, iso, calendar: 'gregorian', kind: 'partial' });
export const rel = (text: string, iso: string | null): Want => ({ text, iso, calendar: 'gregorian', kind: 'relative' });
