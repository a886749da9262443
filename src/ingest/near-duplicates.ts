// Near-duplicate articles from their bodies: the same story re-crawled with a fixed typo, a dropped
// line or another site's chrome. A 64-bit SimHash of word 3-shingles; two bodies within a few bits
// are the same article. Lookup is by six 11-bit slices of the hash (pigeonhole: within 5 bits, one
// slice matches exactly), so a lookup compares a few dozen entries even in a 100,000-article archive.

/**
 * Bodies whose fingerprints differ in at most this many of 64 bits are the same article. Measured on the
 * seeds: a couple of words changed moves 1–4 bits, dropping the last paragraph 4–13; different articles
 * on the same story stay 28+ bits apart.
 */
export const MAX_DIFFERING_BITS = 5;
const SLICES = MAX_DIFFERING_BITS + 1;
const SLICE_BITS = 11;
/** Below this many words a body is too short to call two of them the same from their shingles. */
export const MIN_WORDS_FOR_NEAR_MATCH = 40;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Working arrays, reused: a fresh typed array per body (off the JS heap above 64 bytes) cost more
// than the counting. The word buffer is kept up to KEPT_WORDS entries; longer bodies get their own.
const KEPT_WORDS = 1 << 16;
let words = new Int32Array(4096);
const nibbles = new Int32Array(16 * 16);
const ones = new Int32Array(64);

/** 32-bit FNV-1a of each space-separated word, in one pass (no word strings built). */
function wordHashes(folded: string): Int32Array {
  const need = folded.length + 1; // at most one word per character, plus one
  if (words.length < need && need <= KEPT_WORDS) words = new Int32Array(Math.min(KEPT_WORDS, 2 * need));
  const out = words.length >= need ? words : new Int32Array(need);
  let n = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 32) { out[n++] = h; h = FNV_OFFSET; } else h = Math.imul(h ^ c, FNV_PRIME) >>> 0;
  }
  out[n++] = h;
  return out.subarray(0, n);
}

/** murmur3's finaliser: a good 32-bit mix, used to get a second independent half. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 16 hex digits, or null when the body is too short to fingerprint. `folded` is the body through foldText. */
export function simhash(folded: string): string | null {
  const wh = wordHashes(folded);
  if (wh.length < MIN_WORDS_FOR_NEAR_MATCH) return null;
  // Per shingle, count each 4-bit nibble value per nibble position (16 increments instead of 64
  // per-bit additions); the per-bit totals are summed from these counts at the end.
  nibbles.fill(0);
  ones.fill(0);
  const n = wh.length - 2;
  for (let i = 0; i < n; i++) {
    const lo = mix(wh[i] ^ Math.imul(wh[i + 1], 31) ^ Math.imul(wh[i + 2], 961));
    const hi = mix(lo ^ 0x9e3779b9);
    for (let q = 0; q < 8; q++) {
      nibbles[(q << 4) | ((lo >>> (4 * q)) & 15)]++;
      nibbles[((8 + q) << 4) | ((hi >>> (4 * q)) & 15)]++;
    }
  }
  for (let q = 0; q < 16; q++) {
    for (let v = 1; v < 16; v++) {
      const count = nibbles[(q << 4) | v];
      if (!count) continue;
      for (let b = 0; b < 4; b++) if (v & (1 << b)) ones[4 * q + b] += count;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (ones[b] * 2 > n) lo |= 1 << b;
    if (ones[32 + b] * 2 > n) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

const halves = (hash: string): [number, number] => [parseInt(hash.slice(0, 8), 16), parseInt(hash.slice(8), 16)];

/** The q-th 11-bit slice of the 64-bit value (hi, lo). */
function slice(hi: number, lo: number, q: number): number {
  const bit = q * SLICE_BITS;
  const v = bit >= 32 ? hi >>> (bit - 32) : bit + SLICE_BITS <= 32 ? lo >>> bit : (lo >>> bit) | (hi << (32 - bit));
  return v & ((1 << SLICE_BITS) - 1);
}

/** Fingerprints of the archive's articles, searchable for a near match. */
export class NearDuplicateIndex {
  // Entries as parallel arrays and buckets of entry numbers: a lookup scans a few hundred entries at
  // 100,000 articles, and reading two typed arrays is ~10× cheaper than an object per entry.
  private readonly buckets = new Map<number, number[]>();
  private his = new Int32Array(1024);
  private los = new Int32Array(1024);
  private readonly ids: string[] = [];

  add(hash: string | null, id: string): void {
    if (!hash) return;
    const [hi, lo] = halves(hash);
    const n = this.ids.length;
    if (n === this.his.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length); b.set(a); return b; };
      this.his = grow(this.his);
      this.los = grow(this.los);
    }
    this.his[n] = hi;
    this.los[n] = lo;
    this.ids.push(id);
    for (let q = 0; q < SLICES; q++) {
      const key = q * 4096 + slice(hi, lo, q);
      const list = this.buckets.get(key);
      if (list) list.push(n);
      else this.buckets.set(key, [n]);
    }
  }

  /** The id of an article whose body is within MAX_DIFFERING_BITS of `hash`, if any. */
  find(hash: string | null): string | null {
    if (!hash) return null;
    const [hi, lo] = halves(hash);
    const { his, los } = this;
    for (let q = 0; q < SLICES; q++) {
      const list = this.buckets.get(q * 4096 + slice(hi, lo, q));
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const e = list[i];
        const high = popcount(his[e] ^ hi); // most entries are already too far in the high half
        if (high <= MAX_DIFFERING_BITS && high + popcount(los[e] ^ lo) <= MAX_DIFFERING_BITS) return this.ids[e];
      }
    }
    return null;
  }
}
