// Text folding used to compare lines (repeated headlines, chrome phrases): not for display.
// Written as character loops: it runs on every line of every page, and regexes were the ingest hot spot.

const isArabicLetter = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);

/** What foldText makes of each UTF-16 code unit: a code unit, DROP (removed) or BREAK (a word break). */
const DROP = -1;
const BREAK = -2;
/** Not looked at yet: the Unicode class tests run once per code unit seen, not for the whole BMP at start-up. */
const UNKNOWN = -3;
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : BREAK;
for (let c = 0x600; c < 0x700; c++) if (isArabicLetter(c)) FOLD[c] = c;
for (let c = 0x610; c <= 0x61a; c++) FOLD[c] = DROP;
for (let c = 0x64b; c <= 0x65f; c++) FOLD[c] = DROP;
for (let c = 0x6d6; c <= 0x6ed; c++) FOLD[c] = DROP;
for (const [from, to] of [['\u0670', ''], ['\u0640', ''], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي']]) {
  FOLD[from.charCodeAt(0)] = to ? to.charCodeAt(0) : DROP;
}
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const SPACE = /\s/;
function foldUnknown(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates stay UNKNOWN, so foldPrefix notices them
  const ch = String.fromCharCode(c);
  return (FOLD[c] = SPACE.test(ch) || PUNCT_OR_SYMBOL.test(ch) ? BREAK : c);
}

// Output code units go into one reused buffer, turned into a string at the end: much cheaper than
// growing a string per character. TextDecoder is twice as fast as fromCharCode from ~60 code units on,
// but it would replace lone surrogates with U+FFFD: only used when the text had no surrogate at all.
let buf = new Uint16Array(1024);
const CHUNK = 8192; // arguments per fromCharCode call, well under the engine's limit
const DECODE_FROM = 48;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be');
function bufToString(n: number, surrogates: boolean): string {
  if (!surrogates && n >= DECODE_FROM) return UTF16.decode(buf.subarray(0, n));
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Fold a line for comparison: no diacritics/tatweel, one alef, ى→ي, ة→ه, no punctuation, lower-case Latin. */
export function foldText(s: string): string {
  return foldPrefix(s, s.length);
}

/** foldText of the first `end` code units of `s`. */
function foldPrefix(s: string, end: number): string {
  if (buf.length < end) buf = new Uint16Array(end * 2);
  let n = 0;
  let space = true; // collapses runs and trims the start
  let surrogates = false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    let m = FOLD[c];
    if (m === UNKNOWN) {
      m = foldUnknown(c);
      if (m >= 0xd800 && m <= 0xdfff) surrogates = true;
    }
    if (m === DROP) continue;
    if (m === BREAK) {
      if (!space) { buf[n++] = 32; space = true; }
    } else {
      buf[n++] = m;
      space = false;
    }
  }
  if (space && n > 0) n--; // a trailing break
  return bufToString(n, surrogates);
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/**
 * Per code unit, three bits: ARABIC (an Arabic letter), LETTER (any letter, Arabic included; for
 * arabicRatio) and SPACE (separates words, for wordCount). The loops below add bits instead of
 * branching: measurably faster on Arabic text, where every branch is a coin toss.
 */
const ARABIC = 1;
const LETTER = 2;
const SPACE_BIT = 4;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isArabicLetter(c)) KIND[c] = ARABIC | LETTER;
  else if (isLatinLetter(c) || (c > 0x24f && c < 0x600) || (c > 0x6ff && c < 0x2000) || (c >= 0x3040 && c < 0xd800)) KIND[c] = LETTER;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) KIND[c] |= SPACE_BIT;
}

/** Share of letters that are Arabic (0 when the text has no letters). Other scripts count as non-Arabic. */
export function arabicRatio(s: string): number {
  return lineFacts(s, 0).arabic;
}

export function wordCount(s: string): number {
  return lineFacts(s, 0).words;
}

/**
 * What the extractor measures on every line, in one pass over it (each pass over a page's text costs
 * about as much as a whole stage used to): foldText of its first `keyChars` characters, wordCount and
 * arabicRatio of all of it.
 */
export function lineFacts(s: string, keyChars: number): { key: string; words: number; arabic: number } {
  let arabic = 0;
  let letters = 0;
  let words = 0;
  let afterSpace = 1; // a word starts at a non-space after a space (or at the start)
  for (let i = 0; i < s.length; i++) {
    const k = KIND[s.charCodeAt(i)];
    arabic += k & ARABIC;
    letters += (k & LETTER) >> 1;
    const space = (k & SPACE_BIT) >> 2;
    words += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return { key: keyChars > 0 ? foldPrefix(s, Math.min(s.length, keyChars)) : '', words, arabic: letters ? arabic / letters : 0 };
}
