// Building blocks for the patterns over folded text. Letters are spelled out as a small
// class (folded text is lower-case ASCII and Arabic) instead of \p{L}: the patterns
// stay small, need no 'u' flag and compile to fast native code.
import { foldWord } from './fold.ts';

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Alternation of folded words, longest first, inner spaces matching any run of spaces. */
export function alt(words: Iterable<string>): string {
  const folded = [...new Set([...words].map(foldWord))].filter(Boolean);
  folded.sort((a, b) => b.length - a.length);
  return folded.map((w) => esc(w).replace(/ +/g, '[ ]+')).join('|');
}

const LETTERS = 'a-z\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF';
export const L = `[${LETTERS}]`;
export const NOT_L = `[^${LETTERS}]`;
export const LN = `[${LETTERS}0-9]`;
export const NOT_LN = `[^${LETTERS}0-9]`;
/** Start of a word; a one-letter proclitic (و ف ب ل) may precede it. */
export const WS = `(?:(?<!${LN})|(?<=(?:^|${NOT_LN})[وفبل]))`;
/** Start of a word that may directly follow a digit ("16سبتمبر"). */
export const MS = `(?:(?<!${L})|(?<=(?:^|${NOT_L})[وفبل]))`;
/** End of a word. */
export const WE = `(?!${LN})`;
/** End of a word that may directly precede a digit ("سبتمبر2015"). */
export const ME = `(?!${L})`;
/** Start of a number that is not the tail of another number, time or numeric date. */
// not inside a number, a time ("12:30") or a path; a label's colon ("النشر:19.11.2015") is fine
export const DS = '(?<![0-9./]|[0-9]:)';
