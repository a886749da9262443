// Headline and kicker. A page repeats its title (page title, H1, image alt, share text, even glued
// to itself); the repeated line closest to the body is the H1. With no repetition, the last title-like
// line before the body wins, and a title-like line just above it is the kicker (subtitle).
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { isChromePhrase, isTitleLike, MAX_TITLE_WORDS } from './features.ts';
import { looksLikeByline } from './byline.ts';

/** A kicker or headline has at least this many words; one- or two-word lines are section labels. */
const MIN_HEADLINE_WORDS = 3;

/** How many blocks repeat `key`: equal, glued to itself, or as "title - site" / "site - title". */
export function repeatCount(key: string, blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (isRepeatOf(b.key, key)) n++;
  return n;
}

export function isRepeatOf(candidate: string, key: string): boolean {
  if (!key || candidate.length < key.length) return false;
  if (candidate === key || candidate === key + key || candidate === key + ' ' + key) return true;
  // page titles carry the site name: "headline - site", "site | headline"
  if (candidate.startsWith(key + ' ') || candidate.endsWith(' ' + key)) {
    const rest = candidate.startsWith(key + ' ') ? candidate.slice(key.length) : candidate.slice(0, -key.length);
    return rest.trim().split(' ').length <= 4 && candidate.length - key.length <= 40;
  }
  return false;
}

export interface HeadlinePick { index: number; subtitle: number; rule: string; reason: string; repeats: number }

export function pickHeadline(blocks: Block[], bodyStart: number, k: Knowledge, excluded: Set<number>): HeadlinePick | null {
  const end = bodyStart >= 0 ? bodyStart : blocks.length;
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    const b = blocks[i];
    if (excluded.has(i) || !isTitleLike(b) || b.words < MIN_HEADLINE_WORDS || isChromePhrase(b, k) || looksLikeByline(b, k)) continue;
    candidates.push(i);
  }
  if (!candidates.length) {
    // Nothing before the body: a short first line of the body may still be the title.
    const first = blocks.find((b, i) => !excluded.has(i) && b.words >= MIN_HEADLINE_WORDS && b.words <= MAX_TITLE_WORDS && !isChromePhrase(b, k));
    return first ? { index: first.index, subtitle: -1, rule: 'headline/first-title-line', reason: 'no title-like line before the body', repeats: 1 } : null;
  }
  let best = -1;
  let bestRepeats = 1;
  for (const i of candidates) {
    const r = repeatCount(blocks[i].key, blocks);
    // ties go to the later line: the H1 sits nearer the body than the page title
    if (r >= 2 && r >= bestRepeats) { best = i; bestRepeats = r; }
  }
  // A repeated line glued to the site name ("headline - site") should yield the bare variant.
  if (best >= 0) {
    const key = blocks[best].key;
    for (const i of candidates) if (i > best && blocks[i].key === key) best = i;
    for (const i of candidates) {
      if (blocks[i].key !== key && isRepeatOf(blocks[best].key, blocks[i].key) && blocks[i].words >= MIN_HEADLINE_WORDS) best = i;
    }
  }
  const rule = best >= 0 ? 'headline/repeated-title' : 'headline/last-title-before-body';
  const reason = best >= 0 ? `title repeated ${bestRepeats}× on the page` : 'last title-like line before the body';
  if (best < 0) best = candidates[candidates.length - 1];
  return { index: best, subtitle: pickKicker(blocks, best, k, excluded), rule, reason, repeats: bestRepeats };
}

/** The title-like line right above the headline, if it is not another copy of it. */
function pickKicker(blocks: Block[], headline: number, k: Knowledge, excluded: Set<number>): number {
  const i = headline - 1;
  if (i < 0 || excluded.has(i)) return -1;
  const b = blocks[i];
  const h = blocks[headline];
  if (!isTitleLike(b) || b.words < MIN_HEADLINE_WORDS || isChromePhrase(b, k) || looksLikeByline(b, k)) return -1;
  if (isRepeatOf(b.key, h.key) || isRepeatOf(h.key, b.key) || b.key.includes(h.key) || h.key.includes(b.key)) return -1;
  // a kicker is its own line in the header, not a piece of a split paragraph
  return b.piece === 0 && b.line < h.line ? i : -1;
}
