// The original words of a search record, stored as "slots" beside its normalised tokens (records.ts): one
// slot per token, empty where the original is its own normalised form. A slot is a patch on the normalised
// token rather than the word itself: most words differ from it only by their clitics (و، ال، بال), the letters
// normalisation folds (أ إ آ → ا، ة → ه، ى → ي) and punctuation around them. Spelling out only that shrinks
// every result's data by about a sixth (search result fragments are most of a follow-up query's bytes).
// Slot grammar: PREFIX MARKS TRAIL ["|" LEAD], where MARKS gives, for each foldable letter of the normalised
// token in turn, its original form or "." (unchanged; trailing dots dropped). A slot that would not read
// back exactly is stored whole, after "=". Pure, dependency-free: the search page decodes in the browser.
import { FOLD, EMPTY_TOKEN } from './normalize.ts';

const FOLDED = new Set(Object.values(FOLD));
const UNFOLDED = Object.keys(FOLD).join('');
const WHOLE = '=';
const LEAD = '|';
const SLOT = new RegExp(`^([وفبكلا]*)((?:\\.*[${UNFOLDED}])*)([^${LEAD}]*)(?:\\${LEAD}(.*))?$`, 'u');
const SPLIT = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** The original word, from its slot and its normalised token. */
export function decodeSlot(slot: string, norm: string): string {
  if (!slot) return norm;
  if (norm === EMPTY_TOKEN) return slot; // punctuation alone: the slot is the word
  if (slot.startsWith(WHOLE)) return slot.slice(1);
  const m = SLOT.exec(slot);
  if (!m) return norm;
  const [, prefix, marks, trail, lead = ''] = m;
  const originals = [...marks.matchAll(/(\.*)(.)/gu)].flatMap(([, dots, c]) => [...dots, c]);
  let k = 0, body = '';
  for (const c of norm) {
    const o = FOLDED.has(c) ? originals[k++] : undefined;
    body += o && o !== '.' ? o : c;
  }
  return lead + prefix + body + trail;
}

/** The slot of an original word whose normalised token is `norm`. */
export function encodeSlot(original: string, norm: string): string {
  if (original === norm) return '';
  if (norm === EMPTY_TOKEN) return original;
  const [, lead, core, trail] = SPLIT.exec(original)!;
  const at = core.length - norm.length;
  if (at >= 0) {
    const body = core.slice(at);
    let marks = '';
    for (let i = 0; i < norm.length; i++) if (FOLDED.has(norm[i])) marks += body[i] === norm[i] ? '.' : body[i];
    const slot = core.slice(0, at) + marks.replace(/\.+$/, '') + trail + (lead ? LEAD + lead : '');
    if (!slot.startsWith(WHOLE) && decodeSlot(slot, norm) === original) return slot;
  }
  return WHOLE + original;
}

/** Slots of a token list, space-separated (slots never hold whitespace: tokens are split on it). */
export const encodeSlots = (original: string[], norm: string[]): string => original.map((o, i) => encodeSlot(o, norm[i])).join(' ');

/** The original tokens back; the normalised ones if the slots do not align with them. */
export function decodeSlots(slots: string, norm: string[]): string[] {
  const s = slots.split(' ');
  return s.length === norm.length ? s.map((x, i) => decodeSlot(x, norm[i])) : norm;
}
