// Text folding used to compare lines (repeated headlines, chrome phrases): not for display.
// Written as character loops: it runs on every line of every page, and regexes were the ingest hot spot.

const isArabicLetter = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);

/**
 * Per UTF-16 code unit, what foldText makes of it and what it counts as, in one table entry:
 * - the low 16 bits: the code unit it becomes (a space for a break);
 * - BREAK: a word break (runs of them become one space), DROP: removed;
 * - ARABIC (an Arabic letter), LETTER (any letter; for arabicRatio), SPACE (separates words, for wordCount).
 * The loops add these bits instead of branching: spaces come every few letters, and a branch there
 * is a coin toss the processor keeps losing.
 */
const BREAK = 1 << 16;
const DROP = 1 << 17;
/** Not looked at yet: the Unicode class tests run once per code unit seen, not for the whole BMP at start-up. */
const UNKNOWN = 1 << 18;
const ARABIC = 1 << 19;
const LETTER = 1 << 20;
const SPACE_BIT = 1 << 21;
const FOLDED = 0xffff | BREAK | DROP | UNKNOWN;
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
const setFold = (c: number, v: number) => { FOLD[c] = (FOLD[c] & ~FOLDED) | v; };
for (let c = 0; c < 128; c++) setFold(c, c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : BREAK | 32);
for (let c = 0x600; c < 0x700; c++) if (isArabicLetter(c)) setFold(c, c);
for (let c = 0x610; c <= 0x61a; c++) setFold(c, DROP);
for (let c = 0x64b; c <= 0x65f; c++) setFold(c, DROP);
for (let c = 0x6d6; c <= 0x6ed; c++) setFold(c, DROP);
for (const [from, to] of [['\u0670', ''], ['\u0640', ''], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي']]) {
  setFold(from.charCodeAt(0), to ? to.charCodeAt(0) : DROP);
}
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const SPACE = /\s/;
function foldUnknown(c: number): number {
  const ch = String.fromCharCode(c);
  setFold(c, SPACE.test(ch) || PUNCT_OR_SYMBOL.test(ch) ? BREAK | 32 : c);
  return FOLD[c];
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
for (let c = 0; c < 0x10000; c++) {
  if (isArabicLetter(c)) FOLD[c] |= ARABIC | LETTER;
  else if (isLatinLetter(c) || (c > 0x24f && c < 0x600) || (c > 0x6ff && c < 0x2000) || (c >= 0x3040 && c < 0xd800)) FOLD[c] |= LETTER;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) FOLD[c] |= SPACE_BIT;
}

// Output code units go into one reused buffer, turned into a string at the end: much cheaper than
// growing a string per character. Node's UTF-16LE decoding of a Buffer copies the code units as they
// are (lone surrogates too) at a fraction of the cost of TextDecoder or String.fromCharCode.apply.
// Sized for most pages from the start: growing is rare, and rare paths cost a recompile the first time.
let buf = new Uint16Array(1 << 14);
let bufBytes = Buffer.from(buf.buffer);
const CHUNK = 8192; // arguments per fromCharCode call, well under the engine's limit
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Buffers are kept between calls up to this many code units (2 MB); a huge text gets one of its own size, let go after. */
const KEPT_UNITS = 1 << 20;
/** The size a reused buffer of `size` code units should have to hold `need`: `size` itself when it fits and is not oversized. */
function fitted(size: number, need: number): number {
  if (size >= need && (size <= KEPT_UNITS || need > KEPT_UNITS)) return size;
  return need > KEPT_UNITS ? need : Math.min(KEPT_UNITS, Math.max(need * 2, 1 << 14));
}
function reserve(n: number): void {
  const size = fitted(buf.length, n);
  if (size === buf.length) return;
  buf = new Uint16Array(size);
  bufBytes = Buffer.from(buf.buffer);
}
function bufToString(n: number): string {
  if (LITTLE_ENDIAN) return bufBytes.toString('utf16le', 0, 2 * n);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Fold a line for comparison: no diacritics/tatweel, one alef, ى→ي, ة→ه, no punctuation, lower-case Latin. */
export function foldText(s: string): string {
  load(s);
  reserve(s.length);
  return bufToString(foldLoaded(s.length));
}

// The text being measured, as code units: typed-array reads cost half of charCodeAt on a string
// (which may be a slice or a concatenation), and copying a page in is nearly free.
let src = new Uint16Array(1 << 16);
let srcBytes = Buffer.from(src.buffer);
function load(text: string): void {
  const size = fitted(src.length, text.length);
  if (size !== src.length) {
    src = new Uint16Array(size);
    srcBytes = Buffer.from(src.buffer);
  }
  if (LITTLE_ENDIAN) srcBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) src[i] = text.charCodeAt(i);
}

/** Fold the first `len` code units of src into buf; returns the folded length. */
function foldLoaded(len: number): number {
  const units = src, out = buf; // locals: the loop then need not reload the module's buffers
  let n = 0;
  let space = 1; // after a break (or at the start): collapses runs and trims the start
  for (let i = 0; i < len; i++) {
    let m = FOLD[units[i]];
    if (m & UNKNOWN) m = foldUnknown(units[i]);
    const brk = (m >> 16) & 1;
    const drop = (m >> 17) & 1;
    out[n] = m; // the low 16 bits: the code unit, or a space for a break; kept only if n moves on
    n += 1 - brk - drop + (brk & (space ^ 1));
    space = brk | (drop & space);
  }
  if (space && n > 0) n--; // a trailing break
  return n;
}

/** Share of letters that are Arabic (0 when the text has no letters). Other scripts count as non-Arabic. */
export function arabicRatio(s: string): number {
  return lineFacts(s, 0).arabic;
}

export function wordCount(s: string): number {
  return lineFacts(s, 0).words;
}

export interface LineFacts { key: string; words: number; arabic: number }

/**
 * What the extractor measures on every line (each pass over a page's text costs about as much as a
 * whole stage used to): foldText of its first `keyChars` characters, wordCount and arabicRatio of all of it.
 */
export function lineFacts(s: string, keyChars: number): LineFacts {
  return spanFacts(s, [0, s.length], keyChars)[0];
}

/**
 * lineFacts of many pieces of one text (the lines of a page), given as [start, end) offsets in
 * `spans`. Their keys are folded into one buffer and made into strings by a single decode, then
 * sliced out: one native decode call per line cost more than the folding itself.
 */
export function spanFacts(text: string, spans: number[], keyChars: number): LineFacts[] {
  load(text);
  let total = 0;
  for (let t = 0; t < spans.length; t += 2) total += Math.min(spans[t + 1] - spans[t], keyChars);
  reserve(total);
  const count = spans.length >> 1;
  const out: LineFacts[] = new Array(count);
  const ends: number[] = new Array(count);
  const units = src, folded = buf; // locals: the loops then need not reload the module's buffers
  let n = 0;
  for (let t = 0; t < count; t++) {
    const from = spans[2 * t], to = spans[2 * t + 1];
    const keyEnd = Math.min(to, from + keyChars);
    let arabic = 0, letters = 0, words = 0;
    let afterSpace = 1; // a word starts at a non-space after a space (or at the start)
    let space = 1; // the key so far ends with a break (or is empty): collapses runs and trims the start
    const keyStart = n;
    let i = from;
    // one pass over the line: measure it and fold its key
    for (; i < keyEnd; i++) {
      let m = FOLD[units[i]];
      if (m & UNKNOWN) m = foldUnknown(units[i]);
      arabic += (m >> 19) & 1;
      letters += (m >> 20) & 1;
      const sp = (m >> 21) & 1;
      words += afterSpace & (sp ^ 1);
      afterSpace = sp;
      const brk = (m >> 16) & 1;
      const drop = (m >> 17) & 1;
      folded[n] = m; // the low 16 bits: the code unit, or a space for a break; kept only if n moves on
      n += 1 - brk - drop + (brk & (space ^ 1));
      space = brk | (drop & space);
    }
    if (space && n > keyStart) n--; // a trailing break
    for (; i < to; i++) {
      const m = FOLD[units[i]];
      arabic += (m >> 19) & 1;
      letters += (m >> 20) & 1;
      const sp = (m >> 21) & 1;
      words += afterSpace & (sp ^ 1);
      afterSpace = sp;
    }
    out[t] = { key: '', words, arabic: letters ? arabic / letters : 0 };
    ends[t] = n;
  }
  if (n === 0) return out;
  const all = bufToString(n);
  for (let t = 0, start = 0; t < count; start = ends[t++]) if (ends[t] > start) out[t].key = all.slice(start, ends[t]);
  return out;
}
