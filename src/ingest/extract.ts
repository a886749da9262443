// The extractor's table of contents: blocks → zones → header (headline, kicker, byline, dates)
// → body → comments → source → language. Pure: text in, record and per-block decisions out.
import { franc } from 'franc';
import { foldedText, makeBlock, splitBlocks, type Block } from './blocks.ts';
import { arabicRatio, foldText, wordCount } from '../lib/arabic.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Decision } from './classify/types.ts';
import { findZones, isGalleryCounter, isUnderPhotoLabel, readMoreUnder, VIDEO_TITLE } from './classify/zones.ts';
import { pickHeadline, isRepeatOf, PAGE_TITLE_BLOCKS, pageTitleKeys } from './classify/headline.ts';
import { isBareName, looksLikeByline, opensWithProfession, pickByline, PLACE_COLON_NAME_REACH, type BylinePick } from './classify/byline.ts';
import { ageFromMasthead, choosePageDates, dateLineSet, datelineDate, datelineHijri, dateOnlyLine, mastheadDate, mayBeLabelledDateLine, opensWithDateLabel, isAgeLine, readDateLines, relativeDateLines, updateBelowText, updateTimeUnder } from './classify/dates.ts';
import { parseComments, type ParsedComment } from './classify/comments.ts';
import { MAX_OUTLET_WORDS, pickSource } from './classify/source.ts';
import { AD_LABEL, allChromeParts, announces, CREDIT_LINE, PLAYER_PROGRESS, AVATAR_ALT, commentHeader, continuesList, ELLIPSIS_END, endsLikeSentence, FIELD_BAR, HAS_DIGIT, hasKey, hasPhotographerCredit, MAX_CREDITED_CAPTION_WORDS, isCaption, isChromePhrase, isDashItem, isFileName, isInlineBoxHeader, isListItem, isPostSignature, isProse, isRating, isSectionEnd, isTicker, isTitleLike, isWeatherStrip, looksLikeDomain, MAX_TITLE_WORDS, MIN_SERIES_TITLES, opensWithChromePhrase, PIC_LINK, seriesStem } from './classify/features.ts';

export interface ArticleRecord {
  file: string;
  source: { name: string | null; domain: string | null };
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  date: { published: string | null; updated: string | null; hijri: string | null };
  body: string[];
  subheadings: string[];
  comments: ParsedComment[];
  comment_count_stated: number | null;
  language: string | null;
}

export interface Extraction {
  record: ArticleRecord;
  blocks: Block[];
  lines: string[];
  decisions: Decision[];
  warnings: string[];
  /** Set when the text is not an article (no body, not Arabic): the reason. */
  rejected: string | null;
}

const OUTSIDE_ARTICLE: Decision = Object.freeze({ label: 'chrome', rule: 'chrome/outside-article', reason: 'not part of the article' });

/** How many blocks at the start of the text may still be header material (caption, author, date)… */
const EARLY_BODY_BLOCKS = 5;
/** The site's note over its readers' comments ("… لا تعبر عن رأي الموقع"): chrome that names the site. */
const READERS_NOTE = 'comment/readers-note';
/** …and how far its date lines may stand (under a standfirst, a caption, the author's follow button). */
const EARLY_DATE_BLOCKS = 8;

/** An author box after the text: the name and a line or two of biography. */
const MAX_AUTHOR_BOX_BLOCKS = 2;
/** Subheadings are short: a longer unpunctuated line inside the body is a paragraph. */
const MAX_SUBHEADING_WORDS = 12;
/** A closing line after the last paragraph needs this many words to count as text, not a label. */
const MIN_CLOSING_WORDS = 4;
/** franc needs some text to be sure; this much body is plenty and keeps it fast. */
const LANGUAGE_SAMPLE_CHARS = 300;
/** Languages franc chooses among: those of the region's press; fewer candidates is much faster. */
const FRANC_ONLY = ['arb', 'pes', 'urd', 'eng', 'fra', 'tur', 'heb', 'spa', 'deu', 'ckb', 'kmr'];
const ISO639_1: Record<string, string> = { arb: 'ar', ara: 'ar', eng: 'en', fra: 'fr', fas: 'fa', pes: 'fa', urd: 'ur', tur: 'tr', heb: 'he', spa: 'es', deu: 'de' };

/** `format`: what readDump read; only text dumps have '&'-joined paragraphs. */
export function extractArticle(text: string, file: string, k: Knowledge, format: 'text' | 'html' = 'text'): Extraction {
  const { lines, blocks } = splitBlocks(text, format === 'text');
  // one shared default: decisions are replaced, never modified
  const decisions: Decision[] = new Array(blocks.length).fill(OUTSIDE_ARTICLE);
  const decide = (i: number, d: Decision) => { decisions[i] = d; };
  const warnings: string[] = [];
  const taken = new Set<number>();

  // 1. Lines that repeat on the page are titles, never body.
  const titles = repeatedTitles(blocks);

  // 2. Where the body and the comments are.
  const z = findZones(blocks, k, titles);

  // 3. Header: date lines (kept out of the titles), headline and kicker, the article's dates, byline.
  const headerEnd = z.bodyStart >= 0 ? z.bodyStart : blocks.length;
  // the first blocks of the text may still be header: caption, author, date
  const earlyBody: number[] = [];
  // (not a box's lines inside the text: a read-also link's date is another story's)
  const inBox = (i: number) => z.boxes.some((x) => x.whole && i >= x.start && i <= x.end);
  for (let i = z.bodyStart; i >= 0 && i < Math.min(z.bodyEnd, z.bodyStart + EARLY_DATE_BLOCKS); i++) {
    if ((!isProse(blocks[i]) || mayBeLabelledDateLine(blocks[i])) && !inBox(i)) earlyBody.push(i);
  }
  // (labelled stamps among the text's last lines, above its tags: "نشر بتاريخ: …" / "آخر تحديث: …" / "كلمات دلالية: …")
  let stampsFrom = z.bodyEnd + 1;
  for (let i = z.bodyEnd; i >= 0 && i > z.bodyStart && i >= z.bodyEnd - LATE_STAMP_REACH; i--) if (opensWithDateLabel(blocks[i])) stampsFrom = i;
  const dateLines = readDateLines(blocks, headerEnd, stampsFrom - 1, earlyBody, (b) => isSectionEnd(b, k));
  const datey = dateLineSet(dateLines);
  const ages = relativeDateLines(blocks, headerEnd);
  for (const i of ages) datey.add(i);
  const head = pickHeadline(blocks, z.bodyStart, k, datey, new Set(dateLines.map((l) => l.index)));
  if (head) {
    decide(head.index, { label: 'headline', rule: head.rule, reason: head.reason });
    taken.add(head.index);
    if (head.continued !== undefined) {
      decide(head.continued, { label: 'headline', rule: head.rule, reason: 'the headline\'s second line' });
      taken.add(head.continued);
    }
    if (head.subtitle >= 0) {
      decide(head.subtitle, head.subtitle < head.index
        ? { label: 'subtitle', rule: 'subtitle/kicker-above-headline', reason: 'title-like line right above the headline' }
        : { label: 'subtitle', rule: 'subtitle/deck-under-headline', reason: 'a longer title-like line right under the headline' });
      taken.add(head.subtitle);
    }
  }
  // (a headline found only in the page title says nothing of where the article's header stands)
  const headAt = head && head.text === undefined ? head.index : -1;
  const dates = choosePageDates(dateLines.filter((l) => !taken.has(l.index)), blocks, headAt, z.bodyStart);
  if (dates.hijri === null && dates.published && z.bodyStart >= 0) dates.hijri = datelineHijri(blocks[z.bodyStart], dates.published);
  const wire = !dates.published && z.bodyStart >= 0 ? datelineDate(blocks[z.bodyStart], mastheadDate(dateLines, head?.index ?? z.bodyStart)) : null;
  if (wire) Object.assign(dates, wire);
  const aged = dates.published || !head ? null : ageFromMasthead(blocks, dateLines, ages, head.index);
  if (aged) {
    dates.published = aged.iso;
    dates.used.set(aged.index, { rule: 'date/age-from-masthead', reason: 'the article\'s age, counted back from the masthead\'s stamp' });
  }
  // ("نشر: الأربعاء 06 مارس 2024 | 08:05 ص" / "آخر تحديث: 02:30 م": the update's day is the publication's)
  const dateLine = dates.published && !dates.updated && dates.used.size ? Math.max(...dates.used.keys()) : -1;
  const update = dateLine >= 0 ? updateTimeUnder(blocks, dateLine, dates.published!) : null;
  if (update) {
    dates.updated = update.iso;
    dates.used.set(update.index, { rule: 'date/update-time', reason: 'the update\'s time under the date line: the same day' });
  }
  // ("… / وسوم: / tags / آخر تحديث: …": or stamped under the text, past its tags)
  const late = dates.published && !dates.updated && z.bodyEnd >= 0 ? updateBelowText(blocks, z.bodyEnd, dates.published, (b) => isSectionEnd(b, k) || commentHeader(b, k) !== null) : null;
  if (late) {
    dates.updated = late.iso;
    dates.used.set(late.index, { rule: 'date/update-below-text', reason: 'the update stamped under the text, past its tags' });
  }
  // decisions are written out as literals: one object shape for all of them keeps the code using them fast
  for (const [i, d] of dates.used) { decide(i, { label: 'date', rule: d.rule, reason: d.reason }); taken.add(i); }
  warnings.push(...dates.warnings);
  // "headline / summary / date line / text": a summary paragraph between the headline and the header's date
  // is the deck, not the text's first paragraph
  const summary = head ? head.index + 1 : -1;
  const textAfter = (i: number) => blocks.slice(i, i + 3).some(isProse); // the text itself follows the date
  // (the author's name may stand between the summary and the date line)
  const dateAfter = [1, 2].find((n) => dates.used.has(summary + n) && blocks.slice(summary + 1, summary + n).every((b) => isBareName(b)));
  const aboveDate = head && head.subtitle < 0 && dateAfter && !taken.has(summary) && isProse(blocks[summary]) && textAfter(summary + dateAfter + 1);
  // (a paragraph opening with its reporter's dateline, "فهد الشمري- مدار- عرعر: …", is the text's first)
  const lead = aboveDate && summary < z.bodyStart && DATELINE_OPENING.test(blocks[summary].text) ? summary : -1;
  if (aboveDate && lead < 0) {
    decide(summary, { label: 'subtitle', rule: 'subtitle/summary-above-date', reason: 'a summary between the headline and the date line' });
    taken.add(summary);
    head.subtitle = summary;
  }
  // a byline may carry the date ("كتب: فلان | 16 سبتمبر 2015"): that line is both
  const usedForDate = new Set(dates.used.keys());
  // (a labelled date row may still open with its byline: "كتب: فلان | … | آخر تحديث: …")
  const signed = (i: number) => looksLikeByline(blocks[i], k)?.rule === 'byline/marker-word';
  const notBylines = new Set([...taken, ...datey].filter((i) => !usedForDate.has(i) || (datey.has(i) && !signed(i))));
  // nor is a line of a paragraph the dump broke over several lines
  for (const [line, first] of z.wrapped) notBylines.add(line).add(first);
  // (a headline found only in the page title: the header's "place: name" line stands over its date line)
  const near = head?.text !== undefined && usedForDate.size ? Math.min(...usedForDate) - PLACE_COLON_NAME_REACH : undefined;
  const by = pickByline(blocks, head ? head.index + 1 : 0, Math.max(headerEnd, (earlyBody.findLast((i) => i < z.bodyStart + EARLY_BODY_BLOCKS) ?? -1) + 1), z.bodyStart, k, notBylines, near)
    // (an author card's name before a name by the date: the role under the card's name may sit there)
    ?? nameInAuthorCard(blocks, [[head ? head.index + 1 : z.bodyStart, z.bodyStart], [z.bodyEnd - AUTHOR_BIO_REACH, z.bodyEnd + 1 + AUTHOR_CARD_REACH]], k, notBylines)
    ?? nameBesideDate(blocks, [...usedForDate], k, notBylines)
    ?? nameOnDateLine(blocks, [...usedForDate], k)
    ?? signatureAfterText(blocks, z.bodyEnd, k, notBylines)
    ?? nameUnderHeadline(blocks, head?.index ?? -1, z.bodyStart, k, notBylines)
    ?? agencyUnderHeadline(blocks, head?.index ?? -1, z.bodyStart, k, notBylines);
  let byline = by?.text ?? null;
  const bylineDates = by ? dateLines.find((l) => l.index === by.index)?.dates : undefined;
  if (by && bylineDates) byline = stripDates(by.text, bylineDates);
  if (by && usedForDate.has(by.index)) {
    decide(by.index, { label: 'byline', rule: by.rule, reason: `${by.reason}; its date is the article's date` });
  } else if (by) decide(by.index, { label: 'byline', rule: by.rule, reason: by.reason });
  if (by) taken.add(by.index);
  // (an author card over the text: the role or biography under its name is the card's, "باحث في الشؤون التركية، صدر له …")
  const bio = by?.rule === 'byline/author-card' && by.index < z.bodyStart ? blocks[by.index + 1] : undefined;
  if (bio && isBio(bio)) {
    decide(bio.index, { label: 'chrome', rule: 'chrome/author-bio', reason: 'the author card\'s role or biography under the byline' });
    taken.add(bio.index);
  }
  // the author's name over the headline, printed again as the byline (an author card): no kicker
  if (by && head && head.subtitle >= 0 && head.subtitle < head.index && blocks[head.subtitle].key === blocks[by.index].key) {
    decide(head.subtitle, { label: 'chrome', rule: 'chrome/author-over-headline', reason: 'the byline\'s name over the headline' });
    head.subtitle = -1;
  }

  // 4. Body: prose, subheadings; copies of the headline and captions inside it are chrome.
  const bodyEnd = extendBodyEnd(blocks, z.bodyEnd, k, taken);
  const body: string[] = [];
  const subheadings: string[] = [];
  const headKey = head ? blocks[head.index].key : '';
  const kept: number[] = [];
  if (lead >= 0) {
    decide(lead, { label: 'body', rule: 'body/lead-above-date', reason: 'the text\'s first paragraph, opening with its dateline, above the date line' });
    kept.push(lead);
  }
  for (let i = z.bodyStart; i >= 0 && i <= bodyEnd; i++) {
    // (a byline read off an author card closing the text closes it here, its biography with it)
    if (taken.has(i) && !(i === by?.index && by.rule === 'byline/author-card')) continue;
    const b = blocks[i];
    // (a section's label right over the headline, "تحليل", is the page's, not a subheading of the text)
    if (head && i === head.index - 1 && !isProse(b)) {
      decide(i, { label: 'chrome', rule: 'chrome/kicker', reason: 'a short label right over the headline' });
      continue;
    }
    if (by && b.key === blocks[by.index].key) {
      // the author's name again (or the byline itself, read off a closing author card): an author box,
      // which closes the article when only a bio follows it
      const closing = kept.length > 0 && bodyEnd - i <= MAX_AUTHOR_BOX_BLOCKS;
      for (let j = i; j <= (closing ? bodyEnd : i); j++) if (j !== by.index) decide(j, { label: 'chrome', rule: 'chrome/author-box', reason: 'the byline repeated in an author box' });
      if (closing) break;
      continue;
    }
    // a box's last line may head the text after it, unless the box is whole (a read-also header and its links)
    // the paragraph under an editor's summary header ("ملخص المحرر") is the summary, not the text; so are the
    // points listed under one ("أبرز النقاط" / "• …" / "• …") and the box's note on how it was made
    const inSummary = i > 0 && kept.length === 0 && (hasKey(k.summaryBox, blocks[i - 1].key) ||
      (decisions[i - 1].rule === 'chrome/summary-box' && (isListItem(b) || (isListItem(blocks[i - 1]) && SUMMARY_NOTE.test(b.text)))));
    if (inSummary) {
      decide(i, { label: 'chrome', rule: 'chrome/summary-box', reason: 'an editor\'s summary set over the text' });
      continue;
    }
    const box = z.boxes.find((x) => i >= x.start && i <= x.end);
    const d = z.wrapped.has(i) || (z.wrapped.get(i + 1) === i && !datey.has(i))
      ? { label: 'body' as const, rule: 'body/wrapped-line', reason: 'a line of a paragraph wrapped over several lines' }
      : datey.has(i)
      ? { label: 'chrome' as const, rule: 'chrome/date-line', reason: 'a date line that is not the article\'s date' }
      : z.gallery.has(i)
      ? { label: 'chrome' as const, rule: 'chrome/gallery', reason: 'a gallery inside the text: its header, captions and credit' }
      : box && (box.whole || i < box.end || !(blocks[i + 1] && isProse(blocks[i + 1]))) && !headsTextAfterBox(blocks, box, i, k)
        ? { label: 'chrome' as const, rule: 'chrome/box-inside-text', reason: 'a line of a box between two parts of the text' }
        : classifyBodyBlock(b, blocks[i - 1], blocks[i + 1], blocks[i + 2], headKey, k);
    decide(i, d);
    if (d.label === 'body' || d.label === 'subheading') kept.push(i);
  }
  dropPullQuotes(blocks, kept, decide);
  dropEmbeddedPosts(blocks, kept, decide);
  dropAds(blocks, kept, decide);
  dropVideoEmbeds(blocks, kept, decisions, decide);
  dropReadAlsoLists(blocks, kept, k, decide);
  dropCaptionsUnderCredits(blocks, kept, decisions, decide);
  dropSiteCreditedCaptions(blocks, kept, decide);
  dropLeadCaption(blocks, kept, decisions, k, decide);
  dropCardStamps(blocks, kept, decisions, decide);
  dropTranslations(blocks, kept, decide);
  dropClosingBox(blocks, kept, decide);
  const said = new Set<string>();
  for (const i of kept) {
    if (decisions[i].label === 'chrome') continue;
    // a paragraph printed twice (the lead photo's caption repeating the first one): once in the text
    if (blocks[i].words >= MIN_REPEATED_PARAGRAPH_WORDS && !z.wrapped.has(i)) {
      // (or its start cut with "...": a share card's description)
      if (said.has(blocks[i].key) || (ELLIPSIS_END.test(blocks[i].text) && [...said].some((key) => key.startsWith(blocks[i].key)))) {
        decide(i, { label: 'chrome', rule: 'chrome/repeated-paragraph', reason: 'a paragraph the text already holds (a caption, alt text or share card copying it)' });
        continue;
      }
      said.add(blocks[i].key);
    }
    // a wrapped paragraph's lines are one paragraph again
    if (z.wrapped.has(i) && decisions[i - 1].label === 'body') {
      body[body.length - 1] += ' ' + blocks[i].text;
      continue;
    }
    // ("… لافتا إلى أن... اقرأ المزيد على موقع الوطن": an aggregator's cut, glued to the paragraph it cuts)
    body.push(cutGluedReadMore(blocks[i].text));
    if (decisions[i].label === 'subheading') subheadings.push(blocks[i].text);
  }

  // Copies of the headline elsewhere (page title, alt text, share text) are chrome; say so in --explain.
  for (let i = 0; i < blocks.length && headKey; i++) {
    if (decisions[i].rule === 'chrome/outside-article' && isRepeatOf(blocks[i].key, headKey)) {
      decide(i, { label: 'chrome', rule: 'chrome/repeated-headline', reason: 'a copy of the headline (page title, image alt or share text)' });
    }
  }

  // 5. Comments.
  let comments: ParsedComment[] = [];
  // Comments where no header vouches for them: taken (with their decisions) only when every one passes `ok`.
  const commentsIf = (from: number, to: number, ok: (c: ParsedComment) => boolean): ParsedComment[] => {
    const held: [number, Decision][] = [];
    const found = parseComments(blocks, from, to, k, (i, d) => held.push([i, d]));
    if (!found.length || !found.every(ok)) return [];
    for (const [i, d] of held) decide(i, d);
    return found;
  };
  if (z.commentHeader >= 0) {
    decide(z.commentHeader, z.commentsByNote
      ? { label: 'comment-header', rule: READERS_NOTE, reason: 'the site\'s note on readers\' comments, under the text, with no comments header' }
      : { label: 'comment-header', rule: 'comment/header', reason: 'opens the reader comments' });
    // "التعليقات (0)": what follows is the form and its rules, not comments
    // (under a note, not a header: only comments that carry their times are taken for comments)
    // ("لا توجد تعليقات بعد": the same, however the form and the boxes under it read)
    if (blocks.slice(z.commentHeader + 1, z.commentEnd).some((b) => b.words <= MAX_NONE_NOTICE_WORDS && NO_COMMENTS.test(b.text))) comments = [];
    else if (z.commentsByNote) comments = commentsIf(z.commentHeader + 1, z.commentEnd, (c) => c.when !== null);
    else if (z.commentCount !== 0) {
      // a second section under the first ("التعليقات على فيسبوك" under the site's own form) is read on its own
      let from = z.commentHeader + 1;
      for (let i = from; i < z.commentEnd; i++) {
        if (!commentHeader(blocks[i], k)) continue;
        decide(i, { label: 'comment-header', rule: 'comment/header', reason: 'opens another section of reader comments' });
        if (i > from) comments.push(...parseComments(blocks, from, i, k, decide));
        from = i + 1;
      }
      comments.push(...parseComments(blocks, from, z.commentEnd, k, decide));
    }
  } else if (z.bodyEnd >= 0) {
    // no header at all: comments between the text and the comment form ("الإسم *"), if each carries a time and a name
    const form = blocks.findIndex((b, i) => i > z.bodyEnd && i <= z.bodyEnd + MAX_UNHEADED_COMMENT_BLOCKS && isFormLabel(b));
    // (a list of teasers is "title / date / excerpt": a name is shorter than a title and has no colon)
    if (form > z.bodyEnd + 1) comments = commentsIf(z.bodyEnd + 1, form, (c) => c.when !== null && c.author !== null && wordCount(c.author) <= MAX_UNHEADED_NAME_WORDS && !c.author.includes(':') && !DATE_LABEL.test(c.author));
  }

  // "رد الموقع: …" printed in a reader's box is the site's own reply: a comment of its own
  // ("تمت إزالة هذا التعليق بواسطة المؤلف." in its place: a removed comment is none)
  comments = comments.flatMap(splitSiteReply).filter((c) => !REMOVED_COMMENT.test(c.text));
  // a comment shown twice (pinned or "most liked" above the list that holds it too) is one comment, in its place in the list
  const lastOf = new Map(comments.map((c, n) => [`${c.author}\n${c.text}`, n]));
  comments = comments.filter((c, n) => lastOf.get(`${c.author}\n${c.text}`) === n);
  // past the count the section states, last "comments" that name no commenter are the boxes under the list (a
  // teaser's title for author and "بقلم: …" for text, a rates widget, a list of links): a thread's replies the site
  // left out of its count each name theirs
  if (z.commentCount !== null && z.commentCount > 0) {
    while (comments.length > z.commentCount && !namesCommenter(comments[comments.length - 1].author, k)) comments.pop();
  }

  // 6. Source, from evidence outside the article text and the comments.
  // (an ad's address and button are the advertiser's; the site's note on comments is the site's)
  const outside = (i: number) => (decisions[i].label === 'chrome' && decisions[i].rule !== 'chrome/ad') || decisions[i].rule === READERS_NOTE;
  const source = pickSource(blocks, outside, head?.index ?? -1, by?.index ?? -1, k);

  // 7. Language of the body.
  const sample = joinedPrefix(body, ' ', LANGUAGE_SAMPLE_CHARS);
  const code = languageOf(sample);
  const language = ISO639_1[code] ?? (code === 'und' ? null : code);

  let rejected: string | null = null;
  if (!body.length && arabicRatio(text.slice(0, LANGUAGE_SAMPLE_CHARS * 2)) < 0.3) rejected = `not Arabic (franc: ${languageOf(text.slice(0, LANGUAGE_SAMPLE_CHARS))})`;
  else if (!body.length) rejected = 'no article text found (no paragraph of running text)';
  else if (!head) rejected = 'no headline found';
  else if (language !== 'ar' && !(language === null && blocks[head.index].arabic > 0.8)) rejected = `not Arabic (franc: ${code})`;
  if (source.evidence.length === 0) warnings.push('no site name or domain found on the page');
  if (!dates.published) warnings.push('no publication date found in the article header');

  const record: ArticleRecord = {
    file,
    source: { name: source.name, domain: source.domain },
    headline: head ? unframed(head.text ?? (head.continued === undefined ? blocks[head.index].text : `${blocks[head.index].text} ${blocks[head.continued].text}`)) : null,
    subtitle: head && head.subtitle >= 0 ? unframed(blocks[head.subtitle].text) : null,
    byline,
    date: { published: dates.published, updated: dates.updated, hijri: dates.hijri },
    body,
    subheadings,
    comments,
    comment_count_stated: z.commentCount,
    language,
  };
  return { record, blocks, lines, decisions, warnings, rejected };
}

/**
 * Title-like blocks whose key another block repeats. Only keys of title-like blocks are counted, and a
 * key of another length is not looked up: hashing every paragraph's key cost more than the rest of it.
 */
function repeatedTitles(blocks: Block[]): Set<number> {
  const counts = new Map<string, number>();
  const lengths = new Set<number>();
  for (const b of blocks) {
    if (b.key && isTitleLike(b)) {
      counts.set(b.key, 0);
      lengths.add(b.key.length);
    }
  }
  for (const b of blocks) if (lengths.has(b.key.length) && counts.has(b.key)) counts.set(b.key, counts.get(b.key)! + 1);
  const titles = new Set<number>();
  for (const b of blocks) if (b.key && isTitleLike(b) && counts.get(b.key)! > 1) titles.add(b.index);
  // the browser's title line holds the headline between a site name and a label ("عاجل| … - الموقع")
  const inPageTitle = pageTitleKeys(blocks);
  const partLengths = new Set([...inPageTitle].map((key) => key.length)); // most keys are of no part's length: no hashing
  for (const b of inPageTitle.size ? blocks.slice(PAGE_TITLE_BLOCKS) : []) {
    if (!partLengths.has(b.key.length) || !inPageTitle.has(b.key) || !isTitleLike(b)) continue;
    titles.add(b.index);
    // and the title line itself, however long its label and site name make it
    for (const t of blocks.slice(0, PAGE_TITLE_BLOCKS)) if (t.key.includes(b.key)) titles.add(t.index);
  }
  // a title printed twice on one line, glued or not ("XX", "X X")
  const titleKeys = new Set([...titles].map((i) => blocks[i].key));
  const doubledLengths = new Set([...titleKeys].flatMap((key) => [2 * key.length, 2 * key.length + 1]));
  for (const b of blocks) {
    if (!doubledLengths.has(b.key.length)) continue;
    const half = b.key.slice(0, b.key.length >> 1);
    if (titleKeys.has(half) && isDoubled(b.key, half)) titles.add(b.index);
  }
  return titles;
}

/** Share of Arabic letters above which a text is in Arabic script only (a few Latin names aside). */
const ARABIC_ONLY_RATIO = 0.97;
/** Letters that Persian, Urdu and Kurdish write and Arabic does not. */
const NON_ARABIC_LETTERS = /[پچژگکیےںہٹڈڑۆێڵ]/;

/**
 * franc's ISO 639-3 code. On short samples franc may take Arabic for Persian or Urdu; those languages
 * always use letters Arabic lacks, so without them the text is Arabic.
 */
function languageOf(sample: string): string {
  if (sample.length < 20) return 'und';
  // Only Arabic script and none of those letters: every candidate but Arabic is ruled out (see below),
  // so franc's answer is known; skipping it halves the cost of a typical page.
  if (arabicRatio(sample) >= ARABIC_ONLY_RATIO && !NON_ARABIC_LETTERS.test(sample)) return 'arb';
  const code = franc(sample, { minLength: 10, only: FRANC_ONLY });
  return ['pes', 'urd', 'ckb', 'kmr'].includes(code) && !NON_ARABIC_LETTERS.test(sample) ? 'arb' : code;
}

/** `parts.join(sep).slice(0, max)`, joining only as many parts as it takes. */
function joinedPrefix(parts: string[], sep: string, max: number): string {
  let out = '';
  for (let i = 0; i < parts.length && out.length < max; i++) out += (i ? sep : '') + parts[i];
  return out.slice(0, max);
}

/**
 * The byline without the dates written in it, and without the separators left dangling. In a row of fields
 * ("place - outlet | date | section") the byline is the fields before the date; the ones after are the page's.
 */
function stripDates(text: string, dates: { text: string }[]): string | null {
  const fields = text.split(FIELD_BAR);
  const dated = fields.findIndex((f) => dates.some((d) => f.includes(d.text)));
  let out = dated > 0 ? fields.slice(0, dated).join(' | ') : text;
  for (const d of dates) out = out.replace(d.text, ' ');
  out = out.replace(/\s+/g, ' ').replace(/^[\s|\-–—,،:·•]+|[\s|\-–—,،:·•]+$/g, '').trim();
  return out || null;
}

/** How far around the text's end a signed credit ("إعداد: فلان") is looked for: the last line, and a few after. */
const SIGNATURE_REACH = 3;
const MAX_AGENCY_WORDS = 4;
/** "(رويترز)", "أ ش أ", "وكالات": a news agency's name alone on its line. */
const isAgencyName = (b: Block, k: Knowledge) => b.words <= MAX_AGENCY_WORDS && hasKey(k.agencySignature, b.key);
const SIGNED = /^\S+\s*[:：\-–—]\s*\S/;
/** "ع. بلقاسم", "عبد القادر. ب": a name with an initial, as Maghreb papers sign under the text. */
const INITIAL_SIGNATURE = /^[\u0621-\u064A]\s?\.\s?[\u0621-\u064A]{2,}(?:\s[\u0621-\u064A]{2,})?$|^[\u0621-\u064A]{2,}(?:\s[\u0621-\u064A]{2,}){0,2}\s?\.\s?[\u0621-\u064A]\.?$/;

/** "إعداد: فلان" or "ع. بلقاسم" closing the text, when the header names no author. */
function signatureAfterText(blocks: Block[], bodyEnd: number, k: Knowledge, excluded: Set<number>): BylinePick | null {
  const signed = (i: number, reason: string): BylinePick => ({ index: i, text: blocks[i].text, rule: 'byline/signature-after-text', reason });
  const initials = (i: number) => INITIAL_SIGNATURE.test(blocks[i].text);
  // (the text's last line may be the signature, read as a subheading over the tags)
  if (bodyEnd >= 1 && !excluded.has(bodyEnd - 1) && initials(bodyEnd - 1)) return signed(bodyEnd - 1, 'the text is signed with a name and an initial');
  for (let i = bodyEnd; bodyEnd >= 0 && i <= bodyEnd + SIGNATURE_REACH && i < blocks.length; i++) {
    if (excluded.has(i)) continue;
    // the marker with its colon or dash: "تقرير إنساني" is the story's kind, "تقرير: فلان" its author
    const by = SIGNED.test(blocks[i].text) ? looksLikeByline(blocks[i], k) : null;
    if (by?.rule === 'byline/marker-word') return signed(i, `the text is signed: ${by.reason}`);
    if (initials(i)) return signed(i, 'the text is signed with a name and an initial');
    // ("(رويترز)", "أ ش أ": a wire story's agency, alone on its line)
    if (isAgencyName(blocks[i], k)) return signed(i, 'the text is signed by a news agency');
  }
  return null;
}

/** "headline / محمد العلي / text": a person's bare name, alone between the headline and the text, is its author. */
function nameUnderHeadline(blocks: Block[], headline: number, bodyStart: number, k: Knowledge, excluded: Set<number>): BylinePick | null {
  const i = headline + 1;
  const b = blocks[i];
  if (headline < 0 || i !== bodyStart - 1 || excluded.has(i) || !isBareName(b, 3, true) || isChromePhrase(b, k)) return null;
  return { index: i, text: b.text, rule: 'byline/name-under-headline', reason: 'a person\'s name alone between the headline and the text' };
}

/** "(أ ف ب)", "وكالات": a news agency's name alone a line or two under the headline, over the text, credits the story. */
function agencyUnderHeadline(blocks: Block[], headline: number, bodyStart: number, k: Knowledge, excluded: Set<number>): BylinePick | null {
  for (let i = headline + 1; headline >= 0 && i <= headline + AGENCY_UNDER_HEADLINE_REACH && i < bodyStart; i++) {
    if (!excluded.has(i) && isAgencyName(blocks[i], k)) {
      return { index: i, text: blocks[i].text, rule: 'byline/agency-under-headline', reason: 'a news agency\'s name alone under the headline' };
    }
  }
  return null;
}
const AGENCY_UNDER_HEADLINE_REACH = 3;

/** What an author card prints above the name: an avatar's label or initial, a lone "بقلم". */
const CARD_ABOVE = /^(?:(?:صورة|الصورة)(?:\s+(?:الكاتب|الكاتبة|المحرر|المحررة|المؤلف))?|بقلم|كتب|كتبت|[\u0621-\u064A])$/;
/** What it prints under: a follow button, or the author's role ("محرر الهواتف الذكية", "* كاتب فلسطيني"). */
const FOLLOW = /^(?:متابعة|تابع|follow)$/i;

/**
 * "صورة الكاتب / فلان / محرر الهواتف الذكية", "ر / فلان / متابعة", "فلان / * كاتب فلسطيني" under the text:
 * a bare name in an author card, between the headline and the text or just after the text.
 */
function nameInAuthorCard(blocks: Block[], ranges: [number, number][], k: Knowledge, excluded: Set<number>): BylinePick | null {
  for (const range of ranges) {
    for (let i = Math.max(1, range[0]); i < Math.min(range[1], blocks.length - 1); i++) {
      const b = blocks[i];
      if (excluded.has(i) || !isBareName(b, 4, true) || isChromePhrase(b, k)) continue;
      const above = blocks[i - 1], below = blocks[i + 1];
      const avatar = CARD_ABOVE.test(above.text) || (AVATAR_ALT.test(above.text) && above.text.endsWith(b.text));
      if (avatar || FOLLOW.test(below.text) || isBio(below)) {
        return { index: i, text: b.text, rule: 'byline/author-card', reason: 'a name in an author card (avatar, role or follow button beside it)' };
      }
    }
  }
  return null;
}

/** "محمد العلي" on its own line right above or below the article's date: the author. */
function nameBesideDate(blocks: Block[], dateIndexes: number[], k: Knowledge, excluded: Set<number>) {
  for (const d of dateIndexes) {
    for (const i of [d - 1, d + 1]) {
      const b = blocks[i];
      if (!b || excluded.has(i) || !isBareName(b, 4, true) || isChromePhrase(b, k)) continue;
      return { index: i, text: b.text, rule: 'byline/name-beside-date', reason: 'a short name next to the article date' };
    }
  }
  return null;
}

/** "سنية الماجري | 24 جوان 2022 - 16:45": a person's bare name as the first field of the article's date line. */
function nameOnDateLine(blocks: Block[], dateIndexes: number[], k: Knowledge): BylinePick | null {
  for (const d of dateIndexes) {
    const b = blocks[d];
    if (!b.text.includes('|')) continue;
    const name = makeBlock(b.index, b.line, b.piece, b.text.split(FIELD_BAR)[0]);
    if (name.text === b.text || !isBareName(name, 4, true) || isChromePhrase(name, k)) continue;
    return { index: d, text: b.text, rule: 'byline/name-on-date-line', reason: 'a person\'s name opening the article\'s date line' };
  }
  return null;
}

const QUOTED = /^[«"“❝❞]\s*([^«»"“”❝❞]+?)\s*[»"”❞❝]\.?$/;
/** A pull quote's attribution: "— مدير المعهد". */
const ATTRIBUTION = /^[—–-]\s*\S/;
const MAX_ATTRIBUTION_WORDS = 12;
/** Shorter quoted lines ("«لا»") are too common in a text to call a repeat a pull quote. */
const MIN_PULL_QUOTE_CHARS = 20;

const MIN_RETOLD_QUOTE_WORDS = 6;
const missingWords = (words: string[], text: string) => { const own = new Set(text.split(' ')); return words.filter((w) => !own.has(w)).length; };
/** A pull quote: a quoted line repeating a sentence of the text, and its "— who" line. */
function dropPullQuotes(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  for (const [n, i] of kept.entries()) {
    const m = blocks[i].text.match(QUOTED);
    if (!m || m[1].length <= MIN_PULL_QUOTE_CHARS) continue;
    const quote = foldText(m[1]).replace(/[.…]+$/, '');
    // (or all its words but one, the quote retold in the first person: "نريد …" for "… تريد …")
    const words = quote.split(' ');
    const holds = (text: string) => text.includes(quote) || (words.length >= MIN_RETOLD_QUOTE_WORDS && missingWords(words, text) <= 1);
    if (!kept.some((j) => j !== i && holds(foldedText(blocks[j])))) continue;
    decide(i, { label: 'chrome', rule: 'chrome/pull-quote', reason: 'a quoted sentence the text already holds' });
    const next = blocks[kept[n + 1]];
    if (next && next.words <= MAX_ATTRIBUTION_WORDS && ATTRIBUTION.test(next.text)) {
      decide(next.index, { label: 'chrome', rule: 'chrome/pull-quote', reason: 'who said the pull quote' });
    }
  }
}

/** The label an embedded Instagram post prints over it. */
const EMBED_LABEL = /^(?:عرض (?:هذا )?المنشور على|view this post on)\s+\S+$/i;
const MAX_EMBED_LABEL_WORDS = 8;

/**
 * A post embedded in the text (a tweet, a Facebook or Instagram post): its label, its signature and the
 * post's text right above the signature are the platform's, not the article's (the text reports or quotes
 * it), unless the text announces it as its quotation.
 */
function dropEmbeddedPosts(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  if (kept.length < 2) return;
  const d: Decision = { label: 'chrome', rule: 'chrome/embedded-post', reason: 'an embedded post (tweet, Facebook or Instagram post)' };
  for (let i = kept[0] + 1; i <= kept[kept.length - 1] + 1 && i < blocks.length; i++) {
    const b = blocks[i];
    if (b.words <= MAX_EMBED_LABEL_WORDS && EMBED_LABEL.test(b.text)) { decide(i, d); continue; }
    if (!isPostSignature(b)) continue;
    decide(i, d);
    // (a tweet's picture link between its text and the signature: "pic.twitter.com/…")
    const pic = PIC_LINK.test(blocks[i - 1].text);
    if (pic) decide(i - 1, d);
    // (unless the text introduces it as its quotation: "وكتبت الوزارة على حسابها:")
    const post = pic ? i - 2 : i - 1;
    if (post > kept[0] && kept.includes(post) && !EMBED_LABEL.test(blocks[post].text) && !/[:：]$/.test(blocks[post - 1].text)) decide(post, d);
  }
}

const MAX_BIO_WORDS = 45;
/** An author's role or biography: "كاتب صحفي متخصص في …", short. */
const isBio = (b: Block) => b.words <= MAX_BIO_WORDS && opensWithProfession(b.text);
/** How far under the text an author card ("عن الكاتب", after the share buttons) is looked for. */
const AUTHOR_CARD_REACH = 10;
/** How far from the end of the text an author box may start (name, biography, a link to older columns). */
const AUTHOR_BIO_REACH = 4;

/** "۞ العنوان ۞", "ــــ العنوان ــــ": a title without the ornaments or tatweel rules framing it. */
const FRAME = /^[۞❖✿★☆◆◇■□●○►◄▶◀♦✦✧※\u0640\s]+|[۞❖✿★☆◆◇■□●○►◄▶◀♦✦✧※\u0640\s]+$/g;
const FRAME_END = /[۞❖✿★☆◆◇■□●○►◄▶◀♦✦✧※\u0640]/;
const unframed = (title: string) => (FRAME_END.test(title[0]) || FRAME_END.test(title[title.length - 1]) ? title.replace(FRAME, '') || title : title);

/** "ملخص مولّد آلياً وتمت مراجعته": a summary box's note on itself. */
const SUMMARY_NOTE = /^(?:ملخص|الملخص|تم\s+توليد|مولد|مولّد)\s/;

/** A paragraph this long printed twice is one paragraph and a copy (shorter lines repeat in lists). */
const MIN_REPEATED_PARAGRAPH_WORDS = 12;

/** "تابع القراءة أسفل الإعلان", "Scroll to continue with content": the way back to the text under an ad. */
const AFTER_AD = /^(?:(?:تابع|أكمل|اكمل|واصل)\s+القراءة|scroll to continue|continue reading|story continues below)/i;
/** An ad's button: "اطلب الآن", "زيارة الموقع", "اعرف المزيد", "Learn more". */
const AD_BUTTON = /(?:الآن|الان|الموقع|المزيد|هنا)$|^(?:learn more|shop now|sign up|book now|apply now|visit site)$/i;
/** An ad's call to action: "احجز", "اطلب", "احصل على", "الآن", "مجاناً". */
const AD_CALL = /(?:^|\s)(?:احجز|اطلب|سارع|احصل|افتح حسابك|تسوق|اشتر)|(?:الآن|الان|مجانا|مجاناً)(?:[\s.!]|$)/;
/** A video's length over its title in a box of videos: "03:12". */
const VIDEO_LENGTH = /^[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}$/;
/** "استمعوا إلى التصريح:", "شاهد الفيديو:": the line that points the reader at the player. */
const PLAYER_CUE = /^(?:استمع|استمعوا|استمعي|شاهد|شاهدوا|شاهدي)\s.{0,40}[:：]$/;
const BARE_CLOCK = /^\(?[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}\)?$/;
const VIDEO_CUE = /فيديو|يوتيوب|YouTube|video|Vimeo/i;
const MAX_AD_LINE_WORDS = 20;
/** An ad between paragraphs: its label, a title and a line or two, its button or address. */
const MAX_AD_BLOCKS = 6;

/** An ad inside the text: from its label to its button ("اطلب الآن"), its address or the way back to the text. */
/**
 * A video embedded between paragraphs: its cue ("شاهد", "فيديو"), the clip's title and its length ("02:47")
 * on a line of its own. (A live blog's bare clock heads the entry under it: its line above ends a sentence.)
 */
function dropVideoEmbeds(blocks: Block[], kept: number[], decisions: Decision[], decide: (i: number, d: Decision) => void): void {
  const d: Decision = { label: 'chrome', rule: 'chrome/video', reason: 'a video embedded in the text: its cue, title and length' };
  for (const i of kept) {
    if (i < 2 || !BARE_CLOCK.test(blocks[i].text)) continue;
    const title = blocks[i - 1];
    if (decisions[i - 1].rule === 'chrome/video') { decide(i, d); continue; }
    if (title.words > MAX_TITLE_WORDS || FULL_STOP_END.test(title.text) || !EMBED_CUE.test(blocks[i - 2].text)) continue;
    for (let j = i - 2; j <= i; j++) decide(j, d);
  }
}
const EMBED_CUE = /^(?:شاهد|شاهدوا|شاهد\s+(?:ال)?فيديو|(?:ال)?فيديو|بالفيديو)\s*[:：|]?$/;
const FULL_STOP_END = /\.["»”)]?$/;

function dropAds(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  if (kept.length < 2) return;
  const d: Decision = { label: 'chrome', rule: 'chrome/ad', reason: 'an ad between paragraphs (its label, text and button)' };
  for (let i = kept[0] + 1; i < kept[kept.length - 1]; i++) {
    if (blocks[i].words > 3 || !AD_LABEL.test(blocks[i].text)) continue;
    // the ad ends at its button, its address, or the line leading back to the text
    let end = -1;
    let calls = false;
    for (let j = i + 1; j <= i + MAX_AD_BLOCKS && j < blocks.length; j++) {
      const b = blocks[j];
      // (an ad's text is a line, or lines under one calling for action: paragraphs under the label are the text's)
      calls ||= AD_CALL.test(b.text);
      if (AD_LABEL.test(b.text) || (j > i + 1 && !calls && isProse(b))) break;
      if (AFTER_AD.test(b.text) || looksLikeDomain(b) || (b.words <= 3 && j > i + 1 && AD_BUTTON.test(b.text))) { end = j; break; }
    }
    // (or, with none of them, at its one line of text when it calls for action: "احجز رحلتك … واحصل على خصم")
    if (end < 0 && blocks[i + 1] && blocks[i + 1].words <= MAX_AD_LINE_WORDS && AD_CALL.test(blocks[i + 1].text)) end = i + 1;
    if (end < 0) continue;
    if (blocks[end + 1] && AFTER_AD.test(blocks[end + 1].text)) end++;
    for (let j = i; j <= end; j++) decide(j, d);
    i = end;
  }
}

/**
 * "طالع أيضا:" over "- عنوان" / "- عنوان": the links of a read-also box inside the text, however they are marked;
 * unmarked, they are the title-shaped lines up to the text resuming (a short last line under a teaser heads it).
 */
function dropReadAlsoLists(blocks: Block[], kept: number[], k: Knowledge, decide: (i: number, d: Decision) => void): void {
  if (kept.length < 2) return;
  const d: Decision = { label: 'chrome', rule: 'chrome/box-inside-text', reason: 'a read-also box\'s list of links inside the text' };
  const item = (b: Block) => isDashItem(b) || isListItem(b);
  // (a video's title under its length, "03:12", is its link however it ends: "… هل يمكن تطعيم الطفل؟")
  // (and the first link may ask a question under the header alone on its line: "إقرأ أيضا" / "زلزال 2020 بميلة: أين
  // وصل ملف إعادة الإسكان؟"; not under an embedded post's "اقرأ المزيد على X")
  const link = (b: Block, prev: Block) => b.words <= MAX_LINK_WORDS && ((!endsLikeSentence(b) && !isProse(b)) || VIDEO_LENGTH.test(prev.text) ||
    (hasKey(k.inlineBox, prev.key) && QUESTION_TITLE.test(b.text)));
  const inSeries = (b: Block, before: number) => {
    const stem = seriesStem(b);
    let n = 0;
    if (stem) for (const j of kept) if (j < before && !isProse(blocks[j]) && isProse(blocks[j + 1]) && seriesStem(blocks[j]) === stem) n++;
    return n >= MIN_SERIES_TITLES;
  };
  for (let i = kept[0] + 1; i < kept[kept.length - 1]; i++) {
    if (!isInlineBoxHeader(blocks[i], k)) continue;
    const header = i;
    let end = header + 1;
    while (end < blocks.length && item(blocks[end])) end++;
    if (end === header + 1) {
      while (end < blocks.length && link(blocks[end], blocks[end - 1])) end++;
      if (end === header + 1 || !blocks[end] || !isProse(blocks[end])) continue;
      // (or it goes on with the text's series of subheadings above: "الخطوة الثانية: …" / … / "الخطوة الثالثة: …")
      if (headsTextAfterBox(blocks, { start: header, end: end - 1 }, end - 1, k) || inSeries(blocks[end - 1], header)) end--;
    }
    // (the header too: "مواضيع قد تهمك:" ends like a line announcing a list of the text)
    for (; i < end; i++) decide(i, d);
    i--;
  }
}
/** A title asking its question: no sentence's punctuation before the question mark. */
const QUESTION_TITLE = /^[^.،,؛!?؟]+[?؟]$/;
/** A link's title in a box is a headline's length. */
const MAX_LINK_WORDS = 14;

/** What marks a box's links: "- عنوان", "► عنوان", "• عنوان". */
const LINK_MARK = /^[-–—►▶▸•●▪◦»*]/;

/**
 * "طالع أيضا" / "► link" / "► link" / "الخدمات الجامعية في الموعد" / text: under links that each carry a mark,
 * the box's last line without one is the subheading of the text resuming under it; so is a short last line
 * under a teaser. A box's only line is its link, however short.
 */
function headsTextAfterBox(blocks: Block[], box: { start: number; end: number }, i: number, k: Knowledge): boolean {
  if (i !== box.end || i - box.start < 2 || LINK_MARK.test(blocks[i].text) || !isSubheadingShaped(blocks[i], true) || !blocks[i + 1] || !isProse(blocks[i + 1])) return false;
  const opening = firstWord(blocks[i].text);
  let marked = true, teaser = false, alike = false;
  for (let j = box.start + 1; j < i; j++) {
    marked &&= LINK_MARK.test(blocks[j].text);
    teaser ||= blocks[j].words >= MIN_TEASER_WORDS && blocks[j].words >= 2 * blocks[i].words;
    alike ||= firstWord(blocks[j].text) === opening;
  }
  // (or a line much shorter than a teaser the box holds, opening unlike its other lines: "اقرأ أيضا" / a
  // teaser / "تدخل السلطات" / text; under "teaser / منذ 5 ساعات" pairs the last "منذ …" is the box's; or the
  // line after the figures under a fact box's header: "في أرقام" / "20 ساعة" / "متوسط الانقطاع")
  const short = blocks[i].words <= MAX_SHORT_SUBHEADING_WORDS && !isChromePhrase(blocks[i], k);
  return marked || (short && ((teaser && !alike) || (isInlineBoxHeader(blocks[box.start], k) && factFigures(blocks, box.start + 1, i) && !HAS_DIGIT.test(blocks[i].text))));
}
/**
 * Lines from..to (exclusive) are a fact box's figures: pairs of a figure and its label ("20 ساعة" / "متوسط
 * انقطاع الكهرباء يومياً"), or lines each holding its figure ("40 % من الإنتاج الوطني"), an ad's label aside.
 */
function factFigures(blocks: Block[], from: number, to: number): boolean {
  const lines = blocks.slice(from, to).filter((b) => !(b.words <= 3 && AD_LABEL.test(b.text)));
  if (lines.length < 2) return false;
  if (lines.every((b) => HAS_DIGIT.test(b.text))) return true;
  if (lines.length % 2) return false;
  for (let j = 0; j < lines.length; j += 2) if (!HAS_DIGIT.test(lines[j].text) || HAS_DIGIT.test(lines[j + 1].text)) return false;
  return true;
}
/** A box's link reads as a headline; a subheading under the box is a few words. */
const MIN_TEASER_WORDS = 6;
const MAX_SHORT_SUBHEADING_WORDS = 5;
const firstWord = (text: string) => text.split(' ', 1)[0];
/** A subheading's shape: a few Arabic words, no closing punctuation (a question's mark when `asks`). */
const isSubheadingShaped = (b: Block, asks = false) => b.words >= 2 && b.words <= MAX_SUBHEADING_WORDS && b.arabic >= 0.5 && !(asks ? /[.:،,؛!]["»”)]?$/ : /[.:،,؛!؟?]["»”)]?$/).test(b.text);

/**
 * "paragraph / الصورة: أرشيف / طلبة أمام مقر الجامعة / paragraph": a credit line between paragraphs with a short
 * line under it; that line is the photo's caption (a caption over its credit has the credit under it instead).
 */
function dropCaptionsUnderCredits(blocks: Block[], kept: number[], decisions: Decision[], decide: (i: number, d: Decision) => void): void {
  for (const i of kept) {
    if (i < 2 || !CREDIT_LINE.test(blocks[i - 1].text) || decisions[i - 2].label !== 'body' || !isSubheadingShaped(blocks[i])) continue;
    decide(i, { label: 'chrome', rule: 'chrome/caption', reason: 'a photo\'s caption under its credit line' });
  }
}

/** "فلاحون يقطفون القطن في سهل الغاب - قاسيون": a photo's caption, credited to the site after a dash. */
const SITE_CREDIT = /\s[-–ـ]\s*«?([^\s«»\-–ـ][^«»\-–ـ.،:]{1,30}?)»?$/;
/** A table's row, a "label: value" line: their dashes part items, not a caption from its credit. */
const CAPTION_NOT = /[\t|:]/;
/** Other lines naming the site (masthead, page title, footer) that make a line's last words its name. */
const MIN_SITE_NAME_MENTIONS = 2;

/** A caption between paragraphs credited to the site itself, whose name the masthead and the footer print too. */
/**
 * "عراقيون على كورنيش أبو نؤاس، مايو 2024 (Getty)", "… رئيس بلديتهم- الأناضول", "…، أرشيفية/ رويترز" over the
 * text's first paragraph: the lead photo's caption, closed by its credit (a name in brackets, or a news agency after
 * a dash or a slash).
 */
function dropLeadCaption(blocks: Block[], kept: number[], decisions: Decision[], k: Knowledge, decide: (i: number, d: Decision) => void): void {
  const [first, second] = kept.filter((i) => decisions[i].label !== 'chrome');
  if (second === undefined) return;
  const b = blocks[first];
  if (b.words > MAX_CREDITED_CAPTION_WORDS || !isProse(blocks[second])) return;
  const bracketed = LEAD_CAPTION_CREDIT.exec(b.text);
  const dashed = bracketed ? null : AGENCY_AFTER_MARK.exec(b.text);
  if ((bracketed && !NOT_A_CREDIT.test(bracketed[1])) || (dashed && hasKey(k.agencySignature, foldText(dashed[1])))) {
    decide(first, { label: 'chrome', rule: 'chrome/caption', reason: 'the lead photo\'s caption over the text, closed by its credit' });
  }
}
// (a name, not a figure nor a remark: no digits, a few words)
const LEAD_CAPTION_CREDIT = /[^\s.!؟?:]\s*\(([^()\d\u0660-\u0669]{2,30})\)\.?$/;
const AGENCY_AFTER_MARK = /\S\s*[-–/]\s*([^-–/.،]{2,25})$/;
/** What a sentence may end with in brackets that is no photo's credit: the kind of story, a blessing. */
const NOT_A_CREDIT = /^(?:فيديو|بالفيديو|صور|بالصور|شاهد|تفاصيل|خاص|حصري|تحديث|مباشر|ص|ع|صلى الله عليه وسلم|عليه السلام|رضي الله عنه|رضي الله عنها|رحمه الله)$/;
/** "اقرأ أيضا" / another story's title / "منذ 5 ساعات": the stamp closing a box's card between paragraphs is the card's. */
function dropCardStamps(blocks: Block[], kept: number[], decisions: Decision[], decide: (i: number, d: Decision) => void): void {
  for (const i of kept) {
    if (decisions[i - 1]?.rule !== 'chrome/box-inside-text' || !(isAgeLine(blocks[i]) || isCardDate(blocks[i]))) continue;
    decide(i, { label: 'chrome', rule: 'chrome/related-card', reason: 'the stamp of a box\'s card between paragraphs' });
  }
}
function dropSiteCreditedCaptions(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  for (const i of kept) {
    const b = blocks[i];
    if (b.words > MAX_CREDITED_CAPTION_WORDS || endsLikeSentence(b) || CAPTION_NOT.test(b.text)) continue;
    const m = SITE_CREDIT.exec(b.text);
    if (!m || m.index === 0 || b.text.lastIndexOf(' - ', m.index - 1) >= 0) continue;
    const name = foldText(m[1]);
    let mentions = 0;
    for (let j = 0; j < blocks.length && mentions < MIN_SITE_NAME_MENTIONS && name; j++) if (j !== i && blocks[j].key.includes(name)) mentions++;
    if (mentions >= MIN_SITE_NAME_MENTIONS) decide(i, { label: 'chrome', rule: 'chrome/caption', reason: 'a photo\'s caption credited to the site ("… - site")' });
  }
}

/** A paragraph in Latin letters this long is a translation, not a name or a figure left in Latin. */
const MIN_TRANSLATION_WORDS = 8;
const isLatinParagraph = (b: Block) => b.arabic < 0.05 && b.words >= MIN_TRANSLATION_WORDS;

/**
 * An Arabic text with its translation paragraph by paragraph: Latin paragraphs, two at least, each under an
 * Arabic one (one English paragraph may be a quotation the text gives in the original).
 */
function dropTranslations(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  const twins = kept.filter((i, n) => n > 0 && isLatinParagraph(blocks[i]) && blocks[kept[n - 1]].arabic >= 0.5);
  if (twins.length < 2 || kept.filter((i) => isLatinParagraph(blocks[i])).length > twins.length) return;
  for (const i of twins) decide(i, { label: 'chrome', rule: 'chrome/translation', reason: 'a paragraph\'s translation under it' });
}

/** A press release's closing box: "نبذة عن الشركة", "حول شركة …". */
const ABOUT_HEADER = /^(?:نبذة عن|لمحة عن|حول|عن)\s+(?:ال)?(?:شركة|مؤسسة|مجموعة|بنك|منظمة|جمعية|هيئة)(?:\s|$)/;
const MAX_ABOUT_HEADER_WORDS = 8;

/**
 * A box closing the text: an author box under another name than the byline (or with no byline at all),
 * a bare name then a biography opening with a profession; or a press release's "about the company".
 * What follows it is the box's own.
 */
function dropClosingBox(blocks: Block[], kept: number[], decide: (i: number, d: Decision) => void): void {
  for (let n = Math.max(1, kept.length - AUTHOR_BIO_REACH); n < kept.length - 1; n++) {
    const head = blocks[kept[n]], next = blocks[kept[n + 1]];
    const bio = isBareName(head, 4, true) && isBio(next);
    const about = !bio && head.words <= MAX_ABOUT_HEADER_WORDS && !endsLikeSentence(head) && ABOUT_HEADER.test(head.text);
    if (!bio && !about) continue;
    const d: Decision = bio
      ? { label: 'chrome', rule: 'chrome/author-bio', reason: 'a name and a biography closing the text: an author box' }
      : { label: 'chrome', rule: 'chrome/about-box', reason: 'an "about the company" box closing a press release' };
    for (const i of kept.slice(n)) decide(i, d);
    return;
  }
}

/** Short closing lines after the last paragraph: the rest of a split paragraph line, or one closing sentence. */
function extendBodyEnd(blocks: Block[], end: number, k: Knowledge, taken: Set<number>): number {
  if (end < 0) return end;
  const last = blocks[end];
  let i = end + 1;
  const ok = (b: Block) => !taken.has(b.index) && !isChromePhrase(b, k) && b.arabic >= 0.5;
  while (i < blocks.length && last.piece > 0 && blocks[i].line === last.line && ok(blocks[i])) i++;
  const b = blocks[i];
  if (b && i === end + 1 && ok(b) && b.words >= MIN_CLOSING_WORDS && endsLikeSentence(b) && !/[:]$/.test(b.text)) i++;
  return i - 1;
}

/**
 * A site's standing notices, never an article's sentence: the disclaimer ("… لا تعبر بالضرورة عن رأي الموقع"),
 * the cookie banner, the newsletter prompt, a wire service's "الرجاء التواصل معنا للاشتراك".
 */
const STANDING_DISCLAIMER = /(?:الرجاء|يرجى|يُرجى)\s+التواصل\s+معنا\s+للاشتراك|(?:اشترك|اشتركي|اشتركوا|سجل|سجّل)\s+(?:الآن\s+)?(?:في|ب)\s*(?:نشرتنا|النشرة\s+(?:\S+\s+)?(?:البريدية|الإخبارية|الاخبارية|الأسبوعية|الاسبوعية|اليومية)|نشرة\s+\S+(?:\s+\S+)?\s+(?:البريدية|الإخبارية|الاخبارية|الأسبوعية|الاسبوعية|اليومية|الصباحية)|القائمة\s+البريدية)|يمكنك\s+(?:إلغاء|الغاء)\s+الاشتراك|لا\s+(?:تعبر|تمثل)\s+بالضرورة\s+(?:عن\s+)?(?:رأي|راي|وجهة\s+نظر|آراء|اراء)|ملفات\s+تعريف\s+(?:الارتباط|الإرتباط)|\(الكوكيز\)|في\s+بريدك\s+الإلكتروني|في\s+بريدك\s+الالكتروني|(?:إعادة|اعادة)\s+(?:نشرها|نشره|النشر)\s+(?:بشرط|شريطة|مع)\s+(?:ذكر|الإشارة\s+إلى|الاشارة\s+الى)\s+المصدر|(?:يمنع|يحظر|يُمنع|يُحظر|لا\s+يجوز)\s+(?:إعادة|اعادة)\s+(?:النشر|نشر)|لا\s+يجوز\s+(?:نقلها|نسخها|اقتباسها|نشرها)|محمية\s+بموجب\s+(?:حقوق|قوانين)|للإبلاغ\s+عن\s+(?:خطأ|أخطاء|اخطاء)|لأنك\s+(?:اشتركت|مشترك)|^تابع\s+(?:التفاصيل|المزيد)\s+على\s+موقعنا|تطبيقنا\s+(?:المجاني\s+)?(?:على|عبر)\s+(?:أجهزة\s+|اجهزة\s+)?(?:أندرويد|اندرويد|آيفون|ايفون|android|ios)|^(?:\*\s*)?(?:(?:ملاحظة(?:\s+المحرر)?|تنويه|تحديث)\s*:\s*)?(?:(?:تم|جرى)\s+(?:تحديث|تحيين|تعديل)\s+|عُ?د[ّ]?ل\s+)(?:هذا\s+|هذه\s+)?(?:الخبر|المقال|التقرير|المادة)|^(?:\*\s*)?(?:نُ?شر|نُ?شرت)\s+(?:هذا|هذه)\s+(?:\S+\s+){0,2}في\s+(?:النسخة|الطبعة)\s+الورقية|لأغراض\s+(?:إعلامية|اعلامية|معلوماتية|تثقيفية|توعوية)\s+فقط|^(?:احصل|احصلي|احصلوا)\s+على\s+(?:\S+\s+){1,12}?(?:في|على|عبر)\s+(?:بريدك|هاتفك|هواتفكم|جوالك)|^(?:احصل|احصلي|احصلوا)\s+على\s+تنبيهات|لا\s+(?:يعد|يُعد|يعدّ|يعتبر|يُعتبر|يشكل)\s+(?:استشارة|نصيحة|توصية)|لا\s+(?:تغني|يغني|تُغني|يُغني)\s+عن\s+(?:استشارة|مراجعة|زيارة)\s+(?:الطبيب|طبيب|المختص|الأخصائي)|لا\s+(?:يعوض|تعوض|يعوّض|تعوّض)\s+(?:ال)?(?:استشارة|مراجعة)\s+(?:ال)?(?:طبية|طبيب)|(?:محتوى|المقال|الخبر|التقرير|المادة)\s+(?:حصري|حصرية|متاح|متاحة|مخصص|مخصصة)\s+(?:(?:حصريا|حصرياً|حصريًا|فقط)\s+)?(?:ل|لـ\s*)(?:مشتركي|المشتركين|مشتركينا)|^(?:اشترك|اشتركي|اشتركوا)\s+(?:الآن\s+)?(?:ب|بـ\s*)[\d\u0660-\u0669]|يُ?سمح\s+فقط\s+(?:باقتباس|بنقل)|^هذا\s+(?:المنشور|المقال|الموضوع)\s+(?:نُ?شر|كتب)\s+في\s|^(?:آخر|اخر)\s+تعديل\s+بواسطة\s|(?:إذا|اذا)\s+وصلت(?:ك|كم|كِ)\s+هذه\s+(?:الرسالة|النشرة)|^\(?\s*ح[\u064B-\u0652]*د[\u064B-\u0652]*ث[\u064B-\u0652]*\s+(?:هذا|هذه)\s+(?:الخبر|المقال|التقرير|المادة)|^(?:هذا|هذه)\s+(?:الخبر|المقال|الموضوع|التقرير|المادة|المقتطفات|الأخبار|الاخبار)\s+(?:منقول|منقولة)\s+(?:من|عن)|^(?:أُ?نجز|انجز|أُ?عد|اعد)\s+(?:هذا|هذه)\s+(?:التحقيق|التقرير|المادة|العمل)\s+(?:بالشراكة|بالتعاون|بدعم|ضمن|في\s+إطار)|^(?:يُ?نشر|تُ?نشر)\s+(?:هذا|هذه)\s+(?:التحقيق|التقرير|المادة|المقال)\s+(?:بالتزامن|بالاتفاق|بالتعاون)|^ظهرت\s+(?:المقالة|التدوينة|المشاركة)\s.{2,200}\s(?:أولاً|أولا|اولا)\s+(?:على|في)\s|^(?:المقال|النص|الخبر|التقرير)\s+(?:الأصلي|الاصلي)\s*[:：]|^(?:ترجمة|الترجمة)(?:\s+و?(?:تحرير|إعداد|اعداد))?\s*[:：]\s*\S|^\(\s*(?:تغطية\s+صحفية|إعداد|اعداد)\s[^()]*(?:تحرير|للنشرة\s+العربية)[^()]*\)$|جميع\s+حقوق\s+(?:المحتوى|المواد|الأخبار|الاخبار|النشر)\s+محفوظة|(?:انضموا|انضم|انضمي|اشترك|اشتركي|اشتركوا|تابعوا|تابعونا|تابعنا)\s+(?:إلى\s+|الى\s+|في\s+|على\s+|عبر\s+)?(?:قناتنا|قناة\s+\S+|صفحتنا|حسابنا|مجموعتنا)\s+(?:على|عبر|في)\s+(?:واتساب|واتس\s*اب|الواتساب|تيليجرام|تيليغرام|تلغرام|تلجرام|التيليجرام|يوتيوب|فيسبوك|تويتر|إنستغرام|انستغرام|whatsapp|telegram)/i;
/** A ticker's item: an emoji and a short label before a bar, or "عاجل |". */
const TICKER_ITEM = /^(?:\p{Extended_Pictographic}\uFE0F?\s*[^|]{1,20}|(?:خبر\s+)?عاجل\s*)\|/u;
const MAX_TICKER_ITEM_WORDS = 30;
// (no pre-check for its words: one pass of the pattern costs less than 50 `includes`, measured)
const isStandingNotice = (b: Block) => b.words <= MAX_DISCLAIMER_WORDS && STANDING_DISCLAIMER.test(b.text);
/** Script and style leftovers: "(adsbygoogle = …).push({});", ".share-bar a{float:right}". */
const CODE = /[{};]\s*$|^\(?[a-z_$][\w$.]*\s*(?:=|\()|^\.[a-z][\w-]*(?:\s+[a-z]+)?\s*\{/i;
const MAX_SCRAP_WORDS = 4;
/** A Latin word, an arrow or an emoji: a bare time or number ("10:30" in a live blog) is not scrap. */
const SCRAP_SIGN = /[A-Za-z\u2190-\u2BFF]|\p{Extended_Pictographic}/u;
const MAX_DISCLAIMER_WORDS = 40;
const BARE_URL = /^https?:\/\/\S+$/i;
/** The headline printed twice on one line (a title glued to its image's alt text). */
const isDoubled = (key: string, headKey: string) => key === headKey + headKey || key === headKey + ' ' + headKey;

// ("* رنا خوري: صحافية لبنانية …", "* مارتن كولينز أستاذ …": the author's name before it)
const AUTHOR_NOTE = /^\*\s*(?:[^:：*]{2,30}[:：]\s*|(?:[^\s:：*]+\s+){1,3})?(?:جامعي|جامعية|ناشط|ناشطة|أستاذ|استاذ|أستاذة|استاذة|باحث|باحثة|كاتب|كاتبة|صحفي|صحفية|صحافي|صحافية|أكاديمي|أكاديمية|اكاديمي|محلل|محللة|خبير|خبيرة|دبلوماسي|سفير|وزير|نائب|رئيس|مدير|مديرة|مهندس|مهندسة|طبيب|طبيبة|محام|محامي|محامية|مستشار|مستشارة|إعلامي|إعلامية|اعلامي|اعلامية)\s/;
/** Marks sites put before a caption or a video box's title: "▲", a camera. */
const CAPTION_MARK = /^(?:[▲△]|📷|📸|🎥|📹|🎬)\s*\S/u;
const LONE_MARKED_CAPTION = /^[●•]\s*\S/;
const FOLLOW_ON_NETWORK = /^\P{L}*(?:تابع|تابعوا|تابعي|تابعونا|تابعنا|انضم|انضموا|انضمي)\s+(?:\S+\s+){0,4}(?:على|عبر|في)\s+(?:تليغرام|تيليغرام|تلغرام|تيليجرام|تلجرام|واتساب|واتس\s?اب|فيسبوك|فيس\s?بوك|تويتر|إكس|اكس|إنستغرام|انستغرام|انستجرام|يوتيوب|تيك\s?توك|Telegram|WhatsApp|Facebook|Twitter|X|Instagram|YouTube|TikTok)\s*[.!]?$/iu;
const MAX_FOLLOW_PROMPT_WORDS = 10;
const PLAYER_FIELD = /^(?:(?:ال)?مدة(?:\s+(?:الفيديو|المقطع))?|Duration|(?:عدد\s+)?(?:ال)?مشاهدات(?:\s+(?:الفيديو|المقطع))?)\s*[:：]\s*[\d\u0660-\u0669][\d\u0660-\u0669,.:٬]*$/i;
const CREDITED_SENTENCE = /[.!]\s*\([^()]{2,30}\)$/;
const IMAGE_PLACEHOLDER = /^[\[(](?:صورة|الصورة|image|photo|img|picture)[\])]$/i;
/** "مكتب تموين يستقبل المواطنين، في صورة أرشيفية.": a sentence that says it describes a photo. */
const ARCHIVE_CAPTION_END = /[،,]\s*(?:في\s+)?صورة\s+(?:أرشيفية|ارشيفية|من\s+الأرشيف)\s*\.?$/;
/** "أرشيفية", "(صورة أرشيفية)": an archive photo's whole credit. */
const ARCHIVE_PHOTO = /^\(?(?:صورة\s+)?(?:أرشيفية|ارشيفية)\)?$/;

const MAX_STAMP_WORDS = 8;
const MAX_PHOTO_CREDIT_WORDS = 8;
/** "شاهد الفيديو", "فيديو": a video player's label over its title. */
const VIDEO_LABEL = /^(?:شاهد\s+(?:ال)?فيديو|شاهد\s+بالفيديو|(?:ال)?فيديو|بالفيديو)\s*[:：|]?$/;
/** How far under the text a comment form may stand with unheaded comments above it. */
const MAX_UNHEADED_COMMENT_BLOCKS = 40;
/** Unheaded comments' names are short: a teaser's title is longer. */
const MAX_UNHEADED_NAME_WORDS = 5;
/** A comment's author that is a commenter's name or handle, not a box's title ("المكلا.. مدينة تستحق الأفضل", "أرشيف"). */
const namesCommenter = (author: string | null, k: Knowledge) =>
  author !== null && wordCount(author) <= MAX_COMMENTER_WORDS && !TITLE_MARK.test(author) && !k.chromeLine.has(foldText(author));
const MAX_COMMENTER_WORDS = 3;
const TITLE_MARK = /[:|؟?]|\.\.|\s[-–—]\s/;
/** A comment form's field label: "الإسم *", "تعليق *". */
const isFormLabel = (b: Block) => b.words <= 4 && (/\*\s*$/.test(b.text) || FORM_OPENING.test(b.text));
/** "لا توجد تعليقات", "لا يوجد أي تعليق بعد", "No comments yet": the section says it is empty. */
const NO_COMMENTS = /^(?:لا\s+(?:توجد|يوجد)\s+(?:أي\s+|اي\s+)?(?:تعليقات|تعليق)|لا تعليقات|no comments(?: yet)?\b)/i;
const MAX_NONE_NOTICE_WORDS = 10;
/** How far above the text's last line its labelled stamps may stand (tags and the like under them). */
const LATE_STAMP_REACH = 3;
/** The site's reply after a reader's text, "رد الموقع: …": the reader's comment, then the site's. */
function splitSiteReply(c: ParsedComment): ParsedComment[] {
  const paragraphs = c.text.split('\n\n');
  const at = paragraphs.findIndex((p, n) => n > 0 && SITE_REPLY.test(p));
  if (at < 0) return [c];
  const m = paragraphs[at].match(SITE_REPLY)!;
  return [{ ...c, text: paragraphs.slice(0, at).join('\n\n') },
    { author: m[1], title: null, when: null, text: [paragraphs[at].slice(m[0].length), ...paragraphs.slice(at + 1)].join('\n\n') }];
}
/** An aggregator's framing: the headline whole, called a "خبر" by the words just before it ("كانت هذه تفاصيل خبر …"). */
const MIN_FRAMED_HEADLINE_CHARS = 30;
const MAX_FRAMING_CHARS = 40;
const FRAMING_END = /(?:^| )خبر(?: عن)? $/;
function framesHeadline(key: string, headKey: string): boolean {
  const at = key.indexOf(headKey);
  return at > 0 && at <= MAX_FRAMING_CHARS && FRAMING_END.test(key.slice(0, at));
}
const GLUED_READ_MORE = /\s*(?:\.{2,}|…)?\s*(?:اقرأ|إقرأ|اقرا)\s+المزيد\s+(?:على|في|عبر)\s+موقع\s+[^.،]{2,40}$/;
// (the pattern opens with spaces, so V8 tries it at every space of every paragraph: look for its word first)
const cutGluedReadMore = (text: string) => (text.includes('المزيد') ? text.replace(GLUED_READ_MORE, '') : text);
/** "اقرأ أيضاتحت ضغط المزارعين …": a read-also link whose label the crawl glued to the linked title. */
const GLUED_READ_ALSO = /^(?:اقرأ|إقرأ|اقرا)\s*(?:أيضا|أيضاً|أيضًا|ايضا|ايضاً)(?=[\u0621-\u064A])/;
/** What a comment system prints where a comment was: "تمت إزالة هذا التعليق بواسطة المؤلف.", "This comment was deleted." */
const REMOVED_COMMENT = /^(?:(?:تم|تمت|جرى)\s+(?:حذف|إزالة|ازالة|إخفاء|اخفاء)\s+(?:هذا\s+)?التعليق|This comment (?:was|has been) (?:deleted|removed))[^\n]{0,60}$/i;
const SITE_REPLY = /^رد\s+(الموقع|المحرر|الإدارة|الادارة|التحرير|إدارة الموقع|ادارة الموقع)\s*[:：]\s*/;
/** "فهد الشمري- مدار- عرعر:", "الرياض - واس:": a dateline of names and places before a colon. */
const DATELINE_OPENING = /^[^:：.،,]{2,40}[-–][^:：.،,]{2,40}[:：]\s/;
/** "نشرت في : 05/11/2013": the article's own date line under the text is nobody's comment. */
const DATE_LABEL = /^(?:نشر|نشرت|نُشر|نُشرت|تاريخ|آخر|اخر|published|posted|updated)(?:\s|$)/i;
/** "أضف تعليق", "اترك تعليقاً": the form's own header. */
const FORM_OPENING = /^(?:أضف|اضف|إضافة|اضافة|اترك|أترك|أرسل|ارسل|اكتب)\s+(?:تعليق|تعليقك|تعليقا|تعليقاً|رأيك|رايك)$/;
/** A short line that is a day's date and nothing else ("15 أكتوبر 2023"). */
const isCardDate = (b: Block) => dateOnlyLine(b)?.every((d) => d.iso?.length === 10) ?? false;
const isCardTitle = (b: Block) => b.words >= 3 && b.words <= MAX_TITLE_WORDS && !endsLikeSentence(b) && !isProse(b);

function classifyBodyBlock(b: Block, prev: Block | undefined, next: Block | undefined, after: Block | undefined, headKey: string, k: Knowledge): Decision {
  // "إخلاء المسؤولية: …", "الكلمات الدلالية: أ، ب، ج" read like sentences but open like chrome (one-word
  // openings such as "تابعوا" may start real text: those need a short line)
  if (opensWithChromePhrase(b, k) || GLUED_READ_ALSO.test(b.text)) return { label: 'chrome', rule: 'chrome/phrase', reason: 'opens with a known chrome phrase' };
  if (b.words === 1 && BARE_URL.test(b.text)) return { label: 'chrome', rule: 'chrome/link', reason: 'a bare link' };
  // an ad slot's label left alone between paragraphs ("مساحة إعلانية")
  if (b.words <= 3 && AD_LABEL.test(b.text)) return { label: 'chrome', rule: 'chrome/ad', reason: 'an ad slot\'s label' };
  // no Arabic at all: code left by the crawl, or a player's or loader's scraps ("Loading...", "▶️ 00:00 / 01:42")
  if (b.arabic < 0.1 && (CODE.test(b.text) || (b.words <= MAX_SCRAP_WORDS && SCRAP_SIGN.test(b.text)))) return { label: 'chrome', rule: 'chrome/scrap', reason: 'no Arabic: code or a widget\'s leftovers' };
  // "02:14", "(01:45)" under a video's title or player (a live blog's bare clock over its entry is the text's)
  if (prev && BARE_CLOCK.test(b.text) && VIDEO_CUE.test(prev.text)) return { label: 'chrome', rule: 'chrome/video-length', reason: 'a video\'s length under its title or player' };
  // "استمعوا إلى التصريح:" / the clip's title / "00:00 / 02:37": an audio or video player inside the text
  if (PLAYER_PROGRESS.test(b.text) || (next && PLAYER_PROGRESS.test(next.text) && b.words <= MAX_TITLE_WORDS && !isProse(b)) ||
    (after && PLAYER_PROGRESS.test(after.text) && PLAYER_CUE.test(b.text))) return { label: 'chrome', rule: 'chrome/player', reason: 'a media player (its cue, its clip\'s title, its time) inside the text' };
  if (headKey && isDoubled(b.key, headKey)) return { label: 'chrome', rule: 'chrome/repeated-headline', reason: 'the headline printed twice on one line' };
  // "شكرا لقرائتكم خبر عن <headline> والان مع التفاصيل": an aggregator's sentence framing the story it copied
  if (headKey.length >= MIN_FRAMED_HEADLINE_CHARS && framesHeadline(b.key, headKey)) {
    return { label: 'chrome', rule: 'chrome/framing', reason: 'an aggregator\'s sentence around the headline it quotes whole' };
  }
  // "⚡ عاجل | …", "💵 الدولار | شراء 24.41": a ticker's item between paragraphs
  if (b.words <= MAX_TICKER_ITEM_WORDS && TICKER_ITEM.test(b.text)) return { label: 'chrome', rule: 'chrome/ticker', reason: 'a ticker\'s item (a marked label and a bar)' };
  // "بيروت 22° | سعر صرف الدولار: 38,900": the weather and the rates, punctuated like a sentence
  if (isWeatherStrip(b)) return { label: 'chrome', rule: 'chrome/ticker', reason: 'a weather and rates strip' };
  // a row of tools ("اطبع الخبر | أرسل الخبر | المشاهدات: 5,210") may be as long as a sentence
  if (b.words <= MAX_TITLE_WORDS && allChromeParts(b.text, k)) return { label: 'chrome', rule: 'chrome/tool-row', reason: 'a row of tool links' };
  // the site's standing disclaimer reads like a sentence too
  if (isStandingNotice(b)) return { label: 'chrome', rule: 'chrome/disclaimer', reason: 'the site\'s standing disclaimer' };
  // a caption may read like a sentence: its credit "(وكالة/ مصور)" gives it away
  if (hasPhotographerCredit(b)) return { label: 'chrome', rule: 'chrome/caption', reason: 'an image caption (photo word or a credit in brackets)' };
  if (b.words <= MAX_CREDITED_CAPTION_WORDS && ARCHIVE_CAPTION_END.test(b.text)) return { label: 'chrome', rule: 'chrome/caption', reason: 'an archive photo\'s caption ("…، في صورة أرشيفية.")' };
  // a video's title: "فيديو: السيول تجرف مركبات …", or the line under its "شاهد الفيديو" label
  if ((b.words <= MAX_TITLE_WORDS && VIDEO_TITLE.test(b.text)) || (prev && !isProse(b) && VIDEO_LABEL.test(prev.text))) return { label: 'chrome', rule: 'chrome/video', reason: 'a video\'s title inside the text' };
  // "بعد كارثة درنة.. خبراء يطالبون …" / "15 أكتوبر 2023": a related story's card (its title and date) inside the text
  // (a live blog's "الأحد 13 أكتوبر - 17:40" has its hour, a timeline's "آذار 2014" no day: neither is a card's)
  if ((prev && isCardTitle(prev) && isCardDate(b)) || (next && isCardTitle(b) && isCardDate(next))) return { label: 'chrome', rule: 'chrome/related-card', reason: 'another story\'s title and date inside the text' };
  // "▲ متطوعون يعدون…", a caption-long line over its credit ("عدسة: فلان"), or a sentence closed by a credit in
  // brackets with the text going on under it (at the text's end such a credit is the wire's): the photo's caption
  // (not a paragraph over the credit when a caption-like line stands under it: see dropCaptionsUnderCredits)
  if ((b.words <= MAX_CREDITED_CAPTION_WORDS && (CAPTION_MARK.test(b.text) || (next && isProse(next) && CREDITED_SENTENCE.test(b.text)))) ||
    (next && b.words <= MAX_SUBHEADING_WORDS * 2 && CREDIT_LINE.test(next.text) && !(isProse(b) && after && isSubheadingShaped(after)))) {
    return { label: 'chrome', rule: 'chrome/caption', reason: 'an image caption (a caption mark, or its credit under it)' };
  }
  // "* أستاذ علوم التربية بالجامعة …": the author's note under an opinion piece
  if (b.words <= MAX_DISCLAIMER_WORDS && AUTHOR_NOTE.test(b.text)) return { label: 'chrome', rule: 'chrome/author-note', reason: 'the author\'s note under the text ("* كاتب وباحث …")' };
  // "تراجعت الأسعار بنسبة …..." over "اقرأ المزيد": another story's teaser
  if (next && readMoreUnder(b, next)) return { label: 'chrome', rule: 'chrome/related-card', reason: 'another story\'s excerpt over its "read more" link' };
  if (isGalleryCounter(b)) return { label: 'chrome', rule: 'chrome/gallery', reason: 'a gallery\'s slide counter' };
  // "© وات", "(تصوير: فلان)", "أرشيفية": the photo's credit, on a line of its own under its caption
  if (b.words <= MAX_PHOTO_CREDIT_WORDS && (CREDIT_LINE.test(b.text) || ARCHIVE_PHOTO.test(b.text))) return { label: 'chrome', rule: 'chrome/caption', reason: 'a photo credit on a line of its own' };
  // "[صورة]": a picture the crawl left as a placeholder, and its caption closed by a credit under it
  if (IMAGE_PLACEHOLDER.test(b.text) || (prev && IMAGE_PLACEHOLDER.test(prev.text) && b.words <= MAX_CREDITED_CAPTION_WORDS && CREDITED_SENTENCE.test(b.text))) {
    return { label: 'chrome', rule: 'chrome/caption', reason: 'a picture\'s placeholder, or the caption under it' };
  }
  // "IMG_2041.jpg" / "مزارع يجني التمور …": the picture's alt text under its file name
  if (prev && isFileName(prev) && b.words <= MAX_CREDITED_CAPTION_WORDS && !endsLikeSentence(b)) return { label: 'chrome', rule: 'chrome/caption', reason: 'a picture\'s alt text under its file name' };
  if (prev && isUnderPhotoLabel(b, prev)) return { label: 'chrome', rule: 'chrome/caption', reason: 'a photo\'s caption or credit under its label ("التعليق على الصورة،")' };
  if (isRating(b)) return { label: 'chrome', rule: 'chrome/rating', reason: 'a rating box\'s score ("4.2 من 5")' };
  // "الشروق" alone under a column: a known outlet's name on a line of its own is the page's label (a press
  // review's "النهار" over what that paper wrote is its subheading)
  if (b.words <= MAX_OUTLET_WORDS && k.outletByName.has(b.key) && !(next && isProse(next))) return { label: 'chrome', rule: 'chrome/site-name', reason: 'a known outlet\'s name alone on its line' };
  // 'تابع "عربي21" على تليغرام': a prompt to follow the site on a social network, between paragraphs
  if (b.words <= MAX_FOLLOW_PROMPT_WORDS && FOLLOW_ON_NETWORK.test(b.text)) return { label: 'chrome', rule: 'chrome/phrase', reason: 'a prompt to follow the site on a social network' };
  // "المدة: 2,15", "مشاهدات الفيديو: 3,210": a player's labelled length or views, no row of the text's table
  if (b.words <= 4 && PLAYER_FIELD.test(b.text)) return { label: 'chrome', rule: 'chrome/video-length', reason: 'a player\'s labelled length or view count' };
  if (isProse(b)) return { label: 'body', rule: 'body/prose', reason: 'running text inside the article' };
  // "● جانب من أعمال إنشاء الجسر" alone between paragraphs: a photo's caption marked as a list's item would be
  if (LONE_MARKED_CAPTION.test(b.text) && b.words <= MAX_SUBHEADING_WORDS && !endsLikeSentence(b) && prev && next && isProse(prev) && isProse(next) && !announces(prev)) {
    return { label: 'chrome', rule: 'chrome/caption', reason: 'a photo\'s caption marked with a bullet, alone between paragraphs' };
  }
  if (isListItem(b)) return { label: 'body', rule: 'body/list-item', reason: 'an item of a list inside the text' };
  if (headKey && (isRepeatOf(b.key, headKey) || isRepeatOf(headKey, b.key) || (b.key.length > 15 && headKey.startsWith(b.key)))) {
    return { label: 'chrome', rule: 'chrome/repeated-headline', reason: 'a copy of the headline (image caption or alt text)' };
  }
  if (isChromePhrase(b, k) || isTicker(b)) return { label: 'chrome', rule: 'chrome/phrase', reason: 'a known chrome phrase inside the article' };
  // ("تاريخ الإضافة: ١٦/٠٥/٢٠٢٢م" under the text: the page's stamp, not a row of the text's table)
  if (b.words <= MAX_STAMP_WORDS && opensWithDateLabel(b)) return { label: 'chrome', rule: 'chrome/date-stamp', reason: 'a date line in the text area' };
  if (prev && continuesList(b, prev)) return { label: 'body', rule: 'body/list-row', reason: 'a table row or "label: value" line under the line announcing them' };
  if (isCaption(b)) return { label: 'chrome', rule: 'chrome/caption', reason: 'an image caption (photo word or a credit in brackets)' };
  // "حصن منيع!" may head a section; "وقال فلان:" and "… ضد" continue the text
  const open = !/[.:،,؛]["»”)]?$/.test(b.text);
  // ("النشرة الأسبوعية" over "اشترك في نشرتنا …": a notice's header, not a section's)
  if (open && b.words <= MAX_SUBHEADING_WORDS && next && isStandingNotice(next)) {
    return { label: 'chrome', rule: 'chrome/disclaimer', reason: 'the header of a standing notice (a newsletter box)' };
  }
  if (open && b.words <= MAX_SUBHEADING_WORDS && b.arabic >= 0.5 && next && (isProse(next) || endsLikeSentence(next))) {
    return { label: 'subheading', rule: 'subheading/short-line-before-text', reason: 'a short line without closing punctuation, introducing a paragraph' };
  }
  if (endsLikeSentence(b) || /[،,]$/.test(b.text)) return { label: 'body', rule: 'body/short-paragraph', reason: 'a short line ending like a sentence' };
  return { label: 'body', rule: 'body/inside-article', reason: 'between paragraphs of the article' };
}
