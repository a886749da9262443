// Byline: "مدينة - الكاتب", "الصحيفة – المحرر السياسي", "بقلم: فلان", or a lone dateline "واشنطن:"
// that a CMS glued in front of the first paragraph.
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { isChromePhrase, opensWithChromePhrase } from './features.ts';
import { foldText, wordCount } from '../../lib/arabic.ts';

/** Bylines are short; a longer line with a dash is a sentence or a teaser. */
const MAX_BYLINE_WORDS = 8;
const MAX_SIDE_WORDS = 4;
// the left side may be an outlet with a number in its name ("عرب 48 – فلان"); the right side is a name
// (Al-Araby's "بغداد ــ فلان" draws the dash with tatweels)
const SEPARATED = /^([^:|]{2,40}?)\s+(?:[-–—]|ـ+)\s+([^\d|]{2,40})$|^([^:|]{2,40}?)\s*[-–—]\s+([^\d|]{2,40})$/;

const DASHED = /\s+(?:[-–—]|ـ+)\s+/;
const WRITES_FROM = /\s+من\s+\S+(?:\s\S+)?$/;
/** "صورة من الأرشيف / أ ف ب": a photo's credit, shaped like a byline. */
const PHOTO_CREDIT = /^(?:صورة|الصورة|صور|تصوير|عدسة|أرشيفية|ارشيفية)(?:\s|:|$)/;
const TRAILING_DATE = /\s*\|.*[\d\u0660-\u0669].*$/;
// a space on one side of the slash is enough: "بغداد/ المستقبل"
// (an outlet may have a number in its name, "لوميير 24 / أ ف ب": each part needs letters, not only digits)
const SLASHED = /^[^/]{2,30}(?:(?:\s\/\s?|\/\s)[^/]{2,30}){1,2}$/;
const LETTER = /[\u0621-\u064Aa-z]/i;

export interface BylinePick { index: number; text: string; rule: string; reason: string }

export function looksLikeByline(b: Block, k: Knowledge): { rule: string; reason: string } | null {
  // "القدس - فلان | 16/9/2015 - 10:30 م": the byline is the part before the date it carries
  const text = b.text.includes('|') ? b.text.replace(TRAILING_DATE, '') : b.text;
  const words = text === b.text ? b.words : wordCount(text);
  if (words > MAX_BYLINE_WORDS || words < 1 || b.arabic < 0.5 || PHOTO_CREDIT.test(text)) return null;
  const space = b.key.indexOf(' ');
  const first = space < 0 ? b.key : b.key.slice(0, space);
  if (k.bylineStart.has(first) && b.words >= 2) return { rule: 'byline/marker-word', reason: `starts with "${first}"` };
  if (isChromePhrase(b, k)) return null;
  // "أنقرة / محمد شيخ يوسف / الأناضول": place, author, agency; "بغداد/ المستقبل": place, outlet
  if ((text.includes('/ ') || text.includes(' /')) && SLASHED.test(text) && text.split('/').every((part) => part.trim().split(/\s+/).length <= MAX_SIDE_WORDS && LETTER.test(part))) {
    return { rule: 'byline/slash-separated', reason: 'short names separated by slashes' };
  }
  const m = text.match(SEPARATED);
  if (m) {
    const left = (m[1] ?? m[3]).trim();
    const right = (m[2] ?? m[4]).trim();
    const words = (s: string) => s.split(/\s+/).length;
    // ("خبر عاجل - قيد التحديث": a status badge, its parts known chrome)
    const chrome = (side: string) => k.chromeLine.has(foldText(side));
    // ("هسبريس - فلان الفلاني من مراكش": where the correspondent writes from follows the name)
    const name = right.replace(WRITES_FROM, '');
    // ("نابلس - شبكة جبل النار - رامي دويكات": place, outlet and name)
    const sides = name.split(DASHED);
    if (words(left) <= MAX_SIDE_WORDS && sides.length <= 2 && sides.every((side) => words(side) <= MAX_SIDE_WORDS) && right.length > 1 && !chrome(left) && !chrome(right)) {
      return { rule: 'byline/place-or-outlet-dash-author', reason: 'two short names joined by a dash' };
    }
  }
  return null;
}

/**
 * "د. ليلى منصور", "عبد الرحيم الإدريسي": a few words, an honorific at most, no other punctuation or digits.
 * `person`: and not a publication's name ("جريدة العرب"), which looks the same.
 */
export function isBareName(b: Block, maxWords = 3, person = false): boolean {
  if (b.words < 2 || b.words > maxWords || b.arabic < 0.9 || (person && NOT_A_NAME.test(b.text))) return false;
  // an honorific ("د.", "أ.د.") or an initial ("ك. مراد", as Maghreb papers sign) may open it, an initial close it ("عبد القادر. ب")
  return !/[.،,:؛!؟?()\d\u0660-\u0669"«»]/.test(b.text.replace(/^(?:أ\.\s?د|[\u0621-\u064A])\.\s*/, '').replace(/(?<=[\u0621-\u064A]{2})\.\s?[\u0621-\u064A]\.?$/, ''));
}

/** What an author's role or biography opens with: a profession ("كاتب وباحث في …", "أستاذة هندسة …"). */
const PROFESSION_OPENING = /^[*٭]?\s*(?:ال)?(?:مهندس|مهندسة|طبيب|طبيبة|محام|محامي|محامية|ناشط|ناشطة|سفير|سفيرة|دبلوماسي|كاتب|كاتبة|محرر|محررة|باحث|باحثة|أستاذ|أستاذة|استاذ|استاذة|صحفي|صحفية|صحافي|صحافية|إعلامي|إعلامية|اعلامي|اعلامية|مراسل|مراسلة|خبير|خبيرة|أكاديمي|أكاديمية|محلل|محللة|روائي|روائية|شاعر|شاعرة|مستشار|مستشارة|رئيس تحرير|رئيسة تحرير)\s/;
export const opensWithProfession = (text: string) => PROFESSION_OPENING.test(text);

/** What only a person's name holds: "فهد بن سالم", "ليلى عبد الساتر", "أبو خالد". */
const NAME_PARTICLE = /(?:^|\s)(?:بن|بنت|ابن|عبد|أبو|ابو|آل)\s/;
/** A bare name that is a person's beyond doubt: it holds one of a name's particles. */
export const isParticledName = (b: Block) => isBareName(b, 4, true) && NAME_PARTICLE.test(b.text);

/** How far under the headline "place: name" is trusted (a deck or the date line may sit between them). */
export const PLACE_COLON_NAME_REACH = 4;

/** "سعيد أوعلي من أزيلال": a correspondent's bare name and where they write from. */
export function isNameFromPlace(b: Block): boolean {
  const at = b.text.search(WRITES_FROM);
  if (at < 0) return false;
  const name = b.text.slice(0, at);
  return isBareName({ ...b, text: name, words: wordCount(name) }, 3, true);
}

/** Words that open a publication's or a section's name, never a person's: "جريدة العرب", "أخبار روسيا". */
const NOT_A_NAME = /^(?:جريدة|صحيفة|مجلة|موقع|قناة|وكالة|شبكة|أخبار|اخبار|نشرة|بوابة|راديو|إذاعة|صورة|الصورة|تصوير)\s/;

/** "ود مدني: عثمان الطيب": a place of one or two words, a colon, a bare name. Only trusted just under a headline. */
export function isPlaceColonName(b: Block): boolean {
  const colon = b.text.indexOf(':');
  if (b.words > MAX_PLACE_COLON_WORDS || colon < 2 || colon > 30) return false;
  // "لندن - بيروت: فلان وفلانة", "القاهرة: فلان - الخرطوم: فلان": places and names, two correspondents at most
  const segments = b.words > 5 && b.text.indexOf(':', colon + 1) > 0 ? b.text.split(NEXT_PLACE) : [b.text];
  return segments.length <= 2 && segments.every((seg) => {
    const m = seg.match(/^([^:]{2,30}):\s*(.+)$/);
    if (!m || !m[1].split(PLACE_DASH).every((place) => wordCount(place.trim()) <= 2)) return false;
    const name = (t: string) => isBareName({ ...b, text: t, words: wordCount(t) });
    return name(m[2]) || m[2].split(AND_NAME).every(name);
  });
}
const MAX_PLACE_COLON_WORDS = 12;
const NEXT_PLACE = /(?<=:[^:]*)\s[-–—]\s(?=[^:]{2,30}:)/;
const PLACE_DASH = /\s[-–—]\s/;
/** "رامي الخطيب وسلمى الحاج": two names joined by و. */
const AND_NAME = /\s(?:و\s?)(?=\S)/;

/** A one- or two-word piece ending with ':' or '-' that opens the text: a dateline. */
export const isDateline = (b: Block) => b.words <= 2 && /[:\-–]\s*$/.test(b.text) && b.arabic >= 0.8 && b.piece > 0;

/** `near`: where a "place: name" byline may stand after, the headline's line unless the headline is the page title's. */
export function pickByline(blocks: Block[], from: number, to: number, bodyStart: number, k: Knowledge, taken: Set<number>, near = from): BylinePick | null {
  for (let i = Math.max(0, from); i < to; i++) {
    if (taken.has(i)) continue;
    const hit = looksLikeByline(blocks[i], k);
    if (hit) return { index: i, text: blocks[i].text, rule: hit.rule, reason: hit.reason };
    // "بواسطة" / "محمد الفيتوري" / "-" / "سبتمبر 3, 2024": a theme's post meta, one field per line
    const name = blocks[i + 1];
    if (blocks[i].words === 1 && k.bylineStart.has(blocks[i].key) && name && !taken.has(i + 1) && isBareName(name, 4, true)) {
      return { index: i + 1, text: name.text, rule: 'byline/name-under-marker', reason: `a name under "${blocks[i].text}" alone on its line` };
    }
    if (i >= near && i - near < PLACE_COLON_NAME_REACH && isPlaceColonName(blocks[i]) && !opensWithChromePhrase(blocks[i], k)) {
      return { index: i, text: blocks[i].text, rule: 'byline/place-colon-name', reason: 'a place and a name under the headline' };
    }
  }
  // datelines glued into the first paragraphs
  // (from the piece before the text's first, when one line holds both: "نابلس:&أعلنت …")
  const first = bodyStart > 0 && blocks[bodyStart - 1].line === blocks[bodyStart].line ? bodyStart - 1 : bodyStart;
  for (let i = first; i >= 0 && i < Math.min(blocks.length, bodyStart + 3); i++) {
    if (!taken.has(i) && isDateline(blocks[i])) {
      return { index: i, text: blocks[i].text, rule: 'byline/dateline-piece', reason: 'a place name with a colon split off the first paragraphs' };
    }
  }
  // some layouts put "بقلم: فلان" above the headline; only a marker word is trusted there
  for (let i = from - 2; i >= Math.max(0, from - 1 - BLOCKS_ABOVE_HEADLINE); i--) {
    const hit = taken.has(i) ? null : looksLikeByline(blocks[i], k);
    if (hit?.rule === 'byline/marker-word') return { index: i, text: blocks[i].text, rule: hit.rule, reason: `${hit.reason}, above the headline` };
    // a columnist's name over the column's title
    if (i === from - 2 && !taken.has(i) && isParticledName(blocks[i]) && !isChromePhrase(blocks[i], k)) {
      return { index: i, text: blocks[i].text, rule: 'byline/name-above-headline', reason: 'a person\'s name right above the headline' };
    }
  }
  return null;
}

/** How far above the headline a marked byline ("بقلم: …") is still the article's. */
const BLOCKS_ABOVE_HEADLINE = 2;
