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
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  surrogatesSeen = false;
  return bufToString(foldInto(s, s.length, 0), surrogatesSeen);
}

/** Set by foldInto when it met a surrogate code unit (then TextDecoder may not be used). */
let surrogatesSeen = false;

/** Fold the first `end` code units of `s` into buf from `at` on; returns where the output ends. */
function foldInto(s: string, end: number, at: number): number {
  let n = at;
  let space = true; // collapses runs and trims the start
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    let m = FOLD[c];
    if (m === UNKNOWN) {
      m = foldUnknown(c);
      if (m >= 0xd800 && m <= 0xdfff) surrogatesSeen = true;
    }
    if (m === DROP) continue;
    if (m === BREAK) {
      if (!space) { buf[n++] = 32; space = true; }
    } else {
      buf[n++] = m;
      space = false;
    }
  }
  if (space && n > at) n--; // a trailing break
  return n;
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
  return countFacts(s).arabic;
}

export function wordCount(s: string): number {
  return countFacts(s).words;
}

export interface LineFacts { key: string; words: number; arabic: number }

/**
 * What the extractor measures on every line, in one pass over it (each pass over a page's text costs
 * about as much as a whole stage used to): foldText of its first `keyChars` characters, wordCount and
 * arabicRatio of all of it.
 */
export function lineFacts(s: string, keyChars: number): LineFacts {
  return linesFacts([s], keyChars)[0];
}

/**
 * lineFacts of many lines (a page). Their keys are folded into one buffer and made into strings by a
 * single decode, then sliced out: one native decode call per line cost more than the folding itself.
 */
export function linesFacts(texts: string[], keyChars: number): LineFacts[] {
  let total = 0;
  for (const s of texts) total += Math.min(s.length, keyChars);
  if (buf.length < total) buf = new Uint16Array(total * 2);
  surrogatesSeen = false;
  const out: LineFacts[] = new Array(texts.length);
  const ends = new Int32Array(texts.length);
  let n = 0;
  for (let t = 0; t < texts.length; t++) {
    const s = texts[t];
    const f = countFacts(s);
    out[t] = { key: '', words: f.words, arabic: f.arabic };
    if (keyChars > 0) n = foldInto(s, Math.min(s.length, keyChars), n);
    ends[t] = n;
  }
  if (n === 0) return out;
  const all = bufToString(n, surrogatesSeen);
  for (let t = 0, start = 0; t < texts.length; start = ends[t++]) if (ends[t] > start) out[t].key = all.slice(start, ends[t]);
  return out;
}

function countFacts(s: string): { words: number; arabic: number } {
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
  return { words, arabic: letters ? arabic / letters : 0 };
}
