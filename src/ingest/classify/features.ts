// Named measures and predicates over one block. Thresholds live here, each with its reason.
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { foldText } from '../../lib/arabic.ts';

/** A paragraph of running text has at least this many words (shorter lines are titles, labels, captions). */
export const MIN_PROSE_WORDS = 8;
/** Above this many words with no sentence punctuation a line is a ticker of run-together headlines. */
export const TICKER_MIN_WORDS = 40;
/** Titles (headline, kicker, subheading) are short; this bounds them. */
export const MAX_TITLE_WORDS = 32;
/** Prose blocks this close (in blocks) belong to the same article body. */
export const MAX_BODY_GAP_BLOCKS = 4;

// a full stop inside the line, not the ".." or "..." pause of a headline
// (not a list's number: "1. سعر الذهب اليوم")
// (a full stop inside the line, not an abbreviation's ".." nor a list number's "1. ")
const INNER_STOP = String.raw`(?<!\.|^[\d\u0660-\u0669]{1,3})\.\s`;
const CLAUSE_PUNCT = new RegExp(`[،,؛;]|${INNER_STOP}`);
const END_PUNCT = /[.!؟?…:]["»”)]?$/;
const DOMAIN = /^(https?:\/\/)?(www\.)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i;
const LATIN_TOKEN = /^[a-z][a-z0-9-]{3,}$/i;

export const endsLikeSentence = (b: Block) => END_PUNCT.test(b.text);
/** Punctuated like a sentence: a clause mark inside or a sentence end (a teaser title has neither). */
export const isPunctuated = (b: Block) => endsLikeSentence(b) || CLAUSE_PUNCT.test(b.text);
/** isPunctuated, a number's comma ("1,2 مليون طن") aside: a title's figures are no clauses. */
export const isPunctuatedAsWords = (b: Block) => endsLikeSentence(b) || CLAUSE_PUNCT_OF_WORDS.test(b.text);
const CLAUSE_PUNCT_OF_WORDS = new RegExp(String.raw`[،؛;]|(?<![\d\u0660-\u0669]),|,(?![\d\u0660-\u0669])|${INNER_STOP}`);

/** Above this many words a line is running text even without punctuation (titles are shorter). */
export const UNPUNCTUATED_PROSE_WORDS = 16;

/** Running Arabic text: long enough, mostly Arabic letters, punctuated like sentences, not a title. */
// (one argument only: it is passed to filter and find, which pass an index second)
export const isProse = (b: Block): boolean => proseMemo(b);
const proseMemo = memoPerBlock((b: Block): boolean => {
  if (b.words < MIN_PROSE_WORDS || b.arabic < 0.6 || isTicker(b) || isNavRow(b) || isScreenReaderLabel(b)) return false;
  return isPunctuated(b) || b.words >= UNPUNCTUATED_PROSE_WORDS;
});
/** "Author, فلان", "Role, …": labels a page prints for screen readers only, in English over Arabic text. */
export const isScreenReaderLabel = (b: Block) => SCREEN_READER_LABEL.test(b.text);
const SCREEN_READER_LABEL = /^(?:Author|Role|Image source|Image caption|Media caption|Video caption)\s*[,،]\s/;

/** A menu on one line, "الرئيسية | القدس | الضفة | غزة", or a meta row: short parts between bars, not prose. */
const isNavRow = (b: Block) => b.text.includes('|') && (NAV_ROW.test(b.text) || (META_ROW.test(b.text) && /[\d\u0660-\u0669]/.test(b.text)));
const NAV_ROW = /^[^|]{1,30}(?:\|[^|]{1,30}){3,}$/;
/** The article's meta on one line: "غزة - شبكة الفجر | تاريخ النشر : 19/02/2014 - 11:20 | عدد القراءات : 845". */
const META_ROW = /^[^|]{1,45}(?:\|[^|]{1,45}){2,}$/;

/** A long run of headlines glued together: many words and no sentence punctuation at all, or items between "::". */
export const isTicker = (b: Block) => (b.words >= TICKER_MIN_WORDS && !/[.،,؛!؟?:]/.test(b.text)) || (b.text.includes(' :: ') && TICKER_ITEMS.test(b.text));
/** "آخر الأخبار :: خبر :: خبر ::": three separators at least. */
const TICKER_ITEMS = /(?:\s::\s.*){2}\s::/;
/** "شريط الأخبار: خبر ● خبر ● خبر": headlines between round or square marks, three at least (asked of title lines only). */
export const isMarkedTicker = (b: Block) => b.words >= MIN_MARKED_TICKER_WORDS && MARKED_ITEMS.test(b.text);
const MARKED_ITEMS = /\s[●◆■♦]\s.*\s[●◆■♦]\s/;
const MIN_MARKED_TICKER_WORDS = 12;

/**
 * Captions: "صورة من الجلسة (رويترز)", "(لقطة شاشة: …)", "صورة: وكالة", "تصوير: فلان", "الرئيس خلال اللقاء - أرشيفية".
 * (the brackets closing one hold its credit, never a quantity: "دجاجة مقطعة (نحو 1.2 كيلو)" is a recipe's item)
 */
const CAPTION = /^\(?(?:صورة|الصورة|صور|لقطة|أرشيفية)\s*[\s:]|^(?:جانب|لقطة|مشهد)\s+من\s|^من\s+(?:اليمين|اليسار)[\s:،]|^(?:تصوير|عدسة)\s*:|\((?![\u0621-\u064A][^()]*[\d\u0660-\u0669])[^()]{2,30}\)$|[-–]\s*(أرشيفية|ارشيفية|أرشيف)$/;
/** A photo credit naming agency and photographer, "(رويترز/ محمد حامد)", or labelled: a caption even when it is long. */
const CREDIT_WITH_PHOTOGRAPHER = /\([^()/]{2,25}\/\s*[^()/\d]{2,30}\)$/;
export const MAX_CREDITED_CAPTION_WORDS = 35;
export const hasPhotographerCredit = (b: Block) =>
  (b.words <= MAX_CREDITED_CAPTION_WORDS && (b.text.endsWith(')') ? CREDIT_WITH_PHOTOGRAPHER.test(b.text) || ACCOUNT_CREDIT.test(b.text) || BRACKETED_LABELLED_CREDIT.test(b.text) : LABELLED_CREDIT.test(b.text))) ||
  isLongCreditedCaption(b);
/** "صورة ملتقطة يوم … تظهر … (وكالة/ مصور)": a wire photo's caption, however long, opens with the photo and closes with its credit. */
export const isLongCreditedCaption = (b: Block) => PHOTO_OPENING.test(b.text) && b.text.endsWith(')') && CREDIT_WITH_PHOTOGRAPHER.test(b.text);
const PHOTO_OPENING = /^(?:صورة|الصورة|صور)\s/;
/**
 * "… مصارف أربيل. صورة: رووداو", "… الزراعي - تصوير: فلان", "… الظهيرة. أرشيفية", "… الجسور الجديدة © وكالة":
 * a caption's sentence, then its credit.
 */
// (or in English, as an international site's Arabic edition labels it: "… في قاع البحر Credit: Department of …")
const LABELLED_CREDIT = /(?:[.،]\s*|\s[-–/]\s)(?:(?:ال)?صورة|تصوير|عدسة)\s*:\s*[^.،]{2,30}$|\.\s*(?:أرشيفية|ارشيفية)$|\s©\s*[^.،©]{2,30}$|\s(?:Credit|Photo|Image|Photo credit|Crédit photo)\s*:\s*[^.،:]{2,50}$/;
/** "… في شارع الحمرا، أمس. (تصوير: جاد غريب)", "… في دبي. (أرشيفية)": the labelled credit in brackets. */
// (a photographer's label needs no stop before it: "… في الشوارع والأنفاق (تصوير: الواحة اليوم)")
const BRACKETED_LABELLED_CREDIT = /[.،]\s*\(\s*(?:(?:صورة|الصورة|تصوير|عدسة)\s*:\s*[^()]{2,30}|(?:صورة\s+)?(?:أرشيفية|ارشيفية))\)$|\s\(\s*(?:تصوير|عدسة)\s*:\s*[^()]{2,30}\)$/;
/** "… وادي العق (من حساب الدفاع المدني على منصة إكس)": a photo taken from a social account. */
const ACCOUNT_CREDIT = /\((?:من|عن)\s+(?:حساب|صفحة)\s[^()]{2,50}\)$/;
export const isCaption = (b: Block) => (b.words <= 15 && CAPTION.test(b.text)) || hasPhotographerCredit(b);
/** What a headline may end with in brackets: the kind of story, not a photo credit. */
const STORY_KIND = /\((?:فيديو|بالفيديو|صور|بالصور|شاهد|إنفوجراف|انفوجراف|فيديو وصور|صور وفيديو|تفاصيل|خاص|حصري|تحديث|مباشر)\)$/;
/** A caption that cannot be a headline: a photo credit, not "(فيديو)". */
export const isCaptionNotTitle = (b: Block) => isCaption(b) && !STORY_KIND.test(b.text);

/** "عمّان 31° | العقبة 41°", "بيروت 22° | سعر صرف الدولار: 38,900": the weather (and the rates), parted by bars. */
export const isWeatherStrip = (b: Block) => b.words <= MAX_WEATHER_STRIP_WORDS && b.text.includes('°') && WEATHER_STRIP.test(b.text);
const WEATHER_STRIP = /[\d\u0660-\u0669]\s*°.*(?:[|·•-].*[\d\u0660-\u0669]\s*°|\|)|\|.*[\d\u0660-\u0669]\s*°/;
const MAX_WEATHER_STRIP_WORDS = 30;

/** A copyright line's marks, tested on the raw text: "©" or "(جميع الحقوق) محفوظة". */
export const mentionsCopyright = (text: string) => text.includes('©') || text.includes('محفوظ');

/** An item of a list: a bullet or a number opening a short line ("• الأرباح: 6.2 مليار", "2) …"). */
export const isListItem = (b: Block) => b.words <= MAX_LIST_ITEM_WORDS && b.arabic >= 0.5 && LIST_ITEM.test(b.text);
// (not a decimal number: "1.2 مليون زائر …")
const LIST_ITEM = /^(?:[•●▪◦*]|[\d\u0660-\u0669]{1,2}(?:[.)](?![\d\u0660-\u0669])|\s?[-–]\s))\s*\S/;
const MAX_LIST_ITEM_WORDS = 40;

/** "- تخفيض الضريبة على المطاعم": an item marked with a dash. */
export const isDashItem = (b: Block) => DASH_START.has(b.text[0]) && b.words <= MAX_LIST_ITEM_WORDS && b.arabic >= 0.5 && DASH_ITEM.test(b.text);
const DASH_START = new Set('-–—');
const DASH_ITEM = /^[-–—]\s+\S/;

/** A photo credit on a line of its own: "عدسة: فلان", "تصوير: فلان", "الصورة: وكالة". */
export const CREDIT_LINE = /^\(?(?:(?:عدسة|تصوير|(?:ال)?صورة)\s*:|©)\s*[^\s()][^.،()]{0,40}\)?$/;

/** A clip's length on a line of its own: "02:47", "1:02:15". */
export const CLIP_TIME = /^[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}(?::[\d\u0660-\u0669]{2})?$/;

/** "…" or "..." closing a text cut short (a teaser, a comment's subject taken from its start). */
export const ELLIPSIS_END = /(?:…|\.\.\.)$/;

/** A table row flattened to one line: "الذهب عيار 21 | 310 | 312". */
export const isTableRow = (b: Block) => b.words <= MAX_TABLE_ROW_WORDS && b.arabic >= 0.3 && TABLE_CELL_BREAK.test(b.text);
/** Cells parted by a bar, or by tabs (a table copied as tab-separated text). */
const TABLE_CELL_BREAK = /\S\s+\|\s+\S|\S\t+\S/;
const MAX_TABLE_ROW_WORDS = 20;
/** A line announcing what follows ("على النحو التالي:"): a list or a table may come next. */
export const announces = (b: Block) => /[:：]\s*$/.test(b.text);
/** "الدفاع: أحمد فتحي، سعد سمير": a label and its value, as in a lineup or a fact sheet. */
const isLabelValue = (b: Block) => b.words <= MAX_TITLE_WORDS && (b.text.includes(':') || b.text.includes('：')) && LABEL_VALUE.test(b.text);
const LABEL_VALUE = /^[^:：]{2,25}[:：]\s*\S/;
/** A row of a table, or a "label: value" line, under a line announcing them or under another such row. */
export function continuesList(b: Block, prev: Block): boolean {
  if (isTableRow(b)) return announces(prev) || isTableRow(prev);
  // dashed items are a list only under the line announcing them: elsewhere they are related links
  if (isDashItem(b)) return announces(prev) || isDashItem(prev);
  return isLabelValue(b) && (announces(prev) || (isLabelValue(prev) && !announces(prev)));
}

export const looksLikeDomain = (b: Block) => DOMAIN.test(b.text) && /\./.test(b.text) && !isFileName(b);
/** "marrakech-nuit.jpg": a picture's (or a document's) file name, left by the crawl where the picture was. */
export const isFileName = (b: Block) => b.words <= MAX_FILE_NAME_WORDS && b.arabic === 0 && FILE_NAME.test(b.text);
/** "WhatsApp Image 2022-08-14 at 10.15.32.jpeg": a name a phone gave the picture. */
const MAX_FILE_NAME_WORDS = 8;
const FILE_NAME = /^[^/]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|pdf|mp[34]|m4a|mov|avi|webm|docx?|xlsx?|pptx?|zip|rar)$/i;
export const isLatinToken = (b: Block) => LATIN_TOKEN.test(b.text);
export const isNumberOnly = (b: Block) => /^[+\-−]?[\d\u0660-\u0669\u06F0-\u06F9\s.,()]+$/.test(b.text); // a count, a vote score ("+٣١")
export const isPunctOnly = (b: Block) => b.key === '';

/** Title-like: a short Arabic line not ending like a sentence. */
export function isTitleLike(b: Block): boolean {
  return b.words >= 2 && b.words <= MAX_TITLE_WORDS && b.arabic >= 0.5 && !/[.،,]$/.test(b.text) && !(b.text.includes(':') && isField(b.text));
}
/**
 * A field, never a title: "رقم الخبر: 2015091634", "الحضور: 49 نائباً", "نوع الجلسة: عادية" (a number or a word
 * or two after a short label; "الوزير: لا تراجع عن القرار" is a headline quoting someone).
 */
function isField(text: string): boolean {
  // cheap first: a label's colon follows a letter ("14:07" is a time, not a field)
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 30 || !isLetterCode(text.charCodeAt(colon - 1))) return false;
  return text.includes('|') ? text.split(FIELD_BAR).every((part) => FIELD_VALUE.test(part)) : FIELD_VALUE.test(text);
}
const isArabicLetterCode = (c: number) => c >= 0x0621 && c <= 0x064a;
const isLetterCode = (c: number) => isArabicLetterCode(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const FIELD_VALUE = /^[^:]{2,30}:\s*(?:[\d\u0660-\u0669]\S*(?:\s+\S+){0,3}|\S+(?:\s+\S+)?)$/;

// The classifiers below are asked about the same blocks again and again: their answers for the page at
// hand, by block index (an index of another page holds another block object, so a stale answer is never
// used). Only the first MEMO_BLOCKS blocks: a bound on what a memo keeps alive after a huge page.
const MEMO_BLOCKS = 4096;
function memoPerBlock<K = void>(test: (b: Block, k: K) => boolean): (b: Block, k: K) => boolean {
  const seen: (Block | undefined)[] = [];
  const answers: boolean[] = [];
  return (b, k) => {
    const i = b.index;
    if (seen[i] === b) return answers[i];
    const v = test(b, k);
    if (Number.isInteger(i) && i >= 0 && i < MEMO_BLOCKS) {
      seen[i] = b;
      answers[i] = v;
    }
    return v;
  };
}

/** A button's icon before its label: the label is the site's wording. */
const ICON_LABEL = /^\p{Extended_Pictographic}\uFE0F?\s*/u;
const MAX_ICON_LABEL_WORDS = 6;
const isIconLabel = (key: string, k: Knowledge) => {
  if (!ICON_LABEL.test(key)) return false;
  const label = key.replace(ICON_LABEL, '');
  return /\p{L}/u.test(label) && hasKey(k.chromeLine, label);
};
/** Counters behind icons, "👁 2.3 ألف 💬 3": views and comments, not words. */
const ICON_COUNTS = /^(?:\p{Extended_Pictographic}\uFE0F?\s*[\d\u0660-\u0669][\d\u0660-\u0669.,٫]*\s*(?:ألف|الف|مليون|[KkMm])?\s*){2,}$/u;

/** Known chrome wording: a whole-line label, a form field, a link-line opening or a phrase inside. */
export const isChromePhrase = memoPerBlock((b: Block, k: Knowledge): boolean =>
  isPunctOnly(b) || isFileName(b) || hasKey(k.chromeLine, b.key) || hasKey(k.sectionEnd, b.key) ||
  (b.words <= MAX_ICON_LABEL_WORDS && isIconLabel(b.key, k)) || // "🔊 استمع للخبر"
  (b.words <= MAX_ICON_LABEL_WORDS * 2 && ICON_COUNTS.test(b.text)) || // "👁 2.3 ألف 💬 3"
  (/\*\s*$/.test(b.text) && b.words <= 4) || // "الإسم *" and similar form labels
  (b.words <= 40 && ((b.words <= MAX_TITLE_WORDS && k.chromeStartRe.test(b.key)) || k.chromeContainsRe.test(b.key))) ||
  (b.words <= MAX_LABEL_RUN_WORDS && allChromeLabels(b.key, k)) ||
  (b.words <= MAX_TITLE_WORDS && allChromeParts(b.text, k)) ||
  (b.words <= MAX_ATTRIBUTION_WORDS && SOURCE_LINE.test(b.text)) ||
  (b.words <= 6 && (PAGER.test(b.text) || isRating(b) || READING_TIME.test(b.text) || isButton(b.text, k) || (!isArabicLetterCode(b.text.charCodeAt(0)) && isVotes(b.text)) || AGREE_ROW.test(b.text))) ||
  (b.words <= MAX_TITLE_WORDS && b.text.includes('(@') && EMBED_FOOTER.test(b.text)) ||
  (b.words <= MAX_TITLE_WORDS && isMenuRow(b.text)),
);

/** A menu on one line: four or more short links between bars ("الأولى | مصر | العالم العربي | اقتصاد"), or a breadcrumb. */
function isMenuRow(text: string): boolean {
  const bar = text.indexOf('|');
  if (bar >= 0) {
    // four links need three bars: count before splitting
    let bars = 1;
    for (let i = text.indexOf('|', bar + 1); i >= 0 && bars < MIN_MENU_ROW_LINKS - 1; i = text.indexOf('|', i + 1)) bars++;
    if (bars < MIN_MENU_ROW_LINKS - 1) return false;
    const parts = text.split('|').map((p) => p.trim()).filter(Boolean);
    return parts.length >= MIN_MENU_ROW_LINKS && parts.every((p) => p.split(/\s+/).length <= MAX_MENU_LINK_WORDS && !/[\d\u0660-\u0669:]/.test(p));
  }
  return isBreadcrumb(text);
}
/** A breadcrumb: "الفتاوى > فقه المعاملات > البيوع", "أنت هنا: الرئيسية » أخبار محلية » (the title)". */
export function isBreadcrumb(text: string): boolean {
  if (!CRUMB_SEPARATOR.test(text)) return false;
  // three crumbs at least, short ones but the last (the article's own title, however long)
  const parts = text.split(CRUMB_SEPARATOR);
  if (parts.length < 3) return false;
  const last = parts.length - 1;
  return parts.every((p, i) => p.length >= 2 && p.length <= (i === 0 ? 40 : i === last ? 250 : 30));
}
const CRUMB_SEPARATOR = /\s[>›»]\s/;
const MIN_MENU_ROW_LINKS = 4;
const MAX_MENU_LINK_WORDS = 3;

/**
 * A button drawn in brackets: "[ إغلاق النافذة ]", "[طباعة]"; a forum prints names so too ("[ود البقعة]"):
 * unpadded, only a known label is a button.
 */
const BUTTON = /^\[(\s?)([^\[\]]+?)(\s?)\]$/;
function isButton(text: string, k: Knowledge): boolean {
  const m = BUTTON.exec(text);
  return m !== null && (m[1] !== '' || m[3] !== '' || /[\d\u0660-\u0669]/.test(m[2]) || k.chromeLine.has(foldText(m[2])));
}
/** The footer of an embedded tweet: "— فلان (@handle) September 16, 2015". */
const EMBED_FOOTER = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)/;
/** A vote widget: "6 △ ▽", "▲ 12 ▼". */
// ("👍 41 👎 6", "👏 12 · رد": reactions and their counts, a reply link after them)
/** "موافق 23 | غير موافق 4", "أوافق (12) - لا أوافق (3)": agree / disagree counts. */
const AGREE_ROW = /^(?:موافق|أوافق|اوافق|مؤيد)\s*\(?[\d\u0660-\u0669]+\)?\s*[|\-–]\s*(?:غير موافق|لا أوافق|لا اوافق|معارض)\s*\(?[\d\u0660-\u0669]+\)?$/;
/**
 * A row of votes: counts beside its symbols, or the buttons alone, one thumb or both ways ("👍 👎").
 * "💙💙💙🔥🔥" or "👍👍" with no count is a reader's comment.
 */
const isVotes = (t: string) => VOTES.test(t) && (HAS_DIGIT.test(t) || (VOTE_SYMBOLS_ONLY.test(t) && (VOTE_DOWN.test(t) || !TWO_SYMBOLS.test(t))));
export const HAS_DIGIT = /[\d\u0660-\u0669]/;
const VOTE_SYMBOLS_ONLY = /^[\s👍👎△▽▲▼↑↓\uFE0F]+$/u;
const VOTE_DOWN = /[👎▽▼↓]/u;
const TWO_SYMBOLS = /[👍△▲↑][\s\uFE0F]*[👍△▲↑]/u;
const VOTES = /^[\d\u0660-\u0669\s]*(?:[△▽▲▼↑↓]|\p{Extended_Pictographic})[\d\u0660-\u0669\s△▽▲▼↑↓\p{Extended_Pictographic}\uFE0F]*(?:[·|]\s*(?:رد|ردود|إعجاب))?$/u;
/** A rating: "4.2 من 5 (58 تقييماً)", "٣٫٥ / ٥". */
export const isRating = (b: Block) => b.words <= 6 && RATING.test(b.text);
const RATING = /^[\d\u0660-\u0669]+(?:[.,٫][\d\u0660-\u0669]+)?\s*(?:من|\/)\s*(?:5|10|٥|١٠)(?:\s*\(\s*[\d\u0660-\u0669,٬]+\s*(?:تقييم|صوت|أصوات|اصوات)[\u0621-\u064A\u064B-\u0652]*\s*\))?$/;
/** "3 دقائق للقراءة", "⏱ 5 دقائق قراءة", "قراءة في 6 دقائق", "مدة القراءة: 4 دقائق", "5 min read", a bare "3 دقائق": the reading time. */
const READING_TIME = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:[\d\u0660-\u0669]+\s*(?:دقائق|دقيقة|دقيقتان|دقيقتين|د|min|mins|minutes?)\s*(?:للقراءة|قراءة|read)|[\d\u0660-\u0669]+\s*(?:دقائق|دقيقة)|(?:قراءة|القراءة)\s+(?:في|خلال)\s+[\d\u0660-\u0669]+\s*(?:دقائق|دقيقة|دقيقتين)|(?:مدة|وقت|زمن)\s+القراءة\s*[:：]?\s*[\d\u0660-\u0669]+\s*(?:دقائق|دقيقة|دقيقتان|دقيقتين|د))$/iu;
/** A pager: "الصفحة 1 من 3", "صفحة ٢ من ٥". */
const PAGER = /^(?:ال)?صفحة\s*[\d\u0660-\u0669]+\s*من\s*[\d\u0660-\u0669]+$/;
/** "المصدر: وكالات": the colon is what makes it a label (folding drops it), so it is read on the raw text. */
const SOURCE_LINE = /^المصدر\s*[:：]/;
const MAX_ATTRIBUTION_WORDS = 8;

/** A line opening with a chrome phrase of two words or more ("إخلاء المسؤولية", "اقرأ أيضا") or a labelled one ("الوسوم:"), however it goes on. */
export function opensWithChromePhrase(b: Block, k: Knowledge): boolean {
  if (b.words > MAX_TITLE_WORDS) return false;
  const m = k.chromeStartRe.exec(b.key);
  // one word is enough before a colon: "الوسوم: …"
  return !!m && (m[0].trim().includes(' ') || /^\S+\s*:/.test(b.text));
}

/**
 * A row of widget labels and counts ("رد | أعجبني (4)", "إعجاب 11", "طباعة إرسال"): each word a chrome
 * line of its own, or a count; two labels, or a label and its count.
 */
const MAX_LABEL_RUN_WORDS = 6;
const COUNT = /^[\d\u0660-\u0669]+$/;
function allChromeLabels(key: string, k: Knowledge): boolean {
  // most short lines fail on their first word: test it before splitting the key
  const space = key.indexOf(' ');
  if (space < 0) return false;
  const first = key.slice(0, space);
  if (!k.chromeLine.has(first) && !COUNT.test(first)) return false;
  let labels = 0;
  let counts = 0;
  const words = key.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (COUNT.test(words[i])) { counts++; continue; }
    // a label of two words: "لم يعجبني"
    if (!k.chromeLine.has(words[i])) {
      if (i + 1 >= words.length || !k.chromeLine.has(`${words[i]} ${words[i + 1]}`)) return false;
      i++;
    }
    labels++;
  }
  return labels >= 2 || (labels === 1 && counts > 0);
}

/** Separators of a row of links or buttons: "رد | الرد على هذا التعليق", "طباعة · إرسال". */
export const ROW_MARK = /[|·•]/;
export const ROW_SEPARATOR = /\s*[|·•]\s*/;
/** The bar between fields of one line: "place - outlet | date | section", "name | place | date". */
export const FIELD_BAR = /\s+\|\s+/;
const TRAILING_COUNT = / [\d\u0660-\u0669]+$/;
/** A row of two or more parts, each a chrome line or one opening with a chrome phrase, or a count. */
const MIN_ROW_WITH_OWN_LINK = 3;
const LABEL_COLON = /\s*[:：]\s*/;

export function allChromeParts(text: string, k: Knowledge): boolean {
  if (!ROW_MARK.test(text)) return false;
  // ("شارك: فيسبوك | تويتر": the row's label before a colon is a part of its own)
  const parts = text.split(ROW_SEPARATOR).flatMap((p) => p.split(LABEL_COLON)).filter(Boolean);
  if (parts.length < 2) return false;
  // a row of two known links or more may hold one of its own ("عن الموقع | اتصل بنا | أعلن معنا")
  let unknown = 0, labels = 0;
  for (const p of parts) {
    const key = foldText(p).replace(TRAILING_COUNT, ''); // "أعجبني (5)": a label and its count
    if (k.chromeLine.has(key) || k.chromeStartRe.test(key) || VOTES.test(p)) labels++;
    else if (!COUNT.test(key) && ++unknown > 1) return false;
  }
  return unknown === 0 || (labels >= 2 && parts.length >= MIN_ROW_WITH_OWN_LINK);
}

/** An embedded post's signature: "— الوزارة (@handle) March 14, 2022", "تم النشر بواسطة …". */
const POST_SIGNATURE = /^(?:[—–-]\s*[^()]{1,60}\(@\w{1,30}\)|(?:تم النشر بواسطة|تمت مشاركة منشور بواسطة|منشور تمت مشاركته بواسطة|a post shared by|posted by)\s)/i;
const MAX_SIGNATURE_WORDS = 20;
export const isPostSignature = (b: Block) => b.words <= MAX_SIGNATURE_WORDS && POST_SIGNATURE.test(b.text);
/** A tweet's picture link, printed between its text and its signature. */
export const PIC_LINK = /^(?:https?:\/\/)?pic\.twitter\.com\/\S+$/i;

/** An ad's label: "إعلان", the Maghreb's "إشهار", "Advertisement", "Ads by Google". */
export const AD_LABEL = /^(?:إعلان|اعلان|إعلانات|اعلانات|إشهار|اشهار|مساحة إعلانية|مساحة اعلانية|advertisement|ads by google|sponsored|محتوى مدعوم|محتوى ممول|إعلان ممول|اعلان ممول|publicité)$/i;

/** An avatar's alt text: "صورة فلان", "الصورة الرمزية" (a commenter's or an author's picture). */
export const AVATAR_ALT = /^(?:صورة|الصورة)\s/;

/** "عاجل: …", "خبر عاجل | …": a breaking-news label, a ticker's item (never a title, a kicker or the text). */
export const BREAKING_LABEL = /^(?:عاجل(?:\s+جدا)?|خبر\s+عاجل|breaking)\s*[:|\-–]/i;

export const isSectionEnd = (b: Block, k: Knowledge) => hasKey(k.sectionEnd, b.key) || (b.words <= 4 && startsWithAny(b.key, k.sectionEnd)) ||
  (b.words <= MAX_PROFILE_BOX_WORDS && b.key.endsWith(PROFILE_BOX)) || (b.words <= MAX_RELATED_BOX_WORDS && RELATED_BOX.test(b.key)) ||
  (b.words <= MAX_PRAYER_TIMES_WORDS && PRAYER_TIMES.test(b.key)) || (b.words <= MAX_MORE_FROM_WORDS && MORE_FROM.test(b.key));
/** "المزيد من مصطفى عبد الرازق", "المزيد من أخبار الرياضة": a box of more stories, by an author or on a subject. */
const MORE_FROM = /^المزيد (?:من|ل|عن) \S/;
const MAX_MORE_FROM_WORDS = 6;
/** "الكلمات الدلالية: خريف ظفار - السياحة": the tags under the text, on the line of their label. */
export const isTagRow = (b: Block) => b.words <= MAX_TAG_ROW_WORDS && TAG_ROW.test(b.text);
const TAG_ROW = /^(?:الكلمات\s+(?:الدلالية|المفتاحية)|كلمات\s+(?:دلالية|مفتاحية)|الوسوم|وسوم|Tags|Mots[- ]clés)\s*[:：]/i;
const MAX_TAG_ROW_WORDS = 40;
/** "مواقيت الصلاة - مكة المكرمة": a prayer-times widget, with its city. */
const PRAYER_TIMES = /^(?:مواقيت|اوقات|مواعيد) الصلاه(?: |$)/;
const MAX_PRAYER_TIMES_WORDS = 6;
/** "فتاوى ذات صلة", "أخبار مرتبطة": a box of related links, whatever they are called. */
const RELATED_BOX = /^\S+ (?:ذات صله|ذات علاقه|مرتبطه|مشابهه)$/;
const MAX_RELATED_BOX_WORDS = 3;
/** "هشام عبد الغفار في سطور": a profile box after an interview. */
const PROFILE_BOX = ' في سطور';
const MAX_PROFILE_BOX_WORDS = 6;

/**
 * "الآراء المنشورة في … لا تعبر بالضرورة عن رأي الموقع", "التعليقات المنشورة تعبر عن رأي أصحابها": the site's
 * word on what readers (or columnists) publish. The article's text never goes on past it.
 */
export const isReadersDisclaimer = (b: Block) => b.words <= MAX_READERS_DISCLAIMER_WORDS && b.text.includes('تعبر') && READERS_DISCLAIMER.test(b.text);
// ("التعليقات تعبر عن رأي أصحابها …" too)
const READERS_DISCLAIMER = /(?:التعليقات|الآراء|الاراء|المقالات|المشاركات)\s+(?:(?:المنشورة|الواردة|المنشوره)[^.]{0,60}\sتعبر\s|تعبر\s+عن\s+(?:رأي|راي|آراء|اراء)\s+(?:أصحابها|اصحابها|كتابها|كتّابها))/;
const MAX_READERS_DISCLAIMER_WORDS = 30;
/** A box's header inside the text ("اقرأ أيضا", "شارك في استطلاع الموقع"): the text may go on after the box. */
export const isInlineBoxHeader = (b: Block, k: Knowledge) => hasKey(k.inlineBox, b.key) || (b.words <= 4 && startsWithAny(b.key, k.inlineBox));

/** A header the text sets over its own list, alone or naming its subject: "المكونات", "مقادير المقلوبة", "طريقة تحضير الكبسة". */
export const isListHeader = (b: Block, k: Knowledge) => hasKey(k.listHeader, b.key) || (b.words <= MAX_LIST_HEADER_WORDS && startsWithAny(b.key, k.listHeader));
const MAX_LIST_HEADER_WORDS = 4;

/** Does `key` start with a word-bounded entry of `set` longer than 5 characters? Looked up at each space of the key. */
function startsWithAny(key: string, set: Set<string>): boolean {
  const { lengths } = phraseSet(set);
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) if (i > 5 && lengths.has(i) && set.has(key.slice(0, i))) return true;
  return false;
}

/**
 * What lets most lookups in a set of folded phrases be skipped, worked out once per set: the lengths
 * of its entries (a key of no such length is not in it, and need not be hashed), and the hashes of
 * their letters (a key whose letters, digits and spaces aside, hash to none of them is no entry
 * with a count taken out). Knowledge sets are never changed once built.
 */
interface PhraseSet { lengths: Set<number>; maxLength: number; letterHashes: Set<number> }
const phraseSets = new WeakMap<Set<string>, PhraseSet>();
function phraseSet(set: Set<string>): PhraseSet {
  let ps = phraseSets.get(set);
  if (!ps) {
    const lengths = new Set([...set].map((e) => e.length));
    ps = { lengths, maxLength: Math.max(0, ...lengths), letterHashes: new Set([...set].map(letterHash)) };
    phraseSets.set(set, ps);
  }
  return ps;
}
export const hasKey = (set: Set<string>, key: string) => key.length <= phraseSet(set).maxLength && set.has(key);

/** A hash of the characters of a key but digits (ASCII, Arabic-Indic) and spaces. */
function letterHash(key: string): number {
  let h = 7;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32 || (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669)) continue;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

const SINGULAR_COMMENT = 'تعليق';
const SINGULAR_HASH = letterHash(SINGULAR_COMMENT);
const COUNT_IN_HEADER = /(\d+|[\u0660-\u0669]+)/;

/** "التعليقات", "التعليقات (5)", "5 تعليقات", "عدد التعليقات: 5" → the stated count (or null). */
export function commentHeader(b: Block, k: Knowledge): { count: number | null } | null {
  // "التعليقات (٦) — يعرض آخر ٣ تعليقات": the header, then a note on what is shown
  const dash = b.words <= MAX_NOTED_HEADER_WORDS ? b.text.search(DASH_TAIL) : -1;
  if (dash > 0) {
    const head = b.text.slice(0, dash);
    if (COUNTED_HEADER.test(head) || k.commentHeader.has(foldText(head))) return { count: countIn(head) };
  }
  // WordPress: "3 تعليقات على “العنوان”"
  if (b.words > 5) return b.words <= MAX_TITLE_WORDS + 3 && COMMENTS_ON.test(b.key) ? { count: countIn(b.text) ?? (ONE.test(b.key) ? 1 : null) } : null;
  // a form label ("تعليق *", "التعليق:"), not a section header ("تعليقان (2):", "تعليقات:", plural)
  if (/[*:：]\s*$/.test(b.text) && !HAS_DIGIT.test(b.text) && !PLURAL_HEADER.test(b.text)) return null;
  if (b.text.startsWith('(') && b.text.endsWith(')')) return null; // a teaser's counter ("(87 تعليق)")
  // "تعليقات المشجعين (3)", "الردود (2)": the section's word and a count in brackets, whatever the word between
  if (b.words <= 4 && /[)\]]$/.test(b.text) && COUNTED_HEADER.test(b.text)) return { count: countIn(b.text) };
  const h = letterHash(b.key);
  if (!phraseSet(k.commentHeader).letterHashes.has(h) && h !== SINGULAR_HASH) return null; // cheap: no regex, no string
  // keys have single spaces and no ends to trim: without digits, the key is already its count-less form
  const withoutCount = HAS_DIGIT.test(b.key) ? b.key.replace(/[\d\u0660-\u0669]+/g, ' ').replace(/\s+/g, ' ').trim() : b.key;
  // "2 تعليق": the singular names the section only beside its count (alone it is the form's label)
  if (!k.commentHeader.has(withoutCount) && !(withoutCount === SINGULAR_COMMENT && withoutCount !== b.key)) return null;
  return { count: countIn(b.text) };
}

const PLURAL_HEADER = /^(?:ال)?تعليقات(?:\s+(?:ال)?(?:قراء|زوار))?\s*[:：]$/;
const DASH_TAIL = /\s[—–-]\s/;
const MAX_NOTED_HEADER_WORDS = 10;
const COUNTED_HEADER = /^(?:ال)?(?:تعليقات|ردود|آراء|اراء|تقييم|تقييمات|نقاش|مناقشات|مناقشة)(?:\s+\S+){0,2}\s*[(\[]\s*[\d\u0660-\u0669]+\s*[)\]]$/;
// ("4 أفكار حول …", "6 أفكار بشأن …", "فكرة واحدة بشأن …": WordPress's Arabic "N thoughts on …")
const COMMENTS_ON = /^(?:[\d\u0660-\u0669]+ (?:تعليق|تعليقات|تعليقان|ردود|رد|افكار|فكره|اراء|راي)|(?:تعليق|رد|راي) واحد|فكره واحده) (?:علي|حول|بشان) /;

const ONE = /^\S+ واحده? /;

function countIn(text: string): number | null {
  const m = text.match(COUNT_IN_HEADER);
  return m ? Number(m[1].replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))) : null;
}

/** "00:00 / 02:37": a player's position over the clip's length. */
export const PLAYER_PROGRESS = /^[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}(?::[\d\u0660-\u0669]{2})?\s*\/\s*[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}(?::[\d\u0660-\u0669]{2})?$/;

/** "مسقط في 27 مارس /العُمانية/", "القاهرة 12 مايو (أ ش أ)": a wire story's dateline, alone on its line or opening the text. */
const WIRE_DATELINE = String.raw`^\S+(?:\s\S+)?\s+(?:في\s+)?[\d\u0660-\u0669]{1,2}\s+\S+(?:\s+[\d\u0660-\u0669]{4})?\s*(?:\/[^/]{2,25}\/|\([^()]{2,25}\))`;
export const WIRE_DATELINE_OPENING = new RegExp(WIRE_DATELINE);
export const WIRE_DATELINE_LINE = new RegExp(WIRE_DATELINE + '$');

/** Subheadings opening with the same word that make a series: "الخطوة الأولى: …", "الخطوة الثانية: …". */
export const MIN_SERIES_TITLES = 2;
const SERIES_WORD = /^[\u0621-\u064Aa-z]{3,}$/;
/** A title's first word as a series of subheadings shares it ("الخطوه"), or null when it is no word. */
export function seriesStem(b: Block): string | null {
  const w = b.key.split(' ', 1)[0];
  return SERIES_WORD.test(w) ? w : null;
}
