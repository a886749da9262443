// Decoded text → clean block-per-line text. Precompiled regexes, a few linear passes: this runs on
// every file of every ingest.

/** Line and page breaks of every convention become LF (VT/FF/NEL/LS/PS are breaks, not junk). */
const BREAKS = /\r\n?|[\v\f\x85\u2028\u2029]/g;
/** Invisible characters that only break search and matching: zero-width and bidi controls (but the joiner
 * inside an emoji sequence, "🤷‍♂️", which is part of what the reader wrote). */
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]|\u200D(?!\p{Extended_Pictographic})/gu;
/** Remaining C0 (except TAB, LF) and C1 controls, DEL. CR, VT, FF and NEL are handled by BREAKS. */
const CONTROLS = /[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/g;
const NBSP = /\u00A0/g;
/** Any character one of the passes above would touch: most files have none, and a test is cheap. */
const SPECIAL = /[\r\v\f\x85\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C\x00-\x08\x0E-\x1F\x7F-\x9F\u00A0]/;

/** White space other than LF at the start or end of a line: what trim() would take off some line. */
const EDGE_SPACE = /(?:^|\n)[^\S\n]|[^\S\n](?:\n|$)/;

/** Does `text` hold any character normaliseLines or countControls would touch? (One pass; pass it on to both.) */
export const hasSpecial = (text: string): boolean => SPECIAL.test(text);

/** How many stray control characters `text` holds (for the binary check). */
export function countControls(text: string, special = hasSpecial(text)): number {
  let n = 0;
  if (!special) return 0;
  CONTROLS.lastIndex = 0;
  while (CONTROLS.exec(text) !== null) n++;
  return n;
}

/**
 * Normalise decoded text: LF line ends, NBSP → space, invisible and control characters removed,
 * each line trimmed, leading/trailing blank lines dropped. Inner blank lines are kept: they are the
 * block separators of the dumps. No trailing newline.
 */
export function normaliseLines(text: string, special = hasSpecial(text)): string {
  const t = special
    ? text.replace(BREAKS, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(NBSP, ' ')
    : text;
  // no line with white space at either end: only the blank lines at both ends go
  if (!EDGE_SPACE.test(t)) {
    let from = 0;
    let to = t.length;
    while (from < to && t.charCodeAt(from) === 10) from++;
    while (to > from && t.charCodeAt(to - 1) === 10) to--;
    return t.slice(from, to);
  }
  const lines = t.split('\n');
  let start = 0;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trim();
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}
