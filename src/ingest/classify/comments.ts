// Reader comments: after the comments header, each comment is anchored by a time line ("·منذ 3 ساعات")
// or an author line ending with a dash ("سالم -"); the short line before the anchor is the commenter's
// name or title, and the text runs until the next comment's first line.
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Decision } from './types.ts';
import { findDates } from '../../dates/index.ts';
import { isChromePhrase, isNumberOnly, isProse } from './features.ts';

export interface ParsedComment { author: string | null; title: string | null; when: string | null; text: string }

const BULLET = /^[·•\-–—|]+\s*/;
const RELATIVE_AGE = /^(منذ|قبل)\s/;
const AUTHOR_DASH = /^(.{1,40}?)\s*[-–—]\s*(.*)$/;
/** Meta lines (name, title) are short; longer lines are comment text. */
const MAX_META_WORDS = 12;

function timeOf(b: Block): string | null {
  const t = b.text.replace(BULLET, '').trim();
  if (!t || t.split(/\s+/).length > 8) return null;
  if (RELATIVE_AGE.test(t)) return t;
  const ds = findDates(t);
  const covered = ds.reduce((n, d) => n + d.text.length, 0);
  return ds.length && covered >= t.replace(/\s+/g, '').length * 0.5 ? t : null;
}

function authorDash(b: Block): { author: string; rest: string } | null {
  if (b.words > 6 || !/[-–—]/.test(b.text) || isProse(b)) return null;
  const m = b.text.match(AUTHOR_DASH);
  if (!m || !m[1].trim()) return null;
  // "3 - مواطن": the comment's number, then the name
  if (/^[\d\u0660-\u0669]+$/.test(m[1].trim())) return m[2].trim() ? { author: m[2].trim(), rest: '' } : null;
  return { author: m[1].trim(), rest: m[2].trim() };
}

export function parseComments(blocks: Block[], from: number, to: number, k: Knowledge, decide: (i: number, d: Decision) => void): ParsedComment[] {
  const items: number[] = [];
  /** items that follow a form, disclaimer or counter: a comment's text never runs across one */
  const afterWidget = new Set<number>();
  let widget = false;
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (isChromePhrase(b, k) || isNumberOnly(b)) {
      decide(i, { label: 'chrome', rule: 'chrome/comment-widget', reason: 'form, disclaimer or counter in the comments area' });
      widget = true;
    } else {
      items.push(i);
      if (widget) afterWidget.add(i);
      widget = false;
    }
  }
  const anchorKind = (i: number) => (timeOf(blocks[i]) ? 'time' : authorDash(blocks[i]) ? 'author' : null);
  const anchors = items.filter((i) => anchorKind(i) !== null);
  if (!anchors.length) {
    // no structure: every prose block is an anonymous comment
    return items.filter((i) => isProse(blocks[i])).map((i) => {
      decide(i, { label: 'comment-text', rule: 'comment/unstructured-text', reason: 'prose in the comments area' });
      return { author: null, title: null, when: null, text: blocks[i].text };
    });
  }
  // group consecutive anchors (author line then time line) into one
  const posOf = new Map(items.map((i, p) => [i, p]));
  const pos = (i: number) => posOf.get(i)!;
  const groups: number[][] = [];
  for (const i of anchors) {
    const last = groups[groups.length - 1];
    if (last && pos(last[last.length - 1]) === pos(i) - 1) last.push(i);
    else groups.push([i]);
  }
  const firstPos = pos(groups[0][0]);
  const metaCount = Math.min(2, items.slice(0, firstPos).filter((i) => blocks[i].words <= MAX_META_WORDS).length);

  const comments: ParsedComment[] = [];
  groups.forEach((g, gi) => {
    const gStart = pos(g[0]);
    const gEnd = pos(g[g.length - 1]);
    const nextStart = gi + 1 < groups.length ? pos(groups[gi + 1][0]) - metaCount : items.length;
    const meta = items.slice(Math.max(0, gStart - metaCount), gStart).filter((i) => blocks[i].words <= MAX_META_WORDS);
    const following = items.slice(gEnd + 1, Math.max(gEnd + 1, nextStart));
    const cut = following.findIndex((i, n) => n > 0 && afterWidget.has(i));
    const text = cut > 0 ? following.slice(0, cut) : following;
    const c: ParsedComment = { author: null, title: null, when: null, text: '' };
    for (const i of g) {
      const t = timeOf(blocks[i]);
      if (t) { c.when = t; decide(i, { label: 'comment-time', rule: 'comment/time-line', reason: 'a date or age next to a comment' }); continue; }
      const a = authorDash(blocks[i])!;
      c.author = a.author;
      if (a.rest) c.when = a.rest;
      decide(i, { label: 'comment-author', rule: 'comment/author-dash', reason: 'a short name ending with a dash' });
    }
    if (c.author === null && meta.length) {
      const ai = meta[meta.length - 1];
      c.author = blocks[ai].text;
      decide(ai, { label: 'comment-author', rule: 'comment/name-before-time', reason: 'the line above the time is the name slot' });
      meta.pop();
    }
    if (meta.length) {
      const ti = meta[meta.length - 1];
      c.title = blocks[ti].text;
      decide(ti, { label: 'comment-title', rule: 'comment/title-before-author', reason: 'a short line above the commenter' });
    }
    for (const i of text) decide(i, { label: 'comment-text', rule: 'comment/text-after-anchor', reason: 'text between this comment and the next' });
    c.text = text.map((i) => blocks[i].text).join('\n\n');
    if (c.text) comments.push(c);
  });
  return comments;
}
