// Headline and kicker. A page repeats its title (page title, H1, image alt, share text, even glued
// to itself); the repeated line closest to the body is the H1. With no repetition, the last title-like
// line before the body wins, and a title-like line just above it is the kicker (subtitle).
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { foldText, wordCount } from '../../lib/arabic.ts';
import { BREAKING_LABEL, CLIP_TIME, CREDIT_LINE, isScreenReaderLabel, PLAYER_PROGRESS, WIRE_DATELINE_LINE, FIELD_BAR, HAS_DIGIT, isWeatherStrip, isCaptionNotTitle, isChromePhrase, isFileName, isInlineBoxHeader, isListItem, isSectionEnd, isMarkedTicker, isTitleLike, MAX_TITLE_WORDS, mentionsCopyright } from './features.ts';
import { isBareName, isNameFromPlace, isParticledName, isPlaceColonName, looksLikeByline, opensWithProfession, PLACE_COLON_NAME_REACH } from './byline.ts';
import { opensWithDate } from './dates.ts';
import { CLOCK, CLOCK_BAR, isGalleryCounter } from './zones.ts';

/** A kicker or headline has at least this many words; one- or two-word lines are section labels. */
const MIN_HEADLINE_WORDS = 3;

/** Page titles carry the site name ("headline - site", "site | headline"): up to this many extra words. */
const MAX_SITE_NAME_WORDS = 4;

/**
 * How many blocks repeat each of `keys` (the headline candidates): a block repeats a title when its key
 * is the title, the title glued to itself ("xx", "x x"), or (short blocks) the title with up to
 * MAX_SITE_NAME_WORDS words of site name before or after it, keeping at least two words. Each block
 * counts once per title. Only substrings as long as some candidate are cut out, so this stays linear
 * on very long dumps and builds few strings.
 */
/** A page title's label before the headline: "عاجل", "فيديو", "بالصور". */
const MAX_TITLE_LABEL_WORDS = 2;
const TITLE_PART_MARK = /[|\-–—:]/;

/** Copies of longer titles are looked for whole only: cutting every long line costs more than they are worth. */
const MAX_REPEATED_TITLE_WORDS = 25;

export function countRepeats(blocks: Block[], keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, 0);
  const lengths = new Set([...counts.keys()].map((k) => k.length));
  // a cut drops a word and a space at least: keys shorter than this cannot hold a shorter candidate
  const minCutFrom = Math.min(...lengths) + 2;
  const found: string[] = [];
  const consider = (v: string) => { if (counts.has(v) && !found.includes(v)) found.push(v); };
  const cut = (key: string, start: number, end: number) => { if (lengths.has(end - start)) consider(key.slice(start, end)); };
  const spaces: number[] = [];
  for (const b of blocks) {
    const key = b.key;
    // (a hashtag, "#الهيئة_العامة_للإحصاء", is a tag, not another copy of a line)
    if (b.words > 2 * MAX_REPEATED_TITLE_WORDS + MAX_SITE_NAME_WORDS || !key || b.text.charCodeAt(0) === 35) continue;
    found.length = 0;
    if (lengths.has(key.length)) consider(key); // no hashing of keys no candidate is as long as
    const half = key.length >> 1;
    if (lengths.has(half)) {
      const h = key.slice(0, half);
      // glued ("xx") or doubled with a space ("x x")
      if ((key.length === 2 * half || key[half] === ' ') && key.endsWith(h)) consider(h);
    }
    if (b.words <= MAX_REPEATED_TITLE_WORDS + MAX_SITE_NAME_WORDS && key.length >= minCutFrom) {
      // drop n = 1…MAX_SITE_NAME_WORDS words from either end, keeping at least two (n < spaces)
      spaces.length = 0;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) spaces.push(i);
      for (let n = 1; n <= MAX_SITE_NAME_WORDS && n < Math.min(spaces.length, MAX_SITE_NAME_WORDS + 1); n++) {
        cut(key, 0, spaces[spaces.length - n]); // without the last n words
        cut(key, spaces[n - 1] + 1, key.length); // without the first n words
      }
      // a label before it and the site's name after it ("عاجل | … | الموقع"), set apart by bars or dashes
      for (let a = 1; a <= MAX_TITLE_LABEL_WORDS && TITLE_PART_MARK.test(b.text); a++) {
        for (let n = 1; n <= MAX_SITE_NAME_WORDS && a + n < spaces.length; n++) cut(key, spaces[a - 1] + 1, spaces[spaces.length - n]);
      }
    }
    for (const v of found) counts.set(v, counts.get(v)! + 1);
  }
  for (const [k, n] of counts) if (n === 0) counts.delete(k);
  return counts;
}

/** Is `candidate` one of the repeat forms of `key` (see countRepeats)? */
export function isRepeatOf(candidate: string, key: string): boolean {
  const kl = key.length, cl = candidate.length;
  if (!key || cl < kl) return false;
  if (cl === kl) return candidate === key;
  // asked for every block against the headline: compare in place, build no "key + ' '" strings
  const starts = candidate.charCodeAt(kl) === 32 && candidate.startsWith(key); // "key …"
  const ends = candidate.charCodeAt(cl - kl - 1) === 32 && candidate.endsWith(key); // "… key"
  if (cl === 2 * kl && candidate.startsWith(key) && candidate.endsWith(key)) return true; // "keykey"
  if (cl === 2 * kl + 1 && starts && ends) return true; // "key key"
  return (starts || ends) && siteNameFits(candidate, starts ? kl : 0, starts ? cl : cl - kl);
}

/** Are the words of candidate[from, to), around a repeated title, few enough for a site name? */
function siteNameFits(candidate: string, from: number, to: number): boolean {
  return candidate.slice(from, to).trim().split(' ').length <= MAX_SITE_NAME_WORDS;
}

/** `continued`: the headline's second line, where the page wrapped it over two. */
export interface HeadlinePick {
  index: number; subtitle: number; rule: string; reason: string; repeats: number; continued?: number;
  /** The headline when it is only part of its line: a page title without the site's name. */
  text?: string;
}

/** `excluded`: never the headline (date lines); `dated`: lines holding a date, never a kicker or deck either. */
export function pickHeadline(blocks: Block[], bodyStart: number, k: Knowledge, excluded: Set<number>, dated: Set<number> = excluded): HeadlinePick | null {
  return joinWrapped(blocks, withoutSiteName(blocks, pickTitleLines(blocks, bodyStart, k, excluded, dated), excluded));
}

/**
 * "جرش نيوز : العنوان", "العنوان | نافذة تونس": the page title, where the page also prints the title alone on a
 * line of its own (its H1): that line is the headline.
 */
function withoutSiteName(blocks: Block[], pick: HeadlinePick | null, excluded: Set<number>): HeadlinePick | null {
  if (!pick || pick.continued !== undefined) return pick;
  const parts = titleAndSite(blocks[pick.index].text, SITE_SEPARATOR);
  if (!parts) return pick;
  const alone = blocks.findIndex((x, i) => i !== pick.index && !excluded.has(i) && x.key === parts.title);
  if (alone >= 0 && alone !== pick.subtitle) return { ...pick, index: alone };
  // no such line, but the site's name is the page's own (its masthead): the page title without it
  const own = alone < 0 && pick.index < PAGE_TITLE_BLOCKS && wordCount(parts.title) >= MIN_PAGE_TITLE_HEADLINE_WORDS && blocks.some((x) => x.index !== pick.index && x.key === parts.site);
  return own ? { ...pick, text: titleAndSite(blocks[pick.index].text, SITE_SEPARATOR, true)!.title } : pick;
}
/** Lines shaped like a title that are the page's furniture: a known outlet's name (its masthead), a clock, switches, a credit. */
const isTitleShapedChrome = (b: Block, k: Knowledge) => k.outletByName.has(b.key) || isScreenReaderLabel(b) ||
  CLOCK_LINE.test(b.text) || CLOCK_BAR.test(b.text) || TOGGLE_BAR.test(b.text) || FONT_SIZE.test(b.text) || WIRE_DATELINE_LINE.test(b.text) || AGENCIES_CREDIT.test(b.text);
/** "الميادين نت + وكالات", "القاهرة - وكالات": a credit to the site and the wires, however often printed. */
const AGENCIES_CREDIT = /(?:\s[+/\-–]\s*|\s)(?:وكالات|الوكالات)$/;
/**
 * Where a video player stands right above line i, its times and controls ("00:00 / 02:14" / "مشاهدة الفيديو",
 * "▶" / "00:00" / "تشغيل"): the player's first line, or -1.
 */
function playerAbove(blocks: Block[], i: number): number {
  let clock = false, control = false, top = -1;
  for (let j = i - 1; j >= 0 && j >= i - MAX_PLAYER_LINES && blocks[j].words <= 3; j--) {
    if (PLAYER_PROGRESS.test(blocks[j].text) || CLIP_TIME.test(blocks[j].text)) clock = true;
    else if (PLAYER_CONTROL.test(blocks[j].text)) control = true;
    else continue;
    top = j;
  }
  return clock && control ? top : -1;
}
const MAX_PLAYER_LINES = 8;
const datedBetween = (dated: Set<number>, from: number, to: number) => { for (let d = from + 1; d < to; d++) if (dated.has(d)) return true; return false; };
/** How far under the headline the lead photo's caption may stand (a deck, a byline and the date between). */
const MAX_TITLE_TO_CAPTION_LINES = 6;
const PLAYER_CONTROL = /^(?:▶|►|⏵|تشغيل|إيقاف|ايقاف|إيقاف مؤقت|كتم الصوت|ملء الشاشة|مشاهدة الفيديو|شاهد الفيديو|استمع)$/;
/** "+ الخط -": the font-size buttons around their label. */
const FONT_SIZE = /^[+\-−]?\s*(?:الخط|حجم الخط)\s*[+\-−]?$/;
/** "(العربية) | الاتجاه", "عربي | English": switches of one or two words each between bars, no title's words. */
const TOGGLE_BAR = /^\s*\S+(?:\s\S+)?\s*(?:\|\s*\S+(?:\s\S+)?\s*)+$/;
/** "14:12 ت مـ", "09:30 GMT": a clock and its zone's marks, however often a page prints it. */
const CLOCK_LINE = /^[\d\u0660-\u0669]{1,2}[:：][\d\u0660-\u0669]{2}(?:\s+\S{1,4}){0,3}$/;
const SITE_SEPARATOR = /\s+(?:[|:«»]|::|[-–—])\s+/;

/**
 * A title line in two parts: the longer is the title, the other the site's name when it is a few words.
 * As keys, or (`asPrinted`) as the page prints them.
 */
function titleAndSite(text: string, separator: RegExp, asPrinted = false): { title: string; site: string } | null {
  const split = text.split(separator);
  const keys = split.map((p) => foldText(p).trim());
  const parts = (asPrinted ? split.map((p) => p.trim()) : keys).filter((_, n) => keys[n]);
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const [title, site] = wordCount(a) >= wordCount(b) ? [a, b] : [b, a];
  return wordCount(site) <= MAX_SITE_NAME_WORDS ? { title, site } : null;
}

function pickTitleLines(blocks: Block[], bodyStart: number, k: Knowledge, excluded: Set<number>, dated: Set<number>): HeadlinePick | null {
  const end = bodyStart >= 0 ? bodyStart : blocks.length;
  const candidates: number[] = [];
  let clipCaption = -1;
  let shortTitle: string | null | undefined;
  let titleParts: Set<string> | undefined;
  for (let i = 0; i < end; i++) {
    const b = blocks[i];
    // (a title shaped like "place - author", "طريق العريش - رفح …", is still the title when the page title holds it;
    // one shaped like a caption, 'صورة "…" ليست من …', when it is the page title's part)
    if (excluded.has(i) || !isTitleLike(b) || (b.words < MIN_HEADLINE_WORDS && !((shortTitle ??= shortPageTitle(blocks)) === b.key && i >= PAGE_TITLE_BLOCKS)) || isChromePhrase(b, k) || (looksLikeByline(b, k) && !inPageTitle(blocks, b)) ||
      (isCaptionNotTitle(b) && !(titleParts ??= pageTitleKeys(blocks)).has(b.key)) || isListItem(b) || opensWithDate(b) || isMarkedTicker(b) || (i > 0 && (isFileName(blocks[i - 1]) || isGalleryCounter(blocks[i - 1]))) ||
      isTitleShapedChrome(b, k)) continue;
    // an author's bare name next to the date, under a longer title: the byline's place, not a headline
    // ("سعيد أوعلي من أزيلال": with where the correspondent writes from)
    // (a clip's caption between them does not part the name from the title)
    const near = (c: number) => i - c <= 2 || (clipCaption > c && i - clipCaption <= 2);
    if ((isBareName(b) || isNameFromPlace(b)) && (excluded.has(i - 1) || excluded.has(i + 1)) && candidates.some((c) => near(c) && blocks[c].words > b.words + 1)) continue;
    // "ــــ يستمر خمسة أيام … ــــ": a line framed by tatweel rules is the deck under the headline
    // (nor is a views counter, "(( قراءة : 987 ))", or a photo count, "عدد الصور (6)")
    // (nor a table's row, "الدينار الكويتي | 100.05 | 100.41", "العملة | شراء | بيع")
    // (nor a weather strip, "عمّان 31° | العقبة 41°")
    // (nor a font-size widget, "ع ع+ ع-", "A A+ A-": no word longer than two letters)
    // (nor the clip's caption under a video player that a title line stands over: a video page's title may sit under it)
    const player = playerAbove(blocks, i);
    // (the title's byline and date line may stand between it and the player)
    if (player >= 0 && candidates.some((c) => c < player && (player - c <= 2 || (player - c <= MAX_TITLE_TO_CAPTION_LINES && datedBetween(dated, c, player))))) { clipCaption = i; continue; }
    // (nor the lead photo's caption over its credit line, "تصوير: سونا", under a title and the date line after it)
    if (i + 1 < end && CREDIT_LINE.test(blocks[i + 1].text) && candidates.some((c) => i - c <= MAX_TITLE_TO_CAPTION_LINES && datedBetween(dated, c, i))) continue;
    if (TATWEEL_FRAMED.test(b.text) || VIEWS_COUNTER.test(b.text) || isTableRow(b.text) || isWeatherStrip(b) || TINY_WORDS.test(b.text)) continue;
    // "بقلم: فلان" / "أستاذ القانون الدستوري …": the author's role under the byline
    // (not a speaker's words, "الروائية فلانة: كتبت عن …": an interview's title)
    if (i > 0 && opensWithProfession(b.text) && !(SPEAKER.test(b.text) && b.words >= MIN_TITLE_ABOVE_DECK_WORDS) && (looksLikeByline(blocks[i - 1], k) || isParticledName(blocks[i - 1]))) continue;
    // "ود مدني: عثمان الطيب" under a longer title line (the date line may stand between): the byline
    if (candidates.some((c) => i - c <= PLACE_COLON_NAME_REACH && blocks[c].words > b.words + 1) && isPlaceColonName(b)) continue;
    candidates.push(i);
  }
  if (!candidates.length) {
    // Nothing before the body: a short first line of the body may still be the title.
    const first = blocks.find((b, i) => !excluded.has(i) && b.words >= MIN_HEADLINE_WORDS && b.words <= MAX_TITLE_WORDS && !isChromePhrase(b, k) && !isTitleShapedChrome(b, k));
    return first ? { index: first.index, subtitle: -1, rule: 'headline/first-title-line', reason: 'no title-like line before the body', repeats: 1 } : null;
  }
  const keys: string[] = [];
  for (const i of candidates) keys.push(blocks[i].key);
  const repeats = countRepeats(blocks, keys);
  let best = -1;
  let bestRepeats = 1;
  let siteNames: string[] | undefined;
  let sitePart: string | null | undefined;
  let held: number | undefined;
  let writer: string | null | undefined;
  for (const i of candidates) {
    const r = repeats.get(blocks[i].key) ?? 1;
    // the site's name repeats too (masthead, footer): it is the one the copyright line holds
    // (or its first two words: "وكالة الجبل الإخبارية" over "جميع الحقوق محفوظة لوكالة الجبل")
    if (r >= 2 && (siteNames ??= copyrightKeys(blocks)).some((c) => c.includes(blocks[i].key) || (blocks[i].words <= MAX_SITE_NAME_WORDS && c.includes(firstWords(blocks[i].key, 2))))) continue;
    // and so does a section's, in the menu, the tags and its "more from" link ("المزيد من كأس العالم 2022")
    if (r >= 2 && isSectionName(blocks, blocks[i].key)) continue;
    // (and the writer's, a column's page title opening "فلان يكتب:")
    if (r >= 2 && (writer ??= pageTitleWriter(blocks)) === blocks[i].key) continue;
    // (the site's name is the page title's short part: "بوابة دجلة والفرات - ملوحة شط العرب تدفع …")
    if (r >= 2 && (sitePart ??= pageTitleSitePart(blocks)) === blocks[i].key) continue;
    // (a kicker repeated in the menu, where the page title holds another title line whole)
    // (or a section's name inside that title line: "دوري نجوم العراق" in "الزوراء … يعتلي صدارة دوري نجوم العراق")
    if (r >= 2 && i >= PAGE_TITLE_BLOCKS && (held ??= heldByPageTitle(blocks, candidates)) >= 0 && held !== i &&
      (!inPageTitle(blocks, blocks[i]) || blocks[held].key.includes(blocks[i].key))) continue;
    // ties go to the later line: the H1 sits nearer the body than the page title
    if (r >= 2 && r >= bestRepeats) { best = i; bestRepeats = r; }
  }
  // A repeated line glued to the site name ("headline - site") should yield the bare variant.
  if (best >= 0) {
    const key = blocks[best].key;
    for (const i of candidates) if (i > best && blocks[i].key === key) best = i;
    // the copy over the header's date line, not one under it (the photo's alt text, the share text)
    const above = candidates.findLast((i) => i < best && i >= PAGE_TITLE_BLOCKS && blocks[i].key === key);
    // (or the copy the byline stands under: "headline / كتب: فلان / 0 تعليق / طباعة / headline")
    if (above !== undefined && (someBetween(excluded, above, best) || (above + 1 < best && looksLikeByline(blocks[above + 1], k)))) best = above;
    for (const i of candidates) {
      if (blocks[i].key !== key && isRepeatOf(blocks[best].key, blocks[i].key) && blocks[i].words >= MIN_HEADLINE_WORDS) best = i;
    }
    // a page title with words on both sides of the headline ("عاجل| … - الموقع"): the headline alone
    if (best < PAGE_TITLE_BLOCKS) {
      const parts = pageTitleKeys(blocks);
      const bare = candidates.find((i) => i !== best && parts.has(blocks[i].key));
      if (bare !== undefined) best = bare;
    }
  }
  const rule = best >= 0 ? 'headline/repeated-title' : 'headline/last-title-before-body';
  const reason = best >= 0 ? `title repeated ${bestRepeats}× on the page` : 'last title-like line before the body';
  // no title repeated whole: the page title may still be a shortened headline, its words nearly all in one line
  if (best < 0) {
    const shortened = holdsPageTitleWords(blocks, candidates);
    if (shortened >= 0) {
      // (a deck under it, as under a title over its deck, before a kicker above)
      const deck = pickDeck(blocks, shortened, end, k, excluded);
      return { index: shortened, subtitle: deck >= 0 ? deck : pickKicker(blocks, shortened, k, excluded), rule: 'headline/page-title-words', reason: 'the line holding the words of the page\'s shortened title', repeats: 1 };
    }
  }
  if (best < 0) {
    // (not a line holding a date: "حيدر الجبوري - 14 آب 2022" under the title is its byline and date)
    // (nor a breaking-news ticker's line, "عاجل: …", unless repeated as the page's title)
    best = candidates.findLast((i) => !dated.has(i) && !BREAKING_LABEL.test(blocks[i].text)) ?? candidates[candidates.length - 1];
    // "headline / byline / date / أخبار متعلقة / teaser / teaser / text": a box's teasers over the text; the title
    // line over the header's date line, above the box's header, is the headline
    const box = someBetween(excluded, best, end) ? -1 : lastBoxHeader(blocks, candidates[0], best, k);
    const overDate = box < 0 ? undefined : candidates.findLast((i) => i < box && !dated.has(i));
    if (overDate !== undefined && someBetween(excluded, overDate, box)) best = overDate;
    // "page title / … / الأكثر مشاهدة / teaser / teaser / section / date / text": with no title line over the
    // text but the box's teasers (and a site's name or a label above the box), the page title is the headline
    const teasers = overDate === undefined && candidates[0] < PAGE_TITLE_BLOCKS && blocks[candidates[0]].words >= MIN_PAGE_TITLE_HEADLINE_WORDS ? lastBoxHeader(blocks, candidates[0], best, k) : -1;
    if (teasers >= 0 && candidates.every((i) => i === candidates[0] || blocks[i].words <= MAX_SITE_NAME_WORDS || (i > teasers && i <= best)) &&
      best - teasers === candidates.filter((i) => i > teasers).length) {
      return { index: candidates[0], subtitle: -1, rule: 'headline/page-title-over-box', reason: 'the page title: the title lines over the text are a box\'s teasers', repeats: 1, text: pageTitleHeadline(blocks[candidates[0]].text) };
    }
    // "headline | site - tagline" over a page with no title line of its own: the line that is the page title's
    // site name or tagline yields to the page title's long part
    const isTitlePart = (key: string) => pageTitleKeys(blocks).has(key) || pageTitleSitePart(blocks) === key;
    const longest = blocks[best].key && isTitlePart(blocks[best].key) ? longestPageTitlePart(blocks) : null;
    if (longest && longest.key !== blocks[best].key && wordCount(longest.key) >= MIN_PAGE_TITLE_HEADLINE_WORDS) {
      return { index: longest.index, subtitle: -1, rule: 'headline/page-title-long-part', reason: 'the page title\'s long part: the line before the text is its site name or tagline', repeats: 1, text: longest.text };
    }
    // two title lines in a row before the body: the lower one is the deck when it is clearly longer or
    // no longer than a long upper one (a kicker is shorter), or when only the upper has a headline's ".." pause
    const above = candidates.at(-2);
    // (a line over the header's empty author/date row, "-", is the headline whatever the line above it)
    const overEmptyRow = blocks[best + 1]?.text.trim() === '-';
    if (above === best - 1 && blocks[above].piece === 0 && !overEmptyRow && isDeckOf(blocks[best], blocks[above])) {
      return { index: above, subtitle: best, rule: 'headline/title-above-deck', reason: 'the title line above a longer deck', repeats: 1 };
    }
    // "headline / site · date / longer deck / text": the header's date block sits between the headline and its deck,
    // or its photo's caption
    // (the upper line a full Arabic title, not a ticker's "Flash: …" or a language switch "FR | عربي")
    const upper = above === undefined ? undefined : blocks[above];
    if (upper && upper.words >= MIN_TITLE_ABOVE_DECK_WORDS && upper.arabic >= 0.95 && !upper.text.includes('|') &&
      blocks[best].words !== upper.words && dateBlockBetween(blocks, upper.index, best, excluded)) {
      // a longer line under the date block is the deck; a shorter one right over the text, the lead photo's
      // caption (unless the upper line is a quotation: a verse or saying of the day over the header)
      if (blocks[best].words > upper.words) {
        return { index: upper.index, subtitle: best, rule: 'headline/title-above-date-and-deck', reason: 'the title line above the date line and a longer deck', repeats: 1 };
      }
      if (best + 1 === end && !QUOTE_OPEN.test(upper.text)) {
        return { index: upper.index, subtitle: -1, rule: 'headline/title-above-date-and-caption', reason: 'the title line above the date line, a shorter caption over the text', repeats: 1 };
      }
    }
  }
  // "headline / كتب: فلان / 1,862 مشاهدة / shorter line / text": the byline and the header's counters between the title
  // and a shorter line right over the text, which is the lead photo's caption
  if (rule === 'headline/last-title-before-body' && best + 1 === end) {
    const upper = candidates.findLast((i) => i < best);
    const b = upper === undefined ? undefined : blocks[upper];
    if (b && b.words >= MIN_TITLE_ABOVE_DECK_WORDS && b.arabic >= 0.95 && !b.text.includes('|') && blocks[best].words < b.words &&
      bylineRowsBetween(blocks, b.index, best, excluded, k)) {
      return { index: b.index, subtitle: -1, rule: 'headline/title-above-byline-and-caption', reason: 'the title line above the byline, a shorter caption over the text', repeats: 1 };
    }
  }
  const notTitles = dated === excluded ? excluded : new Set([...excluded, ...dated]);
  const deck = pickDeck(blocks, best, end, k, notTitles);
  return { index: best, subtitle: deck >= 0 ? deck : pickKicker(blocks, best, k, notTitles), rule, reason, repeats: bestRepeats };
}

const VIEWS_COUNTER = /(?:^|[\s(])(?:قراءة|قراءات|مشاهدة|مشاهدات|زيارة|زيارات|المشاهدات|الزيارات|القراءات)\s*[:：]?\s*[\d\u0660-\u0669]+|^عدد\s+(?:الصور|الصورة|الفيديوهات)\s*[:：(]?\s*[\d\u0660-\u0669]+\)?$|^(?:تم\s+)?(?:الاطلاع|الإطلاع|اطلع|شوهد|قرئ|قُرئ)\s+(?:عليه\s+)?[\d\u0660-\u0669,٬]+\s+(?:مرة|مرات)$/;
const TATWEEL_FRAMED = /^\u0640{3,}.*\u0640{3,}$/;
const TINY_WORDS = /^\S{1,2}(?:\s+\S{1,2})*$/;
const NUMBER_CELL = /\|\s*[\d\u0660-\u0669][\d\u0660-\u0669.,٫]*\s*(?:\||$)/;
function isTableRow(text: string): boolean {
  if (!text.includes('|')) return false;
  const cells = text.split('|');
  return NUMBER_CELL.test(text) || (cells.length >= 3 && cells.every((c) => wordCount(c) <= 2)) ||
    // a price strip: "الدولار 82 جنيهاً | الريال السعودي 21.5 جنيهاً | الدرهم 22 جنيهاً", a figure in every cell
    (cells.length >= 3 && cells.every((c) => HAS_DIGIT.test(c)));
}
const someBetween = (set: Set<number>, from: number, to: number) => { for (let i = from + 1; i < to; i++) if (set.has(i)) return true; return false; };

/** The last box header ("أخبار متعلقة", "اقرأ أيضا") between two blocks, or -1. */
function lastBoxHeader(blocks: Block[], from: number, to: number, k: Knowledge): number {
  for (let i = to - 1; i > from; i--) if (isInlineBoxHeader(blocks[i], k) || isSectionEnd(blocks[i], k)) return i;
  return -1;
}

/** A section's name: a "more from" link names it ("المزيد من كأس العالم 2022"). */
const isSectionName = (blocks: Block[], key: string) =>
  blocks.some((b) => b.key.length > key.length && b.key.endsWith(key) && MORE_FROM.some((m) => b.key.length === m.length + key.length && b.key.startsWith(m)));
const MORE_FROM = ['المزيد من ', 'مزيد من ', 'المزيد في ', 'كل اخبار ', 'جميع اخبار '];

/** A headline wrapped over two lines, read as headline and deck: the page title (or another copy) holds both as one. */
function joinWrapped(blocks: Block[], pick: HeadlinePick | null): HeadlinePick | null {
  const next = pick ? pick.index + 1 : -1;
  // (the second half is Arabic words, not the site's name the page title carries after the headline)
  const half = blocks[next];
  if (!pick || (pick.subtitle !== next && pick.subtitle !== -1) || !half || half.piece !== 0 || half.words < 2 || half.arabic < 0.8) return pick;
  // (nor the site's name, the page title's short part: "الخبر - متيجة أونلاين" over "الخبر" / "متيجة أونلاين")
  if (half.key === pageTitleSitePart(blocks)) return pick;
  const joined = `${blocks[pick.index].key} ${half.key}`;
  if (!blocks.slice(0, PAGE_TITLE_BLOCKS).some((b) => b.index !== pick.index && b.index !== next && b.key.includes(joined))) return pick;
  return { ...pick, subtitle: -1, continued: next, rule: 'headline/wrapped-title', reason: 'a title over two lines, whole in the page title', repeats: 2 };
}

/** Where a page's title line sits: among its first blocks. */
export const PAGE_TITLE_BLOCKS = 2;
const TITLE_PART_SEPARATOR = /\s(?:[|\-–—«»]|::)\s|\s?\|\s?/;
const MIN_TITLE_PART_WORDS = 4;

/** Does a page title line (among the first blocks) hold this line with more around it? */
const inPageTitle = (blocks: Block[], b: Block) =>
  blocks.slice(0, PAGE_TITLE_BLOCKS).some((t) => t.index !== b.index && t.key.length > b.key.length && t.key.includes(b.key));

/** "فلان يكتب: العنوان", "فلانة تكتب: …": a column's page title, its writer's name then its title. */
const WRITES = /^\s*(\S[^:：]{1,40}?)\s+(?:يكتب|تكتب)\s*[:：]\s*(\S.*)$/;
/** A page title's part without the writer a column's title opens with. */
const columnTitle = (part: string) => WRITES.exec(part)?.[2].trim() ?? part;
/** The writer a column's page title names, as a key, or null. */
function pageTitleWriter(blocks: Block[]): string | null {
  for (const b of blocks.slice(0, PAGE_TITLE_BLOCKS)) {
    const m = WRITES.exec(b.text);
    if (m) return foldText(m[1]).trim();
  }
  return null;
}

/** Keys of the long parts of the page's title line(s): "عاجل| headline - site" gives the headline's key. */
/**
 * "اقتصاد الانتظار | الشرق الأوسط" over a masthead "الشرق الأوسط": a column's two-word title, which the page
 * title holds beside the site's name alone (shorter lines are section labels everywhere else).
 */
function shortPageTitle(blocks: Block[]): string | null {
  const first = blocks[0];
  if (!first || !TITLE_PART_SEPARATOR.test(first.text)) return null;
  const parts = first.text.split(TITLE_PART_SEPARATOR).map((p) => foldText(p).trim());
  if (parts.length !== 2 || wordCount(parts[0]) !== 2) return null;
  return blocks.some((b) => b.index > 0 && b.key === parts[1]) ? parts[0] : null;
}

export function pageTitleKeys(blocks: Block[]): Set<string> {
  const keys = new Set<string>();
  for (const b of blocks.slice(0, PAGE_TITLE_BLOCKS)) {
    if (!TITLE_PART_SEPARATOR.test(b.text)) continue;
    for (const part of b.text.split(TITLE_PART_SEPARATOR)) {
      if (part.trim().split(/\s+/).length >= MIN_TITLE_PART_WORDS) keys.add(foldText(part).trim());
      // ("فلان يكتب: العنوان": a column's title after its writer; the whole part stays a key too)
      const column = columnTitle(part);
      if (column !== part && column.split(/\s+/).length >= MIN_TITLE_PART_WORDS) keys.add(foldText(column).trim());
      // ("Site - الموقع : العنوان": a French-style spaced colon after the site's name; the whole part stays a key too)
      const colon = part.indexOf(' : ');
      const rest = colon > 0 ? part.slice(colon + 3).trim() : '';
      if (rest.split(/\s+/).length >= MIN_TITLE_PART_WORDS) keys.add(foldText(rest).trim());
    }
  }
  return keys;
}

/**
 * The candidate holding nearly all the words of the page title's long part ("المركزي يثبت الفائدة …" in
 * "البنك المركزي المصري يثبت أسعار الفائدة …") where no other candidate holds half of them; else -1.
 */
function holdsPageTitleWords(blocks: Block[], candidates: number[]): number {
  let found = -1;
  for (const part of longestParts(pageTitleKeys(blocks))) {
    const words = part.split(' ');
    let best = -1, bestShare = 0, second = 0;
    for (const i of candidates) {
      if (i < PAGE_TITLE_BLOCKS) continue;
      const own = new Set(blocks[i].key.split(' '));
      const share = words.filter((w) => own.has(w)).length / words.length;
      if (share > bestShare) { second = bestShare; best = i; bestShare = share; } else if (share > second) second = share;
    }
    if (bestShare >= MIN_TITLE_WORDS_SHARE && second < MAX_OTHER_TITLE_WORDS_SHARE) {
      if (found >= 0 && found !== best) return -1;
      found = best;
    }
  }
  return found >= 0 ? found : heldByPageTitle(blocks, candidates);
}
const MIN_TITLE_WORDS_SHARE = 0.8;

/** A page title without its site's name, as printed: split at a bar first ("الموقع | عدن – …" keeps its dash). */
const pageTitleHeadline = (text: string) => titleAndSite(text, FIELD_BAR, true)?.title ?? titleAndSite(text, TITLE_PART_SEPARATOR, true)?.title;

/** The page title's longest part as printed, its key and its line ("headline | site - tagline" → headline). */
function longestPageTitlePart(blocks: Block[]): { index: number; text: string; key: string } | null {
  let best: { index: number; text: string; key: string } | null = null;
  for (const b of blocks.slice(0, PAGE_TITLE_BLOCKS)) {
    for (const part of b.text.split(TITLE_PART_SEPARATOR).map(columnTitle)) {
      const key = foldText(part).trim();
      if (!best || wordCount(key) > wordCount(best.key)) best = { index: b.index, text: part.trim(), key };
    }
  }
  return best;
}

/** The page title's longest parts (one per title line): the headline's, not the site's name or its tagline. */
function longestParts(parts: Set<string>): string[] {
  const most = Math.max(0, ...[...parts].map(wordCount));
  return [...parts].filter((p) => wordCount(p) === most);
}

/** The one candidate, of a few words at least, that a longer part of the page title holds ("الأخضر يعبر قيرغيزستان بثنائية …"); else -1. */
function heldByPageTitle(blocks: Block[], candidates: number[]): number {
  const parts = longestParts(pageTitleKeys(blocks));
  const writer = pageTitleWriter(blocks); // (a column's writer the page title names is held too)
  const held = candidates.filter((i) => i >= PAGE_TITLE_BLOCKS && blocks[i].words >= MIN_HELD_TITLE_WORDS && blocks[i].key !== writer && parts.some((p) => p.length >= blocks[i].key.length && p.includes(blocks[i].key)));
  if (held.length === 1) return held[0];
  // (of several, the one the title holds whole: the headline, not a section's name inside it)
  const whole = held.filter((i) => parts.includes(blocks[i].key));
  return whole.length === 1 ? whole[0] : -1;
}
const MIN_HELD_TITLE_WORDS = 3;
/** A page title standing for the headline reads like one, not like a site's name. */
const MIN_PAGE_TITLE_HEADLINE_WORDS = 6;
const MAX_OTHER_TITLE_WORDS_SHARE = 0.5;

/** The page title's short part, the site's name: "بوابة دجلة والفرات" in "بوابة دجلة والفرات - ملوحة شط العرب …". */
function pageTitleSitePart(blocks: Block[]): string | null {
  const parts = blocks.length ? titleAndSite(blocks[0].text, TITLE_PART_SEPARATOR) : null;
  return parts && wordCount(parts.title) >= MIN_TITLE_PART_WORDS ? parts.site : null;
}

const QUOTE_OPEN = /^[﴿«"“]/;

/** Between two title lines only the header's date line and short labels (the site's name, a byline): at most three. */
const MAX_DATE_BLOCK = 3;
function dateBlockBetween(blocks: Block[], upper: number, lower: number, dates: Set<number>): boolean {
  const between = blocks.slice(upper + 1, lower);
  return between.length >= 1 && between.length <= MAX_DATE_BLOCK && between.some((b) => dates.has(b.index)) &&
    between.every((b) => dates.has(b.index) || b.words <= SHORT_LABEL_WORDS);
}
const SHORT_LABEL_WORDS = 4;
/** The header's rows under a title: its byline, then dates, counters and short widgets ("حجم الخط", "A"). */
function bylineRowsBetween(blocks: Block[], upper: number, lower: number, dates: Set<number>, k: Knowledge): boolean {
  const between = blocks.slice(upper + 1, lower);
  return between.length >= 1 && between.length <= MAX_HEADER_ROWS && looksLikeByline(between[0], k) !== null &&
    between.every((b) => dates.has(b.index) || b.words <= SHORT_LABEL_WORDS || looksLikeByline(b, k) !== null || VIEWS_COUNTER.test(b.text) ||
      (b.words <= MAX_TIME_ROW_WORDS && CLOCK.test(b.text))); // "نُشر يوم الاثنين - 10:15 ص"
}
const MAX_HEADER_ROWS = 6;
const MAX_TIME_ROW_WORDS = 6;

/** Keys of the copyright lines ("© 2023 اسم الموقع", "جميع الحقوق محفوظة لـ…"), in the page's footer: where the site names itself. */
function copyrightKeys(blocks: Block[]): string[] {
  const out: string[] = [];
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - FOOTER_BLOCKS); i--) {
    const b = blocks[i];
    if (b.words <= MAX_TITLE_WORDS && mentionsCopyright(b.text)) out.push(b.key);
  }
  return out;
}
/** The first `n` words of a key (the whole key when it has fewer). */
function firstWords(key: string, n: number): string {
  let end = -1;
  for (let w = 0; w < n; w++) if ((end = key.indexOf(' ', end + 1)) < 0) return key;
  return key.slice(0, end);
}
/** The footer: this many blocks at the end of a page. */
const FOOTER_BLOCKS = 30;

/**
 * Length tells a deck from a headline when the upper line is long: a kicker above a headline is short
 * ("X في Y" over a full sentence), so a long upper line as long as the lower is the headline over its deck.
 * Under a shorter upper line a longer one is the headline, unless it quotes someone ("الوزير: …"): a
 * speaker's words under a full title are its deck, and over a plain title its kicker.
 */
const MIN_TITLE_ABOVE_DECK_WORDS = 7;
const SPEAKER = /^[^:：]{2,30}[:：]\s*\S/;
/** "عاجل: …" over the title is the ticker's line, not the title. */
const PAUSE = /\.\.|…/;
/** A long question over a longer line is the headline asking it; a kicker is short. */
const QUESTION_END = /[؟?]["»”]?$/;
/** '"المرور": …': an agency quoted by name, as headlines open (a speaker over a title is not quoted so). */
const QUOTED_SPEAKER = /^["«“][^"»”:：]{2,30}["»”]\s*[:：]\s*\S/;
const isDeckOf = (deck: Block, title: Block) => !(SPEAKER.test(title.text) && !SPEAKER.test(deck.text) && !(QUOTED_SPEAKER.test(title.text) && PAUSE.test(deck.text))) && (
  (title.words >= MIN_TITLE_ABOVE_DECK_WORDS && (title.words >= deck.words || QUESTION_END.test(title.text) || (SPEAKER.test(deck.text) && !BREAKING_LABEL.test(title.text)) ||
    (PAUSE.test(deck.text) && !PAUSE.test(title.text)))) ||
  (PAUSE.test(title.text) && !PAUSE.test(deck.text)));

/** Is one line another copy of the other (a repeat form, or one holding the other)? Kickers and decks never are. */
const copiesTitle = (a: Block, b: Block) => isRepeatOf(a.key, b.key) || isRepeatOf(b.key, a.key) || a.key.includes(b.key) || b.key.includes(a.key);

/** "عاجل" / "الأرصاد: …" / "«الداخلية»: …": a line among the items a lone breaking-news label heads (each says who said it). */
function underBreakingLabel(blocks: Block[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MAX_TICKER_ITEMS; j--) {
    if (LONE_BREAKING_LABEL.test(blocks[j].text)) return j === i - 1 || SPEAKER.test(blocks[i].text);
    if (!isTitleLike(blocks[j]) || !SPEAKER.test(blocks[j].text)) return false;
  }
  return false;
}
const LONE_BREAKING_LABEL = /^(?:عاجل|خبر عاجل|أخبار عاجلة|اخبار عاجلة|breaking(?: news)?)\s*[:|]?$/i;
const MAX_TICKER_ITEMS = 3;
/** "محليات > الدمام": a section and its subsection, short crumbs. */
const isShortCrumbs = (text: string) => CRUMBS.test(text);
const CRUMBS = /^[^>›»]{2,20}(?:\s[>›»]\s[^>›»]{2,20})+$/;

/** The deck: a title line right under the headline, before the text, when there is no kicker above it. */
function pickDeck(blocks: Block[], headline: number, end: number, k: Knowledge, excluded: Set<number>): number {
  const i = headline + 1;
  if (i >= end || excluded.has(i)) return -1;
  const b = blocks[i];
  const h = blocks[headline];
  // (nor a line ending with a dash, a dateline's "بي بي سي عربي -")
  if (!isTitleLike(b) || b.words < MIN_DECK_WORDS || b.piece !== 0 || isChromePhrase(b, k) || looksLikeByline(b, k) || isBareName(b) || isPlaceColonName(b) || isCaptionNotTitle(b) || DASH_END.test(b.text)) return -1;
  return copiesTitle(b, h) ? -1 : i;
}
/** A deck is a sentence-like summary; shorter lines under a headline are labels or names. */
const MIN_DECK_WORDS = 5;
const DASH_END = /[-–—]$/;

const MAX_SECTION_LABEL_WORDS = 4;
/** The title-like line right above the headline, if it is not another copy of it. */
function pickKicker(blocks: Block[], headline: number, k: Knowledge, excluded: Set<number>): number {
  const i = headline - 1;
  if (i < 0 || excluded.has(i)) return -1;
  const b = blocks[i];
  const h = blocks[headline];
  // (a columnist's name over the column's title is its byline: "فهد بن سالم الشمري" / title; a four-word
  // kicker is shaped like a name, so only a name's particles tell)
  if (!isTitleLike(b) || b.words < MIN_HEADLINE_WORDS || isChromePhrase(b, k) || looksLikeByline(b, k) || isCaptionNotTitle(b) || isParticledName(b)) return -1;
  // ("عاجل: …" over the headline is the breaking-news ticker, "… || … || …" a ticker's items, and so are the
  // lines under a lone "عاجل"; "محليات > الدمام" is a breadcrumb)
  if (copiesTitle(b, h) || BREAKING_LABEL.test(b.text) || b.text.includes('||') || underBreakingLabel(blocks, i) || isShortCrumbs(b.text)) return -1;
  // (nor is a section's name the menu prints too: "سوق الانتقالات الصيفية" over the headline and in the menu)
  if (b.words <= MAX_SECTION_LABEL_WORDS && blocks.some((x) => x.index < i && x.key === b.key)) return -1;
  // a kicker is its own line in the header, not a piece of a split paragraph
  return b.piece === 0 && b.line < h.line ? i : -1;
}
