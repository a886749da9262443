// Find where the article body is: the densest run of prose before the comments and the "more" boxes.
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { foldText } from '../../lib/arabic.ts';
import { dateOnlyLine, opensWithDate } from './dates.ts';
import { AD_LABEL, CLIP_TIME, WIRE_DATELINE_OPENING, isLongCreditedCaption, BREAKING_LABEL, isBreadcrumb, isWeatherStrip, isPostSignature, PIC_LINK, MAX_BODY_GAP_BLOCKS, announces, isReadersDisclaimer, isInlineBoxHeader, isTagRow, commentHeader, isListHeader, continuesList, endsLikeSentence, isChromePhrase, isDashItem, isListItem, isProse, MIN_SERIES_TITLES, seriesStem, isPunctuated, isPunctuatedAsWords, isSectionEnd, MAX_TITLE_WORDS, opensWithChromePhrase, UNPUNCTUATED_PROSE_WORDS } from './features.ts';

export interface Zones {
  /** First and last block of the body run (inclusive); -1 when no prose was found. */
  bodyStart: number;
  bodyEnd: number;
  /**
   * Blocks of boxes that split the text (related links), inclusive; empty when the text runs unbroken.
   * `whole`: every line is the box's; otherwise its last line may head the text after it.
   */
  boxes: Box[];
  /** Lines of a paragraph wrapped over several lines, each but the first → the first line of its paragraph. */
  wrapped: Map<number, number>;
  /** The comments header block, or -1. */
  commentHeader: number;
  /** No header: the site's note on readers' comments stands for it (its comments must show their times). */
  commentsByNote: boolean;
  commentCount: number | null;
  /** End (exclusive) of the comments section. */
  commentEnd: number;
  /** Lines of a gallery inside the text, over its credit line: its header, its captions, the credit. */
  gallery: Set<number>;
}

/** chars: the run's length; weight: the same with unpunctuated lines counted at UNPUNCTUATED_WEIGHT. */
/** `listed`: characters of the list items the run holds (they count for it only as the text above a box). */
interface Run { start: number; end: number; chars: number; weight: number; lines: number; stamped: number; listed: number }
export interface Box { start: number; end: number; whole: boolean }

/**
 * A long line without a comma or full stop is prose to isProse, but a box of long teaser titles is made
 * of nothing else: such lines weigh a third when runs compete for the body.
 */
const UNPUNCTUATED_WEIGHT = 1 / 3;

/** Comments follow an article: a comments header counts only after a run of text at least this long. */
const MIN_ARTICLE_CHARS_BEFORE_COMMENTS = 300;
/** …or a one-sentence brief this long, when the site's note on comments is under the header. */
const MIN_BRIEF_CHARS = 100;
/** Slides' captions that make a photo story's text, when the page has no other. */
const MIN_PHOTO_STORY_CAPTIONS = 3;

/** Between a headline and the text: a byline, a date line, a source line. */
const MAX_HEADER_LINES = 3;
const MAX_HEADER_LINE_WORDS = 8;

/** How far under the text the note on readers' comments may open them (share and counter rows between). */
const MAX_BLOCKS_TO_READERS_NOTE = 8;

/** Between a box's header and its first item: a number, an item's title. */
const MAX_HEADER_TO_ITEMS = 3;

/** A line of a headed box (a link's title, a poll's option) is shorter than a paragraph. */
const MAX_BOX_LINE_WORDS = 14;
/** A video card's one-sentence summary, over the clip's length. */
const MAX_CARD_SUMMARY_WORDS = 35;
/** A box inside the text is a few lines: a header, some links, maybe a closing line. */
const MAX_BOX_BLOCKS = 10;
/** A box marked at both ends (a skip link over it, "نهاية" under it) may hold a long list. */
const MAX_MARKED_BOX_BLOCKS = 40;
/** A subheading over a line announcing rows: short, and not a sentence. */
const isRowsSubheading = (b: Block) => b.words <= MAX_ROWS_SUBHEADING_WORDS && b.arabic >= 0.5 && !b.text.includes('#') && !endsLikeSentence(b) && !announces(b);
const MAX_ROWS_SUBHEADING_WORDS = 6;
/** A read-also box the text goes on after: its header and a link or two. */
const MAX_SMALL_BOX_BLOCKS = 3;
/** Words of three letters or more a link and the summary under it share, at least ("وزارة المياه: …" / "أكدت وزارة المياه …"). */
const MIN_TEASER_SHARED_WORDS = 2;
function sharedWords(a: string, b: string): number {
  const words = new Set(a.split(' ').filter((w) => w.length >= 3));
  let n = 0;
  for (const w of new Set(b.split(' '))) if (words.has(w)) n++;
  return n;
}
/** Unmarked items under the line announcing them: a cabinet line-up, a table one cell per line. */
const MAX_ANNOUNCED_ITEMS = 40;
const MAX_ANNOUNCED_ITEM_WORDS = 20;
/** The text above a box: a paragraph or two at least, not a teaser's line. */
const MIN_TEXT_ABOVE_BOX_CHARS = 300;
/** The text resuming with "و…" after any box: a sentence of some length. */
const MIN_RESUMED_TEXT_CHARS = 100;
/** An app's or a newsletter's pitch inside the text: header, pitch, field or badges, button. */
const MAX_PITCH_LINES = 5;
const MIN_PITCH_WORDS = 4;
/** The text after a small read-also box: a paragraph at least. */
const MIN_TEXT_AFTER_SMALL_BOX_CHARS = 150;

/** `titles` are blocks known to repeat on the page (headline copies): never body, however long. */
export function findZones(blocks: Block[], k: Knowledge, titles: Set<number>): Zones {
  // each once per block: the loops below ask again
  const prose: boolean[] = [];
  const wrapped = wrappedParagraphs(blocks, k);
  const wrappedStarts = new Set(wrapped.values());
  const sectionEnd: boolean[] = [];
  const headers: ReturnType<typeof commentHeader>[] = [];
  const isBoundary: boolean[] = [];
  const readersNote: boolean[] = [];
  // a photo gallery inside the text: counters ("3 / 12"), the caption under each, photo credits
  const counter = blocks.map(isGalleryCounter);
  const labelled = blocks.map((_, i) => photoLabelled(blocks, i));
  // (so does an embedded post: its text, its picture link and its signature, "— name (@handle) date")
  for (let i = 1; i < blocks.length; i++) {
    if (!isPostSignature(blocks[i])) continue;
    const pic = i > 1 && PIC_LINK.test(blocks[i - 1].text);
    for (let j = pic ? i - 2 : i - 1; j <= i; j++) labelled[j] = true;
  }
  // (and a gallery inside the text: its header and captions under a paragraph, closed by a credit line, "(الصور: فلان)")
  const credited = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    if (!isGalleryCredit(blocks[i])) continue;
    let j = i - 1;
    while (j >= 0 && j >= i - MAX_CREDITED_LINES && blocks[j].words <= MAX_CAPTION_UNDER_LABEL_WORDS && !isProse(blocks[j])) j--;
    if (j >= 0 && j < i - 1 && isProse(blocks[j]) && endsLikeSentence(blocks[j])) for (let n = j + 1; n <= i; n++) { labelled[n] = true; credited.add(n); }
  }
  // (a paragraph under the counter is the text's: captions are shorter)
  // (but a wire story's dateline, "أبوظبي في 14 مارس / وام / أطلقت …", opens the text under the first slide)
  const gallery = blocks.map((b, i) => counter[i] || (i > 0 && counter[i - 1] && isSlideCaption(b)) || isPhotoCredit(b) || labelled[i]);
  // (a labelled photo block or an embedded post between two paragraphs does not part them: the gap counts the other lines only)
  const labelledBefore = [0];
  for (let i = 0; i < blocks.length; i++) labelledBefore.push(labelledBefore[i] + Number(labelled[i]));
  const gapTo = (end: number, i: number) => i - end - (labelledBefore[i] - labelledBefore[end + 1]);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // (the site's word on readers' comments ends the text, not the comments under it)
    const note = isReadersDisclaimer(b);
    readersNote.push(note);
    // (the tags end the text, not the page's stamp under them: a boundary here only)
    const end = isSectionEnd(b, k) || isSkipLink(b) || isBoxEnd(b) || note || isTagRow(b);
    const h = commentHeader(b, k);
    // ("عاجل: …" and "17:38 | بروكسل (أ ف ب) - …" are a ticker's items, "فيديو | …" a video's title,
    // "أنت هنا: الرئيسية » …" a breadcrumb, however long)
    prose.push(!titles.has(i) && !gallery[i] && (isProse(b) || wrapped.has(i) || wrappedStarts.has(i)) && !opensWithDate(b) && !BREAKING_LABEL.test(b.text) && !VIDEO_TITLE.test(b.text) && !isBreadcrumb(b.text) && !CLOCK_BAR.test(b.text) && !isWeatherStrip(b));
    sectionEnd.push(end);
    headers.push(h);
    isBoundary.push(end || !!h);
  }
  // A box marked at both ends, "تخطى الأكثر قراءة وواصل القراءة" … "نهاية": where it ends, and what lies inside it.
  const markedEnd: number[] = new Array(blocks.length).fill(-1);
  const inMarkedBox: boolean[] = new Array(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; i++) {
    if (!isSkipLink(blocks[i])) continue;
    for (let j = i + 1; j < blocks.length && j <= i + MAX_MARKED_BOX_BLOCKS; j++) {
      if (!isBoxEnd(blocks[j])) continue;
      markedEnd[i] = j;
      for (let n = i + 1; n <= j; n++) inMarkedBox[n] = true;
      break;
    }
  }
  // A most-read box's items read as sentences: under its header, the sentences up to the line closing the box
  // are the box's when the text resumes under that line ("و…").
  for (let i = 0; i < blocks.length; i++) {
    if (!sectionEnd[i] || readersNote[i] || isInlineBoxHeader(blocks[i], k)) continue;
    let j = i + 1;
    while (j < blocks.length && j <= i + MAX_BOX_BLOCKS && prose[j]) j++;
    // (two items at least, closed by a chrome line, an ad's label; and only when the text does resume
    // after it: a box at the page's end is left to the rules below)
    if (j > i + 2 && j + 1 < blocks.length && !prose[j] && !sectionEnd[j] && isChromePhrase(blocks[j], k) && prose[j + 1] && continuesText(blocks[j + 1])) {
      for (let n = i + 1; n < j; n++) prose[n] = false;
    }
  }

  // (each line is asked twice, as the line under one and over the next: read once)
  const stamps: (boolean | undefined)[] = new Array(blocks.length);
  const stampAt = (i: number) => (stamps[i] ??= !prose[i] && isStamp(blocks[i]));
  // where the lines from `from` on, none of them prose, a boundary or chrome, give way to the text again
  const announcedItemsEnd = (from: number) => {
    let j = from;
    while (j < blocks.length && j - from < MAX_ANNOUNCED_ITEMS && !prose[j] && !isBoundary[j] && blocks[j].words <= MAX_ANNOUNCED_ITEM_WORDS &&
      !isChromePhrase(blocks[j], k) && !isInlineBoxHeader(blocks[j], k)) j++;
    // (the text's own sentence, not a notice under a list of sources: "تنبيه: المحتوى المنشور …"; or a box inside
    // the text, a read-also or an ad, which the text goes on under: "الأعراض التالية:" / items / "اقرأ أيضاً:")
    if (j - from < 2 || j >= blocks.length) return -1;
    const box = (prose[from - 1] || isListHeader(blocks[from - 1], k)) && (isInlineBoxHeader(blocks[j], k) || isReadAlsoLink(blocks[j], k) || AD_LABEL.test(blocks[j].text));
    return (prose[j] && !opensWithChromePhrase(blocks[j], k)) || box ? j : -1;
  };
  const runs: Run[] = [];
  let cur: Run | null = null;
  let lastStamp = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (isBoundary[i]) { cur = null; continue; }
    // a list inside the text ("• صافي الربح: …") keeps the run going, however long
    if (cur && gapTo(cur.end, i) <= MAX_BODY_GAP_BLOCKS && isListItem(b)) { cur.end = i; cur.listed += b.text.length; continue; }
    // so do a table's rows and "label: value" lines right under a line announcing them ("… كالتالي:")
    // (a short announcing line may stand between the text and them, under a subheading of its own: "تشكيل الفريقين" /
    // "ودفع المدرب بالتشكيل التالي:" / "حراسة المرمى: …")
    // (an ad's label may stand between the text and that subheading)
    const gap = cur ? i - cur.end - Number(AD_LABEL.test(blocks[cur.end + 1].text)) : 0;
    if (cur && gap <= 3 && continuesList(b, blocks[i - 1]) &&
      (i === cur.end + 1 || (announces(blocks[i - 1]) && (gap === 2 || (isRowsSubheading(blocks[i - 2]) && !isChromePhrase(blocks[i - 1], k)))))) {
      cur.end = i;
      cur.listed += b.text.length;
      continue;
    }
    // and unmarked items under the text's line announcing them ("وتاليا أسماء أعضاء الحكومة:" / a name per line),
    // when the text resumes under them (the announcing line may be a short one of its own under the text)
    // (or a header the text sets over its own list: "المكونات")
    const lead = !cur || i !== cur.end + 1 || prose[i] ? -1 : announces(blocks[cur.end]) ? i : (announces(b) || isListHeader(b, k)) && !isChromePhrase(b, k) ? i + 1 : -1;
    const items = lead >= 0 ? announcedItemsEnd(lead) : -1;
    if (cur && items > i) {
      for (; i < items; i++) cur.listed += blocks[i].text.length;
      cur.end = --i;
      continue;
    }
    if (!prose[i]) continue;
    // (a prose line shorter than isProse's unpunctuated length is punctuated: no need to look again)
    const weight = b.words < UNPUNCTUATED_PROSE_WORDS || isPunctuated(b) ? b.text.length : b.text.length * UNPUNCTUATED_WEIGHT;
    // (a line with its own time beside it is an item of a feed: "07:31 م" / sentence, sentence / "منذ 12 دقيقة";
    // each time counted once: a video's length between two paragraphs, "03:27", is one time for both)
    const stamp: number = i > 0 && stampAt(i - 1) ? i - 1 : i + 1 < blocks.length && stampAt(i + 1) ? i + 1 : -1;
    const joins: boolean = cur !== null && gapTo(cur.end, i) <= MAX_BODY_GAP_BLOCKS;
    const timed: number = Number(stamp >= 0 && !(joins && stamp === lastStamp));
    if (stamp >= 0) lastStamp = stamp;
    if (cur && joins) {
      cur.end = i;
      cur.chars += b.text.length;
      cur.weight += weight;
      cur.lines++;
      cur.stamped += timed;
    } else {
      cur = { start: i, end: i, chars: b.text.length, weight, lines: 1, stamped: timed, listed: 0 };
      runs.push(cur);
    }
  }
  // A photo story: with no text around them, the captions under the slides' counters are its text.
  if (!runs.some((r) => r.weight >= MIN_TEXT_AFTER_SMALL_BOX_CHARS)) {
    const captions = blocks.filter((b, i) => i > 0 && counter[i - 1] && isProse(b));
    const chars = captions.reduce((n, b) => n + b.text.length, 0);
    if (captions.length >= MIN_PHOTO_STORY_CAPTIONS) runs.push({ start: captions[0].index, end: captions.at(-1)!.index, chars, weight: chars, lines: captions.length, stamped: 0, listed: 0 });
  }
  // (a read-also or poll header, or a one-line link "اقرأ أيضا: عنوان", heads a box inside the text)
  const inlineHeader = (i: number) => isInlineBoxHeader(blocks[i], k) || (sectionEnd[i] && isSkipLink(blocks[i])) || isReadAlsoLink(blocks[i], k);
  // a run right under a box's own header (a most-read list's summaries)
  const headed = (r: Run) => {
    for (let i = r.start - 1; i >= 0 && i >= r.start - MAX_HEADER_TO_ITEMS; i--) {
      if (sectionEnd[i] && !inlineHeader(i)) return true;
      if (prose[i]) return false;
    }
    return false;
  };
  // A feed of timed items ("latest news", a live blog's other entries) is not the article, however long:
  // it weighs little when runs compete, so a one-paragraph article above it is still found.
  for (const r of runs) if (r.stamped >= 2 && r.stamped * 2 >= r.lines) r.weight *= FEED_WEIGHT;

  // The comments start at the first comment header that follows a real run of text; later prose is
  // readers'. A "5 تعليقات" link under the headline, with only teasers above it, is not that header.
  let header = -1;
  let count: number | null = null;
  let proseBefore = 0;
  let r = 0;
  for (let i = 0; i < blocks.length && header < 0; i++) {
    while (r < runs.length && runs[r].end < i) proseBefore = Math.max(proseBefore, runs[r++].chars);
    // (a one-sentence brief is enough when the site's note on comments follows the header)
    const h = proseBefore >= MIN_ARTICLE_CHARS_BEFORE_COMMENTS || (proseBefore >= MIN_BRIEF_CHARS && readersNote[i + 1]) ? headers[i] : null;
    if (h) { header = i; count = h.count; }
  }
  // (a run inside a box marked at both ends is the box's list, however long: the text resumes under the box's end)
  const eligible = runs.filter((r) => (header < 0 || r.end < header) && !inMarkedBox[r.start]);
  // (the line over block i is a teaser's short title: no prose, no sentence's end)
  const underTitle = (i: number) => i > 0 && !prose[i - 1] && blocks[i - 1].words >= 3 && !endsLikeSentence(blocks[i - 1]);
  // (a run of titled lines, each a teaser's excerpt under its short title, right under a box's own header
  // ("أخبار ذات صلة") weighs little as the article; it may still be text the article goes on with after the box)
  const titledLines = (r: Run) => { let n = 0; for (let i = r.start; i <= r.end; i++) if (prose[i] && underTitle(i)) n++; return n; };
  // a pitch set inside the text, an app's or a newsletter's: a few short lines, two of them at least the site's
  // stock phrases, the last of these its button or store badge over the text's subheading at most, and the pitch
  // itself, a line of some words above that (a share row's lines are all a word or two)
  // ("حمّل تطبيق …" / pitch / "App Store" / "Google Play"; "النشرة اليومية" / pitch / "بريدك الإلكتروني" / "اشترك")
  const pitchEnd = (from: number, to: number) => {
    if (to - from > MAX_PITCH_LINES + 1) return -1;
    let phrases = 0, last = -1, pitch = -1;
    for (let i = from; i < to; i++) {
      if (prose[i]) return -1;
      if (pitch < 0 && blocks[i].words >= MIN_PITCH_WORDS) pitch = i;
      if (isChromePhrase(blocks[i], k)) { phrases++; last = i; }
    }
    return phrases >= 2 && pitch >= 0 && pitch < last && to - last <= 2 ? last : -1;
  };
  // a series of subheadings in the text ("الخطوة الأولى: …", "الخطوة الثانية: …"): a run whose titles open with the
  // same word ("الخطوة الثالثة: …") is the text's next sections, not a box's teasers
  // (a title over the text, or over another title over it: a press review's "صحيفة X" / «its headline» / text)
  const heads = (i: number) => !prose[i] && blocks[i].words >= 2 && blocks[i].words <= MAX_TITLE_WORDS && !endsLikeSentence(blocks[i]) &&
    (prose[i + 1] || prose[i + 2]);
  const continuesSections = (from: number, to: number, r: Run) => {
    const seen = new Map<string, number>();
    for (let i = from + 1; i < to; i++) {
      const stem = heads(i) ? seriesStem(blocks[i]) : null;
      if (stem) seen.set(stem, (seen.get(stem) ?? 0) + 1);
    }
    for (let i = Math.max(0, r.start - 2); i < r.end; i++) {
      const stem = heads(i) ? seriesStem(blocks[i]) : null;
      if (stem && (seen.get(stem) ?? 0) >= MIN_SERIES_TITLES) return true;
    }
    return false;
  };
  // (a box's items, each a title over its one-sentence summary: no list row, no time over a live blog's entry)
  const isTeaserItems = (r: Run) => {
    if (r.lines < 2 || r.listed > 0) return false;
    for (let i = r.start; i <= r.end; i++) {
      if (prose[i] && (!underTitle(i) || CLOCK.test(blocks[i - 1].text))) return false;
    }
    return true;
  };
  // (so does a lone paragraph under a box's header: the site's "من نحن", a sponsor's pitch)
  const rank = (r: Run) => (headed(r) && (titledLines(r) * 2 >= r.lines || r.lines === 1) ? r.weight * FEED_WEIGHT : r.weight);
  let best: Run | null = null;
  let bestRank = -Infinity;
  for (const r of eligible) { const x = rank(r); if (x > bestRank) { best = r; bestRank = x; } }
  // A box inside the text ("اقرأ أيضا" and its links) splits it in two: the part above joins when it is
  // real text, close, and nothing but short lines lie between (no comments header, no box that ends a text).
  const boxes: Box[] = [];
  // (under a read-also or poll header, its links, question and options may read like short sentences)
  // `anyBox`: the text resumes with "و…" after the box, so any box header will do (a most-read list, ads)
  const onlyShortLines = (from: number, to: number, anyBox = false) => {
    let headed = anyBox;
    for (let i = from; i < to; i++) {
      if (markedEnd[i] > 0 && markedEnd[i] < to) { i = markedEnd[i]; headed = true; continue; }
      headed ||= inlineHeader(i);
      const boxHeader = inlineHeader(i) || isBoxEnd(blocks[i]) || (anyBox && sectionEnd[i]);
      if (headers[i] || readersNote[i] || (sectionEnd[i] && !boxHeader) || (prose[i] && !(headed && blocks[i].words <= MAX_BOX_LINE_WORDS))) return false;
    }
    return true;
  };
  // the page's own title (a line it repeats) over a date: the article's header, which no text above belongs to
  const isArticleHeader = (from: number, to: number) => {
    let title = false, dated = false;
    for (let i = from; i < to; i++) { title ||= titles.has(i); dated ||= opensWithDate(blocks[i]) || dateOnlyLine(blocks[i]) !== null; }
    return title && dated;
  };
  const at = best ? eligible.indexOf(best) : -1;
  let bodyStart = best?.start ?? -1;
  // a gallery's slides, however many, count as none of the box's lines; nor do a player's or an embed's
  // short lines with no Arabic in them ("Play", "Current Time 0:00", "Playback Rate")
  // (a box that marks both its ends, "تخطى … وواصل القراءة" … "نهاية …", counts as one line, however many it holds)
  const boxLines = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) {
      if (markedEnd[i] > 0 && markedEnd[i] < to) { n++; i = markedEnd[i]; } else if (!gallery[i] && !isForeignWidget(blocks[i])) n++;
    }
    return n;
  };
  const hasCounter = (from: number, to: number) => { for (let i = from; i < to; i++) if (counter[i]) return true; return false; };
  // a box that marks its end ("نهاية …") ends there: what follows (a subheading) is the text's again
  // (and before the text's own line leading into its list: "وتتمثل أبرز الإجراءات في:" / "- …")
  const boxEndIn = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (isBoxEnd(blocks[i])) return i;
      if (i > from && leadsIntoList(blocks, i)) return i - 1;
    }
    return to - 1;
  };
  // a related box's last link may carry its story's summary (in the link's words), right over the text going on
  // ("و…"): the box's too (a links box, which is a section's end too; not a fact box, "في أرقام")
  // (and a video card's one-sentence summary over the clip's length, "… / 03:27": the text resumes under it)
  const withTeaser = (start: number, end: number, r: Run) => {
    const i = r.start;
    if (inlineHeader(start) && i + 1 < r.end && blocks[i].words <= MAX_CARD_SUMMARY_WORDS && CLIP_TIME.test(blocks[i + 1].text)) return i + 1;
    const summary = i === end + 1 && i < r.end && inlineHeader(start) && sectionEnd[start] && !continuesText(blocks[i]) && prose[i + 1] && continuesText(blocks[i + 1]) &&
      underTitle(i) && sharedWords(blocks[i - 1].key, blocks[i].key) >= MIN_TEASER_SHARED_WORDS;
    return summary ? i : end;
  };
  // a run's weight, or when it is short, the text's above it that only short lines part from it (a paragraph
  // between a table laid out one cell per line and a fact box is the text's, as the text above the table is)
  const weightWithTextAbove = (n: number) => {
    const w = eligible[n].weight + eligible[n].listed;
    const up = eligible[n - 1];
    if (w >= MIN_TEXT_ABOVE_BOX_CHARS || eligible[n].weight < MIN_RESUMED_TEXT_CHARS || !up || up.weight + up.listed < MIN_TEXT_ABOVE_BOX_CHARS) return w;
    const joined = boxLines(up.end + 1, eligible[n].start) <= MAX_BOX_BLOCKS && onlyShortLines(up.end + 1, eligible[n].start) && !headed(up);
    return joined ? w + up.weight + up.listed : w;
  };
  // the text above: the nearest real run of text within a box's reach (a poll's question is a run too); and
  // again above that, as long as boxes part the text (a standings table, then a video, between paragraphs)
  for (let top = at, under = best; under; ) {
    let above = -1;
    // (where the text resumes with "وقالت …", a first paragraph ending its sentence is enough above the box)
    const resumes = under.start > 0 && continuesText(blocks[under.start]);
    for (let n = top - 1; n >= 0 && boxLines(eligible[n].end + 1, under.start) <= MAX_BOX_BLOCKS; n--) {
      // (a list the text leads into counts: "وفق الجدول التالي:" / "- الطور الابتدائي: …")
      const enough = resumes && endsLikeSentence(blocks[eligible[n].end]) ? MIN_RESUMED_TEXT_CHARS : MIN_TEXT_ABOVE_BOX_CHARS;
      if (weightWithTextAbove(n) >= enough) { above = headed(eligible[n]) ? -1 : n; break; }
    }
    const before = above >= 0 ? eligible[above] : undefined;
    if (!before || !onlyShortLines(before.end + 1, under.start, resumes) || isArticleHeader(before.end + 1, under.start)) break;
    // (a related-stories header's line is its link, never the subheading of the text resuming)
    const s = before.end + 1;
    boxes.push({ start: s, end: withTeaser(s, boxEndIn(s, under.start), under), whole: inlineHeader(s) || sectionEnd[s] });
    bodyStart = before.start;
    top = above;
    under = before;
  }
  let bodyEnd = best?.end ?? -1;
  // "headline / byline / date / text": a title long enough to pass for prose, over the header's short lines
  // (one with a date) and then the text, is the headline, not the text's first line
  // (or two such titles, the page's doubled title over a longer H1)
  const titleLong = (b: Block) => !isPunctuatedAsWords(b) && b.words <= MAX_TITLE_WORDS;
  const first = blocks[bodyStart];
  if (first && titleLong(first)) {
    let j = bodyStart + 1;
    while (j < bodyEnd && j - bodyStart <= MAX_HEADER_LINES && (!prose[j] || titleLong(blocks[j]))) j++;
    const header = blocks.slice(bodyStart + 1, j).filter((b) => !prose[b.index]);
    if (header.length && prose[j] && header.every((b) => b.words <= MAX_HEADER_LINE_WORDS) && header.some((b) => /[\d\u0660-\u0669]/.test(b.text))) bodyStart = j;
  }
  // The text may also go on after a small read-also box (its header and a link or two) or a gallery; a
  // larger box under a read-also or poll header needs real text on both sides, as the join above does.
  // Short runs inside the box (a poll's question) are passed over.
  for (let n = at + 1; best && n < eligible.length; n++) {
    const after = eligible[n];
    const fits = boxLines(bodyEnd + 1, after.start) <= MAX_BOX_BLOCKS;
    if (!fits) break;
    // (an ad's label may stand over the box's header)
    const headed = inlineHeader(bodyEnd + 1) || (AD_LABEL.test(blocks[bodyEnd + 1].text) && bodyEnd + 2 < after.start && inlineHeader(bodyEnd + 2));
    const pitch = headed ? -1 : pitchEnd(bodyEnd + 1, after.start);
    // (the text's own subheading over the text going on is not the box's: "شاهد الفيديو" / player / caption / "كم يبلغ الدعم؟")
    const titled = !prose[after.start - 1] && blocks[after.start - 1].words >= 2 && blocks[after.start - 1].words <= MAX_TITLE_WORDS;
    const small = headed && after.start - bodyEnd - 1 - Number(titled) <= MAX_SMALL_BOX_BLOCKS && (after.weight >= MIN_TEXT_AFTER_SMALL_BOX_CHARS || continuesText(blocks[after.start]));
    const slides = hasCounter(bodyEnd + 1, after.start) && after.weight >= MIN_TEXT_AFTER_SMALL_BOX_CHARS;
    // (a list the text goes on with counts: "1- ادخل على البوابة …" / "2- اختر …"; under a pitch, which never
    // closes a text, a paragraph is enough)
    const text = after.weight + after.listed;
    const large = (headed && text >= MIN_TEXT_ABOVE_BOX_CHARS) || (pitch >= 0 && text >= MIN_TEXT_AFTER_SMALL_BOX_CHARS);
    // (the text resuming with "و…" under any box, a read-also or a poll's too; with the list it leads into,
    // "وأوضحت الوزارة أن الصرف سيتم وفقا للجدول التالي:" / "- الخميس 13 يونيو: …")
    const resumes = continuesText(blocks[after.start]) && text >= MIN_RESUMED_TEXT_CHARS;
    // (or the text's series of subheadings going on under the box: "الخطوة الثالثة: …" under "الخطوة الثانية: …")
    const sections = after.weight >= MIN_RESUMED_TEXT_CHARS && continuesSections(bodyStart, bodyEnd, after);
    if (!(small || slides || large || resumes || sections)) continue;
    if (!onlyShortLines(bodyEnd + 1, after.start, resumes)) break;
    // (the box's own items, each a title over its summary, are no text resuming)
    // (unless they are the text's series going on: the title over the text is then the text's)
    if ((headed || pitch >= 0) && !resumes && !sections && isTeaserItems(after)) break;
    // (the titles over the text going on are the text's: one, or a press review's paper over its headline)
    const titles = !sections || !heads(after.start - 1) ? 0 : after.start - 2 > bodyEnd && heads(after.start - 2) ? 2 : 1;
    const end = pitch >= 0 ? pitch : titles ? after.start - 1 - titles : withTeaser(bodyEnd + 1, boxEndIn(bodyEnd + 1, after.start), after);
    boxes.push({ start: bodyEnd + 1, end, whole: true });
    bodyEnd = after.end;
  }

  // short closing sentences right under the text ("وحُرر محضر بالواقعة." / "وتولت النيابة العامة التحقيق.")
  for (let n = 0; n < MAX_CLOSING_LINES && bodyEnd >= 0 && bodyEnd + 1 < (header < 0 ? blocks.length : header); n++) {
    const b = blocks[bodyEnd + 1];
    if (isBoundary[bodyEnd + 1] || prose[bodyEnd + 1] || !continuesText(b) || isChromePhrase(b, k)) break;
    bodyEnd++;
  }
  // no comments header: the site's word on readers' comments, just under the text, opens them
  let byNote = false;
  for (let i = bodyEnd + 1; header < 0 && bodyEnd >= 0 && i < blocks.length && i <= bodyEnd + MAX_BLOCKS_TO_READERS_NOTE; i++) {
    if (readersNote[i]) { header = i; byNote = true; }
  }
  let commentEnd = blocks.length;
  if (header >= 0) {
    for (let i = header + 1; i < blocks.length; i++) if (sectionEnd[i] && !readersNote[i] && !withinComments(blocks, header, i)) { commentEnd = i; break; }
  }
  return { bodyStart, bodyEnd, boxes, wrapped, commentHeader: header, commentsByNote: byNote, commentCount: count, commentEnd, gallery: credited };
}

/**
 * A box header inside the comments that is the section's own: "اقرأ المزيد" under a comment cut short
 * ("…"), or a tab such as "أحدث التعليقات" over comments with the same like/reply rows as those above it
 * (a sidebar's latest comments across the site has no such rows).
 */
function withinComments(blocks: Block[], header: number, i: number): boolean {
  if (readMoreUnder(blocks[i - 1], blocks[i])) return true;
  if (!blocks[i].key.includes('تعليق')) return false;
  const rows = new Set<string>();
  for (let j = Math.max(header + 1, i - MAX_ROW_LOOKBACK); j < i; j++) if (blocks[j].words <= MAX_ROW_WORDS) rows.add(blocks[j].key);
  for (let j = i + 1; j < blocks.length && j <= i + MAX_ROW_LOOKAHEAD; j++) {
    const b = blocks[j];
    if (b.words <= MAX_ROW_WORDS && rows.has(b.key) && /[|·•]/.test(b.text)) return true;
  }
  return false;
}
/** A text cut short ("…") over its "اقرأ المزيد" link: a comment's, or another story's teaser. */
export const readMoreUnder = (cut: Block, link: Block) => READ_MORE.test(link.text) && /(?:…|\.\.\.)$/.test(cut.text);
/** "اقرأ المزيد": a cut text's link to the rest (a comment's, a teaser's). */
const READ_MORE = /^(?:اقرأ|إقرأ|اقرا|عرض)\s+(?:المزيد|المزید|أكثر|اكثر|التعليق كاملا?)$|^read more$/i;
const MAX_ROW_WORDS = 6;
const MAX_ROW_LOOKAHEAD = 12;
/** The rows compared are the last few comments' (a bound on long pages). */
const MAX_ROW_LOOKBACK = 60;

/** "فيديو | كيف تستعد الفنادق …": a video's title, not the text. */
// ("شاهد.. فيديو: …", "شاهد بالفيديو: …" too)
export const VIDEO_TITLE = /^(?:شاهد\s*(?:\.{2,}|…)?\s*)?(?:فيديو|بالفيديو|شاهد)\s*(?:[|:：]|\.{2,}|…)/;
/** A clock time anywhere in a line: "10:15", "٠٩:٣٠". */
export const CLOCK = /[\d\u0660-\u0669][:：][\d\u0660-\u0669]{2}/;
/** "17:38 | …", "13:58 عاجل | …": a ticker's timed item (a live blog's "08:00 ص | …" is the text's). */
export const CLOCK_BAR = /^[\d\u0660-\u0669]{1,2}[:：][\d\u0660-\u0669]{2}(?:\s*(?:خبر\s+)?عاجل)?\s*\|/;
const MAX_CLOSING_LINES = 3;

/** A line that is only an item's time: "07:31 م", "منذ 12 دقيقة", "قبل ساعتين", "05 فبراير 2018 - 11:55 ص". */
const isStamp = (b: Block) => (b.words <= 4 && STAMP.test(b.text)) || (b.text.includes(':') && (dateOnlyLine(b)?.some((d) => d.iso?.includes('T')) ?? false));
const STAMP = /^(?:(?:منذ|قبل)\s+\S+(?:\s\S+)?|[\d\u0660-\u0669]{1,2}[:：][\d\u0660-\u0669]{2}(?:\s*(?:ص|م|am|pm))?)$/i;
const FEED_WEIGHT = 0.1;

/** A short line without a word of Arabic: a player's or an embed's control, an ad label. */
const isForeignWidget = (b: Block) => b.arabic === 0 && b.words <= MAX_FOREIGN_WIDGET_WORDS;
const MAX_FOREIGN_WIDGET_WORDS = 6;

/** "اقرأ أيضا: عنوان": a read-also link on one line, its header's words and a colon before the title. */
function isReadAlsoLink(b: Block, k: Knowledge): boolean {
  const colon = b.words <= MAX_BOX_LINE_WORDS ? b.text.search(/[:：]/) : -1;
  return colon > 0 && colon <= MAX_LINK_LABEL_CHARS && k.inlineBox.has(foldText(b.text.slice(0, colon)));
}
const MAX_LINK_LABEL_CHARS = 20;

/** "تخطى موضوعات قد تهمك وواصل القراءة": a link past a box inside the text, which goes on after it. */
const isSkipLink = (b: Block) => b.words <= 10 && SKIP_LINK.test(b.text);
const SKIP_LINK = /^تخط[ىي]\s(?:.{2,60}\sو\s?واصل\s+القراءة|قسم\s.{2,60})$/;

/** A short closing paragraph still reads as the same text: it opens with "و" ("and") and ends a sentence. */
const continuesText = (b: Block) => (b.text.startsWith('و') || CONNECTIVE_OPENING.test(b.text)) && endsLikeSentence(b);
/** Sentences that only go on from one before: "بينما أكد …", "من جانبه، …". */
const CONNECTIVE_OPENING = /^(?:بينما|فيما|كما|في حين|إلا أن|الا ان|غير أن|غير ان|لكن|من جانبه|من جانبها|من جهته|من جهتها|في سياق متصل|في السياق ذاته|في السياق نفسه|في غضون ذلك|إلى ذلك|الى ذلك|يذكر أن|يُذكر أن|من ناحية أخرى|على صعيد آخر|على صعيد متصل)[\s،,]/;

/** "وتشمل الإجراءات ما يلي:" over "1. …" or "- …": the text going on into a list. */
const leadsIntoList = (blocks: Block[], i: number) =>
  continuesText(blocks[i]) && /[:：]$/.test(blocks[i].text) && i + 1 < blocks.length && (isListItem(blocks[i + 1]) || isDashItem(blocks[i + 1]));
/** "نهاية", "نهاية قصص مقترحة": the end of a box the text skipped. */
const isBoxEnd = (b: Block) => b.words <= 4 && /^نهاية(?:\s|$)/.test(b.text);

/** A gallery's slide counter: "3 / 12", "3 من 12", "صورة 3 من 5". */
export const isGalleryCounter = (b: Block) => b.words <= 4 && GALLERY_COUNTER.test(b.text);
const GALLERY_COUNTER = /^(?:(?:ال)?صورة\s+)?[\d\u0660-\u0669]{1,3}\s*(?:\/|من)\s*[\d\u0660-\u0669]{1,3}$/;
/** A photo credit: "© الموقع - المصور". */
const isPhotoCredit = (b: Block) => b.words <= MAX_CREDIT_WORDS && b.text.startsWith('©');
/** "(الصور: الضفة 24)", "تصوير: فلان": the credit closing a gallery's captions. */
const isGalleryCredit = (b: Block) => b.words <= MAX_CREDIT_WORDS && GALLERY_CREDIT.test(b.text);
const GALLERY_CREDIT = /^\(?\s*(?:الصور|صور|تصوير|عدسة)\s*[:：]\s*[^\s()][^()]*\)?$/;
/** A gallery's header and captions over its credit line. */
const MAX_CREDITED_LINES = 4;
/**
 * A photo's labelled block: "مصدر الصورة،" over its credit ("Getty Images"), "التعليق على الصورة،" over its
 * caption. The labels and the lines they govern.
 */
function photoLabelled(blocks: Block[], i: number): boolean {
  return isPhotoLabel(blocks[i]) || (i > 0 && isUnderPhotoLabel(blocks[i], blocks[i - 1]));
}
const isPhotoLabel = (b: Block) => b.words <= 3 && PHOTO_LABEL.test(b.text);
export const isUnderPhotoLabel = (b: Block, prev: Block) => isPhotoLabel(prev) && b.words <= MAX_CAPTION_UNDER_LABEL_WORDS;
const PHOTO_LABEL = /^(?:مصدر الصورة|التعليق على الصورة|الصورة|تعليق الصورة|حقوق الصورة|Image source|Image caption)\s*[،,:]$/i;
const MAX_CAPTION_UNDER_LABEL_WORDS = 30;
/** A slide's caption under its counter runs to a few lines; a longer line there is the text's first paragraph. */
const MAX_SLIDE_CAPTION_WORDS = 40;
/** The line under a slide counter ("صورة 2 من 4"): its caption, unless it opens a wire story with its dateline. */
const isSlideCaption = (b: Block) => b.words <= MAX_SLIDE_CAPTION_WORDS && !WIRE_DATELINE_OPENING.test(b.text);
const MAX_CREDIT_WORDS = 8;

/** A wrapped line breaks mid-sentence and is a line's width long. */
const MIN_WRAPPED_LINE_WORDS = 6;
/** The last line of a wrapped paragraph is no longer than the lines above it (give or take). */
const LAST_LINE_SLACK = 1.3;

/**
 * Paragraphs a dump wrapped over consecutive lines (a <br> per visual line): each line but the last
 * stops mid-sentence, the last ends one and is no longer than the others. A headline over its first
 * paragraph is not one (the paragraph's line is much longer), nor a menu (short lines, no full stop).
 */
function wrappedParagraphs(blocks: Block[], k: Knowledge): Map<number, number> {
  const out = new Map<number, number>();
  // (a wire photo's caption closed by its credit is never a paragraph's first half)
  const line = (b: Block) => b.piece === 0 && b.arabic >= 0.6 && !isChromePhrase(b, k) && !opensWithChromePhrase(b, k) && !isLongCreditedCaption(b);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    let width = 0;
    while (j + 1 < blocks.length && blocks[j + 1].line === blocks[j].line + 1 && breaksMidSentence(blocks[j])) {
      width = Math.max(width, blocks[j].text.length);
      j++;
    }
    // the shape first (cheap), then that no line of it is chrome
    if (j > i && FULL_STOP_END.test(blocks[j].text) && blocks[j].text.length <= width * LAST_LINE_SLACK && blocks.slice(i, j + 1).every(line)) {
      for (let n = i + 1; n <= j; n++) out.set(n, i);
    }
    i = j + 1;
  }
  inlineBreaks(blocks, k, out);
  return out;
}

/** The sentence goes on: the line opens with a comma or a closing mark. */
const OPENS_MID_SENTENCE = /^[،,؛;)»”]/;
/** A line that is one connective, or ends with a preposition or conjunction, cannot end a sentence. */
const CONNECTIVES = new Set(['و', 'أو', 'ثم', 'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'عند', 'لدى', 'بعد', 'قبل', 'حول', 'ب', 'ل']);
const lastWord = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
/** Fewest words in a paragraph broken at its links: less is a menu or a header. */
const MIN_BROKEN_PARAGRAPH_WORDS = 12;

/**
 * Paragraphs a dump broke at their inline elements (a link, a bold name on a line of its own): the lines
 * run on from a blank line or a sentence's end to a full stop, and some line shows the break (it opens
 * with a comma, is a lone "و", or ends with a preposition).
 */
function inlineBreaks(blocks: Block[], k: Knowledge, out: Map<number, number>) {
  const line = (b: Block) => b.piece === 0 && !isChromePhrase(b, k) && !opensWithDate(b);
  const consecutive = (i: number) => i > 0 && blocks[i].line === blocks[i - 1].line + 1;
  const ends = blocks.map(endsLikeSentence);
  for (let i = 0; i < blocks.length; i++) {
    if (out.has(i) || (consecutive(i) && !ends[i - 1])) continue;
    let j = i, words = blocks[i].words;
    while (j + 1 < blocks.length && consecutive(j + 1) && !ends[j] && !out.has(j + 1)) words += blocks[++j].words;
    // the shape first (cheap), then the break, then that no line of it is chrome
    if (j > i && words >= MIN_BROKEN_PARAGRAPH_WORDS && FULL_STOP_END.test(blocks[j].text) && showsBreak(blocks, i, j) && blocks.slice(i, j + 1).every(line)) {
      for (let n = i + 1; n <= j; n++) out.set(n, i);
    }
    i = j;
  }
}
function showsBreak(blocks: Block[], from: number, to: number): boolean {
  for (let n = from + 1; n <= to; n++) {
    const t = blocks[n].text;
    if (OPENS_MID_SENTENCE.test(t) || CONNECTIVES.has(t) || (blocks[n - 1].words > 1 && CONNECTIVES.has(lastWord(blocks[n - 1].text)))) return true;
  }
  return false;
}
const breaksMidSentence = (b: Block) => b.words >= MIN_WRAPPED_LINE_WORDS && !endsLikeSentence(b);
/** A paragraph ends with a full stop (a question or a colon closes titles and labels too). */
const FULL_STOP_END = /\.["»”)]?$/;
