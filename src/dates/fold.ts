// Text folding: one canonical spelling for matching, with a map back to the original
// offsets so matches can be reported exactly as written.
//
// Folding drops diacritics, tatweel and bidi/format marks, unifies hamza-alef forms,
// alef maqsura/ya, ta marbuta/ha, Persian ya/kaf, Arabic-Indic and Persian digits,
// the Arabic comma, exotic spaces (→ ' '), ASCII case (→ lower) and French accents (→ the bare letter).

const DROP = 0xffff; // marker in the table: character removed

// One table for the whole BMP, built once: folding is then a single pass.
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
const drop = (from: number, to = from) => { for (let c = from; c <= to; c++) TABLE[c] = DROP; };
const map = (chars: string, to: string) => { for (const ch of chars) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0); };

drop(0x064b, 0x065f); // harakat, tanween, shadda, sukun…
drop(0x0670); // superscript alef
drop(0x0610, 0x061a); // honorific marks
drop(0x06d6, 0x06ed); // Quranic marks
drop(0x0640); // tatweel
drop(0x200b, 0x200f); // zero-width, LRM, RLM
drop(0x202a, 0x202e); // bidi embeddings
drop(0x2066, 0x2069); // bidi isolates
drop(0xfeff); // BOM
map('أإآٱ', 'ا');
map('ى', 'ي');
map('ی', 'ي');
map('ک', 'ك');
map('ة', 'ه');
map('،', ',');
map('؛', ';');
map('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t', ' ');
map('–—', '-');
for (let i = 0; i < 10; i++) {
  TABLE[0x0660 + i] = 0x30 + i; // Arabic-Indic
  TABLE[0x06f0 + i] = 0x30 + i; // Persian
}
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 32;
// French accents ("Publié le …", "Mis à jour le …" on Maghreb and Lebanese sites)
map('àâäÀÂÄ', 'a');
map('éèêëÉÈÊË', 'e');
map('îïÎÏ', 'i');
map('ôöÔÖ', 'o');
map('ùûüÙÛÜ', 'u');
map('çÇ', 'c');

export interface Folded {
  /** Folded text, for matching. */
  text: string;
  /** offsets[i] = offset in the original of folded character i; offsets[length] = original length. */
  offsets: number[];
}

// Folded code units go into one reused buffer: a fresh typed array per line (off the JS heap above
// 64 bytes) cost more than the folding. Node's UTF-16LE decoding of a Buffer copies the code units as
// they are (lone surrogates too), much faster than TextDecoder or String.fromCharCode.apply.
let codes = new Uint16Array(256);
let codeBytes = Buffer.from(codes.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CHUNK = 8192; // arguments per fromCharCode call, well under the engine's limit
const KEPT_UNITS = 1 << 20;

export function fold(s: string): Folded {
  const n = s.length;
  // kept between calls up to KEPT_UNITS; a huge text gets a buffer of its own size, let go after
  if (codes.length < n || (codes.length > KEPT_UNITS && n <= KEPT_UNITS)) {
    codes = new Uint16Array(n > KEPT_UNITS ? n : Math.min(KEPT_UNITS, Math.max(2 * n, 256)));
    codeBytes = Buffer.from(codes.buffer);
  }
  const offsets: number[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const m = TABLE[s.charCodeAt(i)];
    if (m === DROP) continue;
    codes[j++] = m;
    offsets.push(i);
  }
  offsets.push(n);
  return { text: decodeCodes(j), offsets };
}

function decodeCodes(length: number): string {
  if (LITTLE_ENDIAN) return codeBytes.toString('utf16le', 0, 2 * length);
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Fold a vocabulary word the same way as text (used when building patterns). */
export function foldWord(s: string): string {
  return fold(s).text;
}

/** Characters that may trail a match in the original (diacritics, tatweel) and belong to it. */
function isTrailingMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

/** Original [start, end) for the folded span [fs, fe). */
export function originalSpan(f: Folded, fs: number, fe: number, original: string): [number, number] {
  const start = f.offsets[fs];
  let end = fe > fs ? f.offsets[fe - 1] + 1 : start;
  while (end < original.length && isTrailingMark(original.charCodeAt(end))) end++;
  return [start, end];
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII; everything else unchanged. */
export function normalizeDigits(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d = -1;
    if (c >= 0x0660 && c <= 0x0669) d = c - 0x0660;
    else if (c >= 0x06f0 && c <= 0x06f9) d = c - 0x06f0;
    if (d < 0) continue;
    out += s.slice(last, i) + String.fromCharCode(0x30 + d);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}
