// Test-only encoders for the single-byte Arabic encodings: TextDecoder inverted over bytes 0–255,
// which is exact because each byte maps to exactly one code point.
export type LegacyEncoding = 'windows-1256' | 'iso-8859-6';

const tables = new Map<LegacyEncoding, Map<string, number>>();

function table(encoding: LegacyEncoding): Map<string, number> {
  let t = tables.get(encoding);
  if (!t) {
    t = new Map();
    const d = new TextDecoder(encoding);
    for (let b = 255; b >= 0; b--) {
      const ch = d.decode(Uint8Array.of(b));
      if (ch !== '\uFFFD') t.set(ch, b); // unassigned in ISO-8859-6
    }
    tables.set(encoding, t);
  }
  return t;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const t = table(encoding);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = t.get(text[i]);
    if (b === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(text[i])} (U+${text.charCodeAt(i).toString(16)})`);
    out[i] = b;
  }
  return out;
}

export function encodeUtf16(text: string, encoding: 'utf-16le' | 'utf-16be', bom = true): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (encoding === 'utf-16be') le.swap16();
  return new Uint8Array(le);
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
export const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
