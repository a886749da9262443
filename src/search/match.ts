// Exact verification of a candidate and excerpt building, on our own token positions.
// Pagefind only proposes candidates (it matches prefixes and drops words it cannot find);
// a result is shown only if EVERY query word occurs as a whole normalised token, and every
// quoted phrase occurs as adjacent tokens.
import { normalizeToken, tokenize, type ParsedQuery } from './normalize.ts';

export interface MatchResult {
  ok: boolean;
  /** Token positions to highlight. */
  positions: number[];
  /** Query words (original spelling) or "phrases" that did not occur. */
  missing: string[];
}

export function matchTokens(norm: string[], q: ParsedQuery): MatchResult {
  const hits = new Set<number>();
  const missing: string[] = [];
  for (const t of q.terms) {
    let found = false;
    norm.forEach((n, i) => { if (n === t.norm) { hits.add(i); found = true; } });
    if (!found) missing.push(t.original);
  }
  for (const phrase of q.phrases) {
    let found = false;
    for (let i = 0; i + phrase.length <= norm.length; i++) {
      if (phrase.every((p, k) => norm[i + k] === p)) {
        found = true;
        for (let k = 0; k < phrase.length; k++) hits.add(i + k);
      }
    }
    if (!found) missing.push(`«${phrase.join(' ')}»`);
  }
  return { ok: missing.length === 0 && q.terms.length > 0, positions: [...hits].sort((a, b) => a - b), missing };
}

/** Verify a stored original text (meta.text) against a parsed query. */
export function matchText(original: string, q: ParsedQuery): MatchResult & { tokens: string[] } {
  const tokens = tokenize(original);
  return { ...matchTokens(tokens.map(normalizeToken), q), tokens };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** HTML excerpt of `length` original tokens around the densest run of hits, hits in <mark>. All text escaped. */
export function excerptHtml(tokens: string[], positions: number[], length = 30): string {
  let start = 0;
  if (positions.length) {
    // Window that covers the most hits; ties go to the earliest.
    let best = -1;
    for (const p of positions) {
      const s = Math.max(0, Math.min(p - Math.floor(length / 3), tokens.length - length));
      const n = positions.filter((x) => x >= s && x < s + length).length;
      if (n > best) { best = n; start = s; }
    }
  }
  const end = Math.min(tokens.length, start + length);
  const marked = new Set(positions);
  const words = [];
  for (let i = start; i < end; i++) words.push(marked.has(i) ? `<mark>${escapeHtml(tokens[i])}</mark>` : escapeHtml(tokens[i]));
  return (start > 0 ? '… ' : '') + words.join(' ') + (end < tokens.length ? ' …' : '');
}
