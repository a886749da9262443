import { isUtf8, transcode } from 'node:buffer';

// Bytes → string. Only encodings Arabic news sites really used are accepted; anything else is
// rejected with a reason instead of being turned into mojibake.
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; warnings: string[] }
  | { ok: false; reason: string };

const LEGACY: Encoding[] = ['windows-1256', 'iso-8859-6'];
export const UNSUPPORTED_ENCODING = 'not UTF-8, UTF-16, windows-1256 or ISO-8859-6';

// Decoders are reusable and cheap to call; build them once (no per-file construction).
const fatal = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });
const DEC: Record<Encoding, TextDecoder> = {
  'utf-8': fatal('utf-8'),
  'utf-16le': fatal('utf-16le'),
  'utf-16be': fatal('utf-16be'),
  'windows-1256': fatal('windows-1256'),
  'iso-8859-6': fatal('iso-8859-6'),
};

/** Canonical encoding name for a charset label ("cp1256", "arabic", "ISO_8859-6" …), or null. */
export function canonicalCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Magic numbers of formats crawlers sometimes save by mistake; named in the rejection reason. */
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [sig, name] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return `binary content (${name})`;
  }
  return null;
}

/**
 * Decode bytes. `declared` yields the charset the file names itself (HTML <meta charset>); it is only
 * asked when the bytes are not UTF-8, and only breaks ties between the two legacy Arabic encodings:
 * the bytes always win over the label.
 */
export function decodeBytes(bytes: Uint8Array, declared: () => string | null = () => null): DecodeResult {
  // BOMs are unambiguous.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');

  const magic = sniffBinary(bytes);
  if (magic) return { ok: false, reason: magic };
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, reason: looksLikeUtf16(bytes) ? 'UTF-16 without byte order mark' : 'binary content (NUL bytes)' };
  }

  const asUtf8 = utf8(bytes);
  if (asUtf8.ok) return asUtf8;
  const legacy = decodeLegacy(bytes, declared());
  return legacy ?? asUtf8;
}

/**
 * Valid UTF-8 → string. simdutf validation + ICU transcoding is ~8x faster than TextDecoder on
 * Arabic text, and this is the path nearly every file takes.
 */
function fastUtf8(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

const NON_ASCII = /[^\x00-\x7f]/;

function utf8(bytes: Uint8Array): DecodeResult {
  if (isUtf8(bytes)) return { ok: true, text: fastUtf8(bytes), encoding: 'utf-8', warnings: [] };
  // A streaming decode holds back an incomplete sequence at the very end and still throws on
  // anything invalid before it: so success here means the file was cut mid-character. Only believed
  // when the rest shows UTF-8 multi-byte characters: ASCII + one high byte is more likely Latin-1.
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    if (!NON_ASCII.test(text)) return { ok: false, reason: UNSUPPORTED_ENCODING };
    return { ok: true, text, encoding: 'utf-8', warnings: ['truncated UTF-8: incomplete character at end of file dropped'] };
  } catch {
    return { ok: false, reason: UNSUPPORTED_ENCODING };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const warnings: string[] = [];
  if (bytes.length % 2 === 1) {
    bytes = bytes.subarray(0, bytes.length - 1);
    warnings.push('truncated UTF-16: odd trailing byte dropped');
  }
  try {
    return { ok: true, text: DEC[encoding].decode(bytes), encoding, warnings };
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase().replace('LE', ' LE').replace('BE', ' BE')} (unpaired surrogates)` };
  }
}

/** Arabic text in UTF-16 without BOM: every other byte is 0x00 or 0x06. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0 || bytes[i + 1] === 6) le++;
    if (bytes[i] === 0 || bytes[i] === 6) be++;
  }
  return Math.max(le, be) / (n / 2) > 0.9;
}

/** Share of non-ASCII characters that are plausible in Arabic text; below it we refuse to guess. */
export const MIN_PLAUSIBILITY = 0.9;

function decodeLegacy(bytes: Uint8Array, declared: string | null): DecodeResult | null {
  let best: { text: string; encoding: Encoding; score: number } | null = null;
  // The declared charset goes first so it wins ties (texts using only letters both encodings share).
  const order = declared === 'iso-8859-6' ? ['iso-8859-6', 'windows-1256'] : LEGACY;
  for (const encoding of order as Encoding[]) {
    let text: string;
    try {
      text = DEC[encoding].decode(bytes);
    } catch {
      continue; // iso-8859-6 leaves many bytes unassigned
    }
    const score = arabicPlausibility(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  if (!best || best.score < MIN_PLAUSIBILITY) return null;
  const warnings: string[] = [];
  if (declared && declared !== best.encoding && declared !== 'utf-8') {
    warnings.push(`declared charset ${declared} but content is ${best.encoding}`);
  }
  return { ok: true, text: best.text, encoding: best.encoding, warnings };
}

const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a);
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Fraction of non-ASCII characters that fit Arabic prose: Arabic letters, harakat, digits and
 * punctuation, typographic quotes and dashes. Mojibake (UTF-8 read as 1256: ط/ظ + Latin-1 symbols;
 * ISO-8859-6 read as 1256: و/ي become è/ê) and Latin-1 text fall well below 0.9. An Arabic letter
 * glued to a Latin letter ("cafى") counts as implausible. No Arabic letter at all scores 0.
 */
export function arabicPlausibility(text: string): number {
  let nonAscii = 0;
  let good = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isArabicLetter(c)) {
      arabic++;
      if (!isAsciiLetter(text.charCodeAt(i - 1)) && !isAsciiLetter(text.charCodeAt(i + 1))) good++;
    } else if (
      (c >= 0x0640 && c <= 0x0652) || // tatweel, harakat
      (c >= 0x0660 && c <= 0x0669) || // Arabic-Indic digits
      c === 0x060c || c === 0x061b || c === 0x061f || // ، ؛ ؟
      c === 0x00a0 || c === 0x00ab || c === 0x00bb || c === 0x00d7 || c === 0x00f7 || // nbsp « » × ÷
      (c >= 0x2013 && c <= 0x2014) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || // – — ‘ ’ “ ” …
      (c >= 0x200c && c <= 0x200f) // zwnj, zwj, lrm, rlm
    ) {
      good++;
    }
  }
  if (arabic === 0) return 0;
  return good / nonAscii;
}
