// Where a date can start: digit runs and words that open a date phrase. Trying the
// (large) date pattern only there keeps findDates linear and fast: a plain char loop
// finds the candidates (words are compared by hash, no allocation), the sticky
// pattern then runs on a few positions per page.

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x61 && c <= 0x7a);

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
function hashOf(w: string): number {
  let h = 7;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
}

export interface TriggerWords {
  hashes: Map<number, string[]>;
  /** Low 16 bits of every hash: rejects almost all words without a Map lookup. */
  filter: Uint8Array;
  maxLength: number;
}

export function triggerWords(words: Iterable<string>): TriggerWords {
  const hashes = new Map<number, string[]>();
  const filter = new Uint8Array(0x10000);
  let maxLength = 0;
  for (const w of new Set(words)) {
    const h = hashOf(w);
    hashes.set(h, [...(hashes.get(h) ?? []), w]);
    filter[h & 0xffff] = 1;
    maxLength = Math.max(maxLength, w.length);
  }
  return { hashes, filter, maxLength: maxLength + 1 };
}

function has(t: TriggerWords, h: number, ft: string, s: number, e: number): boolean {
  if (t.filter[h & 0xffff] === 0) return false;
  const ws = t.hashes.get(h);
  if (!ws) return false;
  for (const w of ws) if (w.length === e - s && ft.startsWith(w, s)) return true;
  return false;
}

/**
 * One pass over folded text: start offsets, in order, of digit runs and of words of
 * each trigger set (also after a one-letter proclitic و ف ب ل: "وأمس", "بالأمس").
 */
export function triggerPositions(ft: string, sets: TriggerWords[]): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < sets.length; k++) out.push([]);
  const n = ft.length;
  let i = 0;
  while (i < n) {
    const c = ft.charCodeAt(i);
    if (isDigit(c)) {
      for (const o of out) o.push(i);
      while (i < n && isDigit(ft.charCodeAt(i))) i++;
    } else if (isLetter(c)) {
      const s = i;
      let h = hashStep(7, c), h1 = 7; // h: whole word; h1: without its first letter
      i++;
      for (let d; i < n && isLetter((d = ft.charCodeAt(i))); i++) { h = hashStep(h, d); h1 = hashStep(h1, d); }
      for (let k = 0; k < sets.length; k++) {
        const t = sets[k];
        if (i - s > t.maxLength) continue;
        if (has(t, h, ft, s, i)) out[k].push(s);
        else if (i - s > 1 && (c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644) && has(t, h1, ft, s + 1, i)) out[k].push(s + 1);
      }
    } else i++;
  }
  return out;
}

/**
 * Where the next word of `t` at or after `i` in folded text starts (after a one-letter proclitic, the
 * word without it), or -1: the scan triggerPositions makes, for one set.
 */
function nextWordOf(ft: string, t: TriggerWords, i: number): number {
  const n = ft.length;
  while (i < n) {
    const c = ft.charCodeAt(i);
    if (!isLetter(c)) { i++; continue; }
    const s = i;
    let h = hashStep(7, c), h1 = 7;
    i++;
    for (let d; i < n && isLetter((d = ft.charCodeAt(i))); i++) { h = hashStep(h, d); h1 = hashStep(h1, d); }
    if (i - s > t.maxLength) continue;
    if (has(t, h, ft, s, i)) return s;
    if (i - s > 1 && (c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644) && has(t, h1, ft, s + 1, i)) return s + 1;
  }
  return -1;
}

/** Start offsets, in order, of the words of `t` in folded text (as triggerPositions finds them, digits aside). */
export function wordPositions(ft: string, t: TriggerWords): number[] {
  const out: number[] = [];
  for (let p = nextWordOf(ft, t, 0); p >= 0;) {
    out.push(p);
    let end = p;
    while (end < ft.length && isLetter(ft.charCodeAt(end))) end++; // on after the word found
    p = nextWordOf(ft, t, end);
  }
  return out;
}

/** Does folded text hold a word of `t` (also after a one-letter proclitic), as triggerPositions finds them? */
export function hasTriggerWord(ft: string, t: TriggerWords): boolean {
  return nextWordOf(ft, t, 0) >= 0;
}
