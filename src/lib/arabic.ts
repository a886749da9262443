// Text folding used to compare lines (repeated headlines, chrome phrases): not for display.
// Written as character loops: it runs on every line of every page, and regexes were the ingest hot spot.

/** Replacement per UTF-16 code unit: '' drops it, ' ' turns it into a word break. */
const FOLD = new Map<number, string>();
for (let c = 0x610; c <= 0x61a; c++) FOLD.set(c, '');
for (let c = 0x64b; c <= 0x65f; c++) FOLD.set(c, '');
for (let c = 0x6d6; c <= 0x6ed; c++) FOLD.set(c, '');
for (const [from, to] of [['\u0670', ''], ['\u0640', ''], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي']]) {
  FOLD.set(from.charCodeAt(0), to);
}
const isArabicLetter = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/** Fold a line for comparison: no diacritics/tatweel, one alef, ى→ي, ة→ه, no punctuation, lower-case Latin. */
export function foldText(s: string): string {
  let out = '';
  let space = true; // collapses runs and trims the start
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let ch: string;
    const mapped = FOLD.get(code);
    if (mapped !== undefined) ch = mapped;
    else if (isArabicLetter(code)) ch = s[i];
    else if (code < 128) ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? s[i] : ' ';
    else {
      ch = s[i];
      if (SPACE.test(ch) || PUNCT_OR_SYMBOL.test(ch)) ch = ' ';
    }
    if (ch === '') continue;
    if (ch === ' ') {
      if (!space) { out += ' '; space = true; }
    } else {
      out += ch;
      space = false;
    }
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/** Share of letters that are Arabic (0 when the text has no letters). Other scripts count as non-Arabic. */
export function arabicRatio(s: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isArabicLetter(c)) { arabic++; letters++; }
    else if (isLatinLetter(c) || (c > 0x24f && c < 0x600) || (c > 0x6ff && c < 0x2000) || (c >= 0x3040 && c < 0xd800)) letters++;
  }
  return letters ? arabic / letters : 0;
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}
