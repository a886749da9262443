// Reader comments: after the comments header, each comment is anchored by a time line ("·منذ 3 ساعات")
// or an author line ending with a dash ("سالم -"); the short line before the anchor is the commenter's
// name or title, and the text runs until the next comment's first line. Other layouts: the time in the
// like/reply row under the text (Facebook), no times at all (a name over each text), a name under the time.
import type { Block } from '../blocks.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Decision } from './types.ts';
import { findDates, WEEKDAY_NAMES } from '../../dates/index.ts';
import { AVATAR_ALT, ELLIPSIS_END, endsLikeSentence, FIELD_BAR, isChromePhrase, isNumberOnly, isProse, isReadersDisclaimer, looksLikeDomain, ROW_MARK, ROW_SEPARATOR } from './features.ts';
import { foldText, wordCount } from '../../lib/arabic.ts';

export interface ParsedComment { author: string | null; title: string | null; when: string | null; text: string }

const BULLET = /^[·•\-–—|]+\s*/;
const COPYRIGHT = /©|جميع الحقوق محفوظة|كل الحقوق محفوظة|all rights reserved/i;
/** COPYRIGHT needs "©", "محفوظة" or an "l": cheaper scans, first, of every comment. */
const mayBeCopyright = (t: string) => t.includes('محفوظة') || /[©lL]/.test(t);
// "منذ 3 ساعات", "قبل يومين"; a number needs its unit ("عضو منذ 2011" is a year, not an age)
// (the dual in both cases: "ساعتين", "ساعتان")
const AGE_UNIT = '(?:ثانية|ثوان|ثواني|دقيقة|دقائق|دقيقتين|دقيقتان|ساعة|ساعات|ساعتين|ساعتان|يوم|أيام|ايام|يومين|يومان|يوما|أسبوع|اسبوع|أسابيع|اسابيع|أسبوعين|اسبوعين|أسبوعان|اسبوعان|شهر|أشهر|اشهر|شهور|شهرين|شهران|شهرا|سنة|سنوات|سنتين|سنتان|عام|أعوام|اعوام|عامين|عامان|عاما)';
// (wpDiscuz's Arabic puts "منذ" last: "4 سنوات منذ", at the end of the line)
const RELATIVE_AGE_ANYWHERE = new RegExp(`(?:^|[\\s([])(?:(?:منذ|قبل)\\s+(?:[\\d\\u0660-\\u0669]+\\s*${AGE_UNIT}|${AGE_UNIT}|لحظات|ثوان)(?![\\u0621-\\u064A])|[\\d\\u0660-\\u0669]+\\s*${AGE_UNIT}\\s+منذ\\s*$)`);
// "سالم -", "سالم - 2015/09/17": a dash standing apart, never the one inside "alroya-news"
const AUTHOR_DASH = /^(.{1,40}?)\s+[-–—]\s*(.*)$|^(.{1,40}?)[-–—]$/;
/** "فلان قال:", "فلان says:", "فلان dit :": the widget's verb after the name. */
const SAYS = /\s+(?:قال|قالت|يقول|تقول|كتب|كتبت|says|said|wrote|dit|a\s+écrit)\s*(?::|\.\.\.|…)?\s*$/i;
/** "#3 محمد يقول:", "#1 | محمد", "1. محمد", "2) محمد": the comment's number before the name. */
/** "1.2 ": a reply's number under its comment's. */
const REPLY_NUMBER = String.raw`[\d\u0660-\u0669]{1,3}(?:\.[\d\u0660-\u0669]{1,3})+\.?\s+`;
const COMMENT_NUMBER = new RegExp(String.raw`^(?:#\s*[\d\u0660-\u0669]+\s*(?:\|\s*)?(?=\S)|[\d\u0660-\u0669]{1,3}\s*[.)\-–|]\s+|${REPLY_NUMBER}|[•·▪◦]\s*)`);
/** The commenter's name in a name line: "#3 سامي قال:", "↳ رد من: سامي" → "سامي". */
const nameOf = (line: string) =>
  line.replace(INDENT, '').replace(USER_STATS, '').replace(STARS_AFTER_NAME, '').replace(ROLE_BADGE, '').replace(VERIFIED, '').replace(FLAG, '').replace(COMMENT_NUMBER, '').replace(REPLY_MARK, '').replace(WROTE, '').replace(SAYS_BEFORE, '$1').replace(SAYS, '').replace(REPLY_TARGET, '').replace(LINKED_SITE, '').replace(BRACKETED, '$1') || line;
/** "└ نورة", ">> Amel": a reply's indent drawn before the name. */
const INDENT = /^(?:[└┗╰⤷↩]|>>|»)\s*/;
/** "مريم الرواحية (112 تعليقاً)": the commenter's count of comments after the name. */
const USER_STATS = /\s*\(\s*[\d\u0660-\u0669]+\s*(?:تعليق|تعليقات|تعليقا|تعليقاً|مشاركة|مشاركات|comments?)\s*\)$/;
/** A reader's rating on a line of its own: "★★★★☆", "★★★★★ (٥/٥)", "تقييم: ★★★☆☆". */
const STAR_RATING = /^(?:(?:ال)?تقييم(?:ي|ه)?\s*[:：]\s*)?[★☆⭐✩✰]\uFE0F?(?:\s*[★☆⭐✩✰]\uFE0F?)*(?:\s*\(?\s*[\d\u0660-\u0669]+(?:[.,٫][\d\u0660-\u0669]+)?\s*\/\s*[\d\u0660-\u0669]+\s*\)?)?$/u;
/** "أم سلطان ★★★★☆": the reader's rating after the name. */
const STARS_AFTER_NAME = /\s+[★☆⭐✩✰]\uFE0F?(?:\s*[★☆⭐✩✰]\uFE0F?)+(?:\s*\(?\s*[\d\u0660-\u0669]+\s*\/\s*[\d\u0660-\u0669]+\s*\)?)?$/u;
/** "عبدالله الكندي ⭐ كاتب الخبر": a badge after the name, with its role. */
const ROLE_BADGE = /\s*[⭐★✪]\uFE0F?(?:\s+[^\d\u0660-\u0669]{1,20})?$/u;
/** "↪ ميشال ح.": an arrow and a name. */
const ARROW_NAME = /^[↪↳⤷→]\s*\S/;
/** "| 12 👍", "· 3 ♥": a like counter after the name. */
const LIKES_AFTER_NAME = /\s*[|·•]\s*[\d\u0660-\u0669]+\s*(?:👍|❤️|❤|♥|💙|إعجاب|likes?)$/u;
/** A moderator's badge on a line of its own, after the name. */
const MOD_BADGE = /^(?:Mod|Moderator|Admin|مشرف|المشرف|مشرف الموقع)$/;
const LONE_BULLET = /^[•·]$/;
/** "🇸🇦 أبو نواف": the country the form asked for, as a flag before the name. */
const FLAG = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}\s*)+/u;
/** "عبدالله الشهري ✔": a verified account's badge after the name; "(غير متحقق)": a guest's mark. */
const VERIFIED = /\s*[✔✓☑✅]\uFE0F?\s*$|\s*\((?:غير متحقق منه|غير متحقق|لم يتم التحقق|غير مسجل|زائر|not verified)\)$/u;
/** "[ود الثورة]": forums print the name in brackets. */
const BRACKETED = /^\[([^\[\]]+)\]$/;
const REPLY_OPENING = /^(?:رد|ردا|رداً)\s+على\s/;
/** "يقول سلام عادل (ألمانيا):": WordPress's Arabic "NAME says:", the verb before the name. */
const SAYS_BEFORE = /^(?:يقول|تقول)\s+(.+?)\s*[:：]$/;
/** "كتب بو خالد": the widget's verb before the name. */
const WROTE = /^(?:[•·▪◦*]\s*)?(?:كتب|كتبت|علق|علقت)\s*:?\s+(?=\S)/;
/** "ليلى <https://…>", "ليلى (www.example.com)": the commenter's site after the name. */
const LINKED_SITE = /\s*[<(](?:https?:\/\/|www\.)[^>)]*[>)]\s*$/;
/** A reply's mark or a label before the name: "↳ رد من: فلان", "المعلق: فلان", "Posté par : Mourad". */
const REPLY_MARK = /^(?:[↳↪]\s*)?(?:(?:ال)?رد من|رد|(?:تعليق\s+)?بواسطة|الاسم|(?:اسم\s+)?المعلق|المعلّق|[Pp]ost[ée] par|[Pp]osted by)\s*:\s*|^[↳↪]\s*/;
/** "رامي → ليال", "رامي ردًا على ليال": the commenter, then whom the reply is to. */
const REPLY_TARGET = /\s*(?:[→⟶←⟵]|\s[>›]\s|\s(?:رد[اًّ]{0,2}|في الرد) على\s).*$/;
/** What may precede a comment's date and is not a name: "نشر في", "بتاريخ", "الأحد". */
const DATE_LABEL = new RegExp(`^(?:نشر|نُشر|بتاريخ|تاريخ|التاريخ|الوقت|التوقيت|أضيف|اضيف|أرسل|ارسل|في|يوم|الموافق|آخر|اخر|${WEEKDAY_NAMES.join('|')})(?:\\s|$)`);
const TRAILING_DATE_LABEL = /(?:^|\s*[|·•\-–—,،]\s*|\s+)(?:التاريخ|تاريخ التعليق|تاريخ النشر|الوقت|بتاريخ|في)\s*[:：]?$/;
/** An age as a like/reply row prints it, "منذ" optional: "8 سنوات", "ساعتين", "منذ 3 أيام". */
const BARE_AGE = new RegExp(`^(?:(?:منذ|قبل)\\s+)?(?:[\\d\\u0660-\\u0669]+\\s*)?${AGE_UNIT}$`);
/** The section's own notices and rows: "7 تعليقات", "12 / 3", "+5 / -1" and "لا(2) نعم(41)" votes, "ترتيب: الأحدث أولاً", "هل كان هذا (التعليق) مفيداً؟", "متوسط تقييم الزوار: 4.3", "عرض 3 من 27 تعليق", "التعليقات تخضع للمراجعة قبل النشر", "تم حذف هذا التعليق", "عرض التعليقات السابقة (2)", Facebook's "ترتيب حسب" / "الأكثر ملاءمة" ("Trier par" / "Les plus récents"), "من أشد المعجبين" and "عرض 1 رد آخر", "التعليقات مغلقة", "عدد الإعجابات: 14". */
const isCommentsNotice = (b: Block) => b.words <= MAX_NOTICE_WORDS && (COMMENTS_NOTICE.test(b.text) || isVoteRow(b.text));
/** "أوافق (12)" / "لا أوافق (3)", "34 إعجاب · 3 عدم إعجاب · رد", "أعجبني (31) لم يعجبني (2) | رد": a comment's vote buttons and their counts. */
const VOTE_COUNT = '\\(?\\s*[\\d\\u0660-\\u0669]+\\s*\\)?';
const VOTE_WORD = '(?:لم|لا)\\s+يعجبني|أعجبني|اعجبني|يعجبني|عدم\\s+(?:إعجاب|اعجاب)|إعجاب|اعجاب|(?:لا\\s+|غير\\s+)?(?:أوافق|اوافق|موافق)';
const VOTE_BUTTON = 'رد|إبلاغ|ابلاغ|تبليغ';
// (each vote word with its count before or after it, then perhaps the reply or report button, joined by bars or dots)
const VOTE_ROW = new RegExp(`^(?:${VOTE_COUNT}\\s*)?(?:${VOTE_WORD})(?:\\s*${VOTE_COUNT})?(?:\\s*[·|•-]?\\s*(?:(?:${VOTE_COUNT}\\s*)?(?:${VOTE_WORD})(?:\\s*${VOTE_COUNT})?|${VOTE_BUTTON}))*$`);
const isVoteRow = (t: string) => /[\d\u0660-\u0669]/.test(t) && VOTE_ROW.test(t);
const COMMENTS_NOTICE = /^[\d\u0660-\u0669]+\s+(?:تعليق|تعليقات|تعليقا|ردود|رد)$|^عدد\s+(?:التعليقات|الردود)\s*[:：]?\s*[\d\u0660-\u0669]+$|^(?:ترتيب|رتب|فرز)(?:\s+(?:حسب|بحسب))?\s*[:：]\s*\S+(?:\s\S+)?$|^(?:عرض|إظهار|اظهار|إخفاء|اخفاء|[Vv]iew|[Ss]how|[Hh]ide)\s+(?:[\d\u0660-\u0669]+\s+)?(?:ردود|الردود|ردين|رد|الرد|replies|reply)$|^(?:عرض|تحميل)\s+[\d\u0660-\u0669]+\s+من\s+(?:الردود|التعليقات)(?:\s+(?:الإضافية|الاضافية|الأخرى|الاخرى))?$|^(?:قال|قالت|يقول|تقول|says|said|dit)\s*:?$|^\+?[\d\u0660-\u0669]+\s*\/\s*[-−]?[\d\u0660-\u0669]+$|^(?:نعم|لا)\s*\(\s*[\d\u0660-\u0669]+\s*\)\s*(?:نعم|لا)\s*\(\s*[\d\u0660-\u0669]+\s*\)$|^هل\s+(?:كان|وجدت)\s+هذا\s+(?:(?:التعليق|الرد|الرأي|الراي|التقييم)\s+)?مفيد|^متوسط\s+(?:ال)?تقييم|^عرض\s+(?:التعليقات\s+)?[\d\u0660-\u0669]+(?:\s*[-–]\s*[\d\u0660-\u0669]+)?\s+من\s+[\d\u0660-\u0669]+|^[«‹<]?\s*(?:السابق|السابقة)\s.*(?:التالي|التالية)\s*[»›>]?$|بانتظار\s+(?:المراجعة|الموافقة)|التعليقات\s.*(?:النشر|المراجعة|مراجعة|آداب|اداب|تخضع)|(?:تم|جرى)\s+(?:حذف|تعديل|إخفاء|اخفاء)\s+(?:هذا\s+)?التعليق|^This comment (?:was|has been) (?:deleted|removed)|(?:قواعد|شروط|آداب|اداب|ضوابط)\s+(?:النشر|التعليق|الحوار)|بعد\s+موافقة\s+(?:الإدارة|الادارة|المشرف|المحرر|هيئة\s+التحرير)|(?:سيتم|يتم)\s+حذف\s+(?:أي|اي|كل)\s+تعليق|(?:يرجى|يُرجى|نرجو)\s+الالتزام\s+(?:بأدب|بآداب|باداب|بادب)|^(?:يرجى|يُرجى)\s+كتابة\s+التعليقات|^(?:[Tt]rier par|[Ss]ort by)(?:\s+\S+){0,3}$|^(?:ترتيب|رتب|فرز)\s+(?:حسب|بحسب)$|^(?:الأكثر|الاكثر)\s+(?:ملاءمة|ملائمة|صلة)$|^(?:من\s+)?(?:أشد|اشد)\s+المعجبين$|^[Tt]op fan$|^(?:عرض|إظهار|اظهار)\s+[\d\u0660-\u0669]+\s+(?:رد|ردود|تعليق)\s+(?:آخر|اخر|أخرى|اخرى)$|^(?:عرض|إظهار|اظهار)\s+رد\u0651?\s+واحد$|^(?:Afficher|Voir|View|Show)\s+(?:[\d]+|une?|one)\s+(?:autres?\s+)?(?:réponses?|more\s+repl(?:y|ies)|repl(?:y|ies))$|^(?:(?:Les\s+)?[Pp]lus\s+(?:récents|anciens|pertinents)|Most relevant|Newest|Oldest)$|^(?:عدد\s+)?(?:الإعجابات|الاعجابات|إعجاب|اعجاب|أعجبني|اعجبني)\s*[:：]?\s*\(?[\d\u0660-\u0669]+\)?$|التعليقات\s+مغلقة|^(?:تم\s+)?(?:إغلاق|اغلاق)\s+التعليقات|(?:أغلق|اغلق|أُغلق|تم\s+إغلاق|تم\s+اغلاق)\s+باب\s+(?:التعليق|التعليقات)|^[Cc]omments are closed|^(?:عرض|تحميل|إظهار|اظهار)\s+(?:المزيد\s+من\s+)?(?:التعليقات|الردود|تعليقات|ردود)(?:\s+(?:السابقة|الأقدم|الاقدم|الأخرى|الاخرى|سابقة|أقدم|اقدم|أخرى|اخرى))?(?:\s*\(\s*[\d\u0660-\u0669]+\s*\))?$/;
const MAX_NOTICE_WORDS = 40;
const MAX_RATING_WORDS = 8;
/** "اقتباس من تعليق فلان:", "اقتباس من المقال:", "Quote:": a quotation follows, in «» or quotes. */
const QUOTE_LABEL = /^(?:اقتباس|إقتباس|مقتبس|quote)(?:\s+(?:من|عن)\s+.{1,40})?\s*[:：]$/i;
const QUOTATION = /^[«"“].*[»"”]\.?$/;
/** "أعجبني · رد · ٣ س · تم التعديل": a like/reply row's words. */
const MAX_ROW_WORDS = 10;
/** Words a row's date may add past MAX_ROW_WORDS (day, month, year, "الساعة", hour, م). */
const MAX_ROW_DATE_WORDS = 6;
/** " · " between a commenter's name and the profile the plugin prints after it. */
const PROFILE_AFTER_NAME = /\s+·\s+/;
/** A like count between a row's labels. */
const LIKE_COUNT = /^[\d\u0660-\u0669]{1,5}$/;
const COUNT_AFTER_LABEL = /\s*[(]?[\d\u0660-\u0669]{1,5}[)]?$/;
const MIN_ROW_TEXT_WORDS = 6;
/** Disqus and other English or French widgets: "5 hours ago", "a day ago", "yesterday", "il y a 2 ans", "il y a 45 min". */
const LATIN_AGE = /(?:^|\s)(?:(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|il y a\s+(?:\d+|une?|quelques)\s+(?:seconde|minute|min|heure|jour|semaine|mois|an|année)s?|yesterday|hier)(?=(?:\s*[•·]\s*(?:edited|modifié))?$)/i;
/** A like/reply row's short age, as Facebook's plugin prints it: "٥ س" (hours), "2 ي" (days), "3 د", "1 أ"; French "2 j", "3 h", "1 sem"; English "2d", "1w". */
const SHORT_AGE = /^[\d\u0660-\u0669]{1,2}\s?(?:ث|د|س|ي|أ|ش|[jhdwy]|min|sem)$/i;
/** "08.10.2017": a comment's date, not a counter. */
const NUMERIC_DATE = /^[\d\u0660-\u0669]{1,4}[./-][\d\u0660-\u0669]{1,2}[./-][\d\u0660-\u0669]{2,4}$/;
/** "#3": the comment's number on a line of its own. */
const POST_NUMBER = /^#\s*[\d\u0660-\u0669]{1,4}$|^(?:ال)?تعليق\s+(?:رقم\s*)?[(#]?\s*[\d\u0660-\u0669]{1,4}\s*\)?$/;
/** "→ فلان": whom a reply answers, on a line of its own. */
// ("↳ رد من الموقع" over the site's reply, "رداً على: أبو مجد" over a reader's: labels, not text)
const REPLY_TO = /^[→⟶]\s*\S|^[↳↪]?\s*رد\s+من\s+(?:الموقع|إدارة الموقع|ادارة الموقع|الإدارة|الادارة|المحرر|التحرير)$|^(?:رد[اًّ]{0,2}|في الرد)\s+على\s*[:：]\s*\S|^(?:رد[اًّ]{0,2}|في الرد)\s+على\s+(?:ال)?تعليق\s+(?:رقم\s*)?#?[\d\u0660-\u0669]+$|^(?:رد[اًّ]{0,2})\s+على\s+[^\s.،,:!؟?]+(?:\s+[^\s.،,:!؟?]+){0,2}$|^(?:En\s+réponse\s+à|In\s+reply\s+to|Replying\s+to)\s+\S.{0,40}$/i;
/** A guest's masked address: "IP: 134.35.xx.xx". */
const MASKED_IP = /^IP\s*[:：]?\s*[\dx*]{1,3}(?:\.[\dx*]{1,3}){3}$/i;
/** A commenter's e-mail as the page masks it: "h****r@gmail.com". */
const MASKED_EMAIL = /^[\w.-]*\*+[\w.*-]*@[\w.-]+\.[a-z]{2,}$/i;
const nameWords = (head: string) => wordCount(nameOf(head).replace(/\s[-–—]\s/g, ' '));
/** "wahrantoday" twice: the site's logo and its alt text (a commenter's lowercase handle is printed once). */
const SITE_TOKEN = /^[a-z]{5,}$/;
const isLogoToken = (blocks: Block[], i: number) =>
  SITE_TOKEN.test(blocks[i].text) && (blocks[i - 1]?.text === blocks[i].text || blocks[i + 1]?.text === blocks[i].text);
/** "م" / "محمد الحوشبي": an avatar drawn as the commenter's initial, over the name. */
const isAvatarInitial = (blocks: Block[], i: number, to: number) =>
  blocks[i].text.length === 1 && i + 1 < to && blocks[i + 1].text.toLowerCase().startsWith(blocks[i].text.toLowerCase());
/** "تعليق بواسطة :": the words a name's label adds. */
const MAX_NAME_LABEL_WORDS = 3;
/** A commenter's name is short; a longer head before a time is a sentence. */
const MAX_NAME_WORDS = 5;
/** Meta lines (name, title) are short; longer lines are comment text. */
const MAX_META_WORDS = 12;
/** Unlabelled meta lines above a comment's time: a title and a name at most. Labelled fields may be more. */
const MAX_BARE_META = 2;
const MAX_FIELDS = 4;

/** A labelled field over a comment: "عنوان التعليق: …", "الاسم: …", or another ("الدولة: …": neither name nor title). */
type Field = { kind: 'title' | 'name' | 'other'; value: string };
const FIELD = /^(عنوان التعليق|عنوان|العنوان|الاسم|الإسم|اسم المعلق|المعلق|الكاتب|تعليق بواسطة|بواسطة|المرسل|الدولة|البلد|المدينة)\s*[:：]\s*(\S.*)$/;
const FIELD_KIND: Record<string, Field['kind']> = {
  'عنوان التعليق': 'title', 'عنوان': 'title', 'العنوان': 'title', 'الاسم': 'name', 'الإسم': 'name', 'اسم المعلق': 'name', 'المعلق': 'name', 'الكاتب': 'name', 'تعليق بواسطة': 'name', 'بواسطة': 'name', 'المرسل': 'name',
  'الدولة': 'other', 'البلد': 'other', 'المدينة': 'other',
};
/** How a labelled field is decided, wherever the layout puts it. */
const NAME_FIELD: Decision = { label: 'comment-author', rule: 'comment/name-field', reason: 'a labelled name field' };
const TITLE_FIELD: Decision = { label: 'comment-title', rule: 'comment/title-field', reason: 'a labelled title field' };
const OTHER_FIELD_DECISION: Decision = { label: 'chrome', rule: 'chrome/comment-field', reason: 'a labelled field of the comment that is neither its name nor its title' };
/** Any other short "label: value" over a comment ("يشجع: الزوراء"): a field, neither name nor title. */
const OTHER_FIELD = /^\S+(?:\s\S+)?\s*[:：]\s*\S+(?:\s\S+){0,2}$/;
function fieldOf(b: Block): Field | null {
  if (b.words > MAX_META_WORDS || !(b.text.includes(':') || b.text.includes('：'))) return null;
  const m = FIELD.exec(b.text);
  if (m) return { kind: FIELD_KIND[m[1]], value: m[2].trim() };
  return OTHER_FIELD.test(b.text) ? { kind: 'other', value: '' } : null;
}

/** What \s matches: the JS whitespace and line terminators. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `t.split(/\s+/).length > n` for a trimmed `t`, counting space runs only as far as it takes (comments are long). */
function moreWordsThan(t: string, n: number): boolean {
  let words = 1;
  for (let i = 0, inSpace = false; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (space && !inSpace && ++words > n) return true;
    inSpace = space;
  }
  return false;
}

/**
 * The age or date in a like/reply row under a comment ("أعجبني · رد · 8 سنوات"): every other part of
 * the row is a widget label. Null for any other line ("أحمد · منذ ساعتين" is a name and a time).
 */
function rowTime(b: Block, k: Knowledge): string | null {
  // (a full date with its hour makes a longer row: "رد · أعجبني · 12 · 14 يونيو، 2013 الساعة 11:05 م")
  if (b.words > MAX_ROW_WORDS + MAX_ROW_DATE_WORDS || !ROW_MARK.test(b.text)) return null;
  let when: string | null = null;
  let labels = 0;
  for (const part of b.text.split(ROW_SEPARATOR)) {
    if (!part) continue;
    if (when === null && (BARE_AGE.test(part) || SHORT_AGE.test(part) || (/[\d\u0660-\u0669]/.test(part) && findDates(part).length > 0))) when = part;
    // ("إعجاب 21", "أعجبني (3)": a label with its count)
    else if (k.chromeLine.has(foldText(part.replace(COUNT_AFTER_LABEL, '')))) labels++;
    else if (!LIKE_COUNT.test(part)) return null;
  }
  return labels > 0 && (b.words <= MAX_ROW_WORDS || (when !== null && !BARE_AGE.test(when))) ? when : null;
}

/**
 * Like/reply rows holding the time of the comment *above* them (index → time): rows that mostly follow
 * a comment's text rather than precede it. Rows over the text are the time anchors read below.
 */
function trailingRowTimes(blocks: Block[], from: number, to: number, k: Knowledge): Map<number, string> {
  const rows = new Map<number, string>();
  let trailing = 0;
  let leading = 0;
  for (let i = from; i < to; i++) {
    const when = rowTime(blocks[i], k);
    if (when === null) continue;
    rows.set(i, when);
    const before = blocks[i - 1], after = blocks[i + 1];
    // (a comment may be one unpunctuated sentence: text enough, above the row; between two short lines,
    // "شكرا" / row / "Rana", a row tells nothing)
    if (i + 1 < to && isProse(after)) leading++;
    else if (i > from && (isProse(before) || before.words >= MIN_ROW_TEXT_WORDS)) trailing++;
  }
  return trailing > leading ? rows : new Map();
}

/** The name after an age and a dash: "منذ 5 ساعات - أبو يوسف - المنشية" ("منذ ساعتين · رد" is a widget row). */
const NAME_AFTER_AGE = /^\s*[-–—]\s*([^\d\u0660-\u0669.!؟?،,]{2,60})$/;
/** "+1 #1 ", "0 #2 ": a comment's vote count and number before its name. */
const VOTE_AND_NUMBER = /^(?:[+-]?[\d\u0660-\u0669]+\s+)?#\s*[\d\u0660-\u0669]+\s+/;
/** Drupal's "Submitted by فلان on Wed, 03/09/2016 - 14:02": the words around the name. */
/** "Posted by", "بواسطة": the label before a comment's name. */
const NAME_LABEL = /^(?:(?:submitted|posted|written)\s+by|(?:(?:أرسل|أرسلت|ارسل|ارسلت)\s+)?بواسطة\s*:?)\s+/i;
const ON_WEEKDAY = /\s+on(?:\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?\s*$/i;
/** "… في ثلاثاء, 14/06/2016": the date's weekday, with or without its article, before the date. */
const TRAILING_WEEKDAY = new RegExp(`(?:^|\\s+)(?:ال)?(?:${[...new Set(WEEKDAY_NAMES.map((w) => w.replace(/^ال/, '')))].join('|')})\\s*[,،]?\\s*$`);
/** Comments each closed by its time: how they are signed, their times, and the lines above each time. */
interface ClosedComments { kind: 'signed' | 'named' | 'signed-line' | 'dash-signed'; groups: number[][]; segments: number[][] }
/** "— ود كسلا من السعودية": a name signing the comment above it. */
const DASH_SIGNATURE = /^[—–]\s*([^\d\u0660-\u0669]{2,50})$/;
/** "1 - ساهر للجباية فقط": a comment's number and its title. */
const NUMBERED_TITLE = /^[\d\u0660-\u0669]{1,3}\s*[-–.)]\s+\S/;
/** "التعليق رقم 1 | ", "(1) ", "2) ": the comment's label and number before its name. */
const NUMBERED_LABEL = new RegExp(String.raw`^(?:(?:التعليق|تعليق|الرد|رد)\s*(?:رقم\s*)?[\d\u0660-\u0669]+\s*[|:：\-–]?\s*|\(\s*[\d\u0660-\u0669]{1,3}\s*\)\s*|[\d\u0660-\u0669]{1,3}\s*[).]\s+|${REPLY_NUMBER})`);
const LEADING_DATE_LABEL = /^(?:التاريخ|تاريخ التعليق|تاريخ النشر|الوقت|بتاريخ)\s*[:：]\s*/;
/** "التعليق: …": a labelled form's label before the comment's text. */
const TEXT_LABEL = /^(?:التعليق|نص التعليق|الرد|نص الرد)\s*[:：]\s*/;
const NAME_AND_CLOCK = /^([^()]*\p{L}[^()]*?)\s*\(\s*([\d\u0660-\u0669]{1,2}[:：][\d\u0660-\u0669]{2}(?:\s*(?:ص|م|am|pm))?)\s*\)$/iu;
const NAME_AFTER_DASH = /^[-–—]\s*(\S.*)$/;
const PLACE_AFTER_NAME = /^[،,]/;
/** "نشرت بواسطة فلان" after a comment's date. */
const POSTED_BY = /^(?:(?:نشرت?|نشر|أضيفت?|اضيفت?)\s+)?بواسطة\s*[:：]?\s*([^\d\u0660-\u0669]{2,40})$/;
/** "قال:", "يقول:" closing a comment's header line after its date. */
const SAYS_AFTER_DATE = /^(?:قال|قالت|يقول|تقول|كتب|كتبت|says|said)\s*[:：]?$/i;

/** Characters BULLET may start with: other lines need no regex run. */
const BULLET_START = new Set('·•-–—|');

/** "الأحد 12 رجب 1438هـ - 09 أبريل 2017م - 01:15 م": both calendars and the time, with a name before them. */
const MAX_TIME_LINE_WORDS = 14;
/** "من المغرب", "من طنجة": a commenter's place under the name. */
const FROM_PLACE = /^من\s+[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?$/;
/** "السعودية": the country a comment form asks for, on its own line between the name and the time. */
const COUNTRY = /^(?:السعودية|الإمارات|الامارات|مصر|المغرب|الجزائر|تونس|ليبيا|السودان|العراق|سوريا|سورية|لبنان|الأردن|الاردن|فلسطين|الكويت|قطر|البحرين|عمان|عُمان|سلطنة عمان|اليمن|موريتانيا|الصومال|جيبوتي|جزر القمر|تركيا|فرنسا|ألمانيا|المانيا|بريطانيا|أمريكا|امريكا|الولايات المتحدة|كندا|السويد|هولندا|بلجيكا|إسبانيا|اسبانيا|إيطاليا|ايطاليا)$/;
const LEADING_ICON = /^\p{Extended_Pictographic}\uFE0F?\s*/u;
const DIGIT_RUN = /[\d\u0660-\u0669]+/g;

/** The time of a comment line, and the name written before it on the same line ("أحمد منذ ساعتين"). */
function timeOf(b: Block): { when: string; author: string | null } | null {
  // ("🕒 12/01/2022 08:41 م": a clock icon before the time, no name)
  const t = (BULLET_START.has(b.text[0]) ? b.text.replace(BULLET, '').trim() : b.text.trim()).replace(LEADING_ICON, '');
  if (!t || moreWordsThan(t, MAX_TIME_LINE_WORDS)) return null;
  // (past ten words only both calendars and the hour make a time line: three numbers at least)
  if (moreWordsThan(t, 10) && (t.match(DIGIT_RUN)?.length ?? 0) < 3) return null;
  // ("نحن ننتظر منذ سنوات." is a sentence: a time line does not end like one)
  const sentence = /[.!؟?]$/.test(t);
  const arabicAge = sentence ? null : t.match(RELATIVE_AGE_ANYWHERE);
  const age = arabicAge ?? (sentence ? null : t.match(LATIN_AGE));
  if (age) {
    // ("حيدر المالكي (منذ 3 ساعات)": the age in brackets after the name)
    // ("Sami Ben Ali | 12 👍 | منذ 3 أيام": the likes between the name and the age are the widget's)
    const head = t.slice(0, age.index).replace(/[\s|·•\-–—,،([]+$/, '').replace(LIKES_AFTER_NAME, '').trim();
    const when = t.slice(age.index).trim().replace(/^[([]\s*|\s*[)\]]$/g, '');
    // "منذ 5 ساعات - أبو يوسف - المنشية": the age first, then the name after a separator
    if (!head && age.index === 0 && arabicAge) {
      const m = t.slice(age[0].length).match(NAME_AFTER_AGE);
      if (m && m[1].split(/\s+/).length <= MAX_NAME_WORDS) return { when: age[0].trim(), author: m[1] };
    }
    return head.split(/\s+/).length <= MAX_NAME_WORDS ? { when, author: head || null } : null;
  }
  // "سفيان (11:02)": a name and the hour in brackets
  const clock = t.endsWith(')') ? t.match(NAME_AND_CLOCK) : null;
  if (clock && clock[1].split(/\s+/).length <= MAX_NAME_WORDS) return { when: clock[2], author: clock[1] };
  // "رأي اليوم", "أخبار اليوم": a day word alone is a name, not a comment's time
  if (!/[\d\u0660-\u0669]/.test(t) && !/^(?:أمس|امس|الآن|الان|البارحة)/.test(t)) return null;
  const ds = findDates(t);
  if (!ds.length) return null;
  // "أحمد 05 أكتوبر 2022", "عادل السويسي 14/03/2016 - 12:40 م": a short name, then the date closing the line
  const last = ds[ds.length - 1];
  // ("الاسم: سالم | التاريخ: 15/04/2010": the date's own label is not part of the name)
  // ("+1 #1 سالم المغربي 2012-07-09 16:22": a vote count and the comment's number before it)
  const head = t.slice(0, ds[0].index).replace(VOTE_AND_NUMBER, '').replace(NUMBERED_LABEL, '').replace(NAME_LABEL, '').replace(ON_WEEKDAY, '').replace(TRAILING_WEEKDAY, '').replace(/[\s|·•\-–—,،:]+$/, '').replace(TRAILING_DATE_LABEL, '').replace(VERIFIED, '').trim();
  const after = t.slice(last.index + last.text.length).trim();
  // "… DATE نشرت بواسطة أبو محمد": the name after the date, behind its label
  const by = after.match(POSTED_BY);
  if (by && by[1].split(/\s+/).length <= MAX_NAME_WORDS) return { when: t.slice(ds[0].index, last.index + last.text.length).trim(), author: by[1] };
  // "أبو علي في 3 يونيو، 2013 الساعة 5:12 م قال:": the verb closing the line after the date
  // "12/03/2015 - ولد مرتيل": the date opens the line, the name follows a dash
  const dashed = !head && ds[0].index === 0 ? after.match(NAME_AFTER_DASH) : null;
  if (dashed && nameWords(dashed[1]) <= MAX_NAME_WORDS && !/[\d\u0660-\u0669]/.test(dashed[1])) return { when: t.slice(0, last.index + last.text.length).trim(), author: dashed[1] };
  const closes = last.index + last.text.length >= t.length - 1 || SAYS_AFTER_DATE.test(after);
  // ("بواسطة: محمود عبد الغني - المنصورة في …": the label and the dash are not words of the name)
  // ("، «مصر»، date": a comma opens the rest of the name line above, the commenter's country)
  // (a user name may hold digits: "Nadia_31 | 12/07/2022 10:41")
  // ("أبو علي | العراق | date", "سعد | الموصل - نازح في أربيل | date": the name, then the commenter's place as a field of its own)
  const name = head.split(FIELD_BAR)[0];
  // ("متى ينتهي الاتفاق؟ 17 يوليو؟", "نعم، تنتهي المدة في 17 يوليو 2023.": a reader's sentence with a date in it, no name)
  if (closes && head && !PLACE_AFTER_NAME.test(head) && nameWords(name) <= MAX_NAME_WORDS && !/[؟?!]/.test(name) && !(sentence && /[،,]/.test(name)) && (!/[\d\u0660-\u0669]/.test(head) || HANDLE.test(head.replace(/\s*[|·•]$/, ''))) && !DATE_LABEL.test(head)) {
    return { when: t.slice(ds[0].index, last.index + last.text.length).trim().replace(/\s*[:：]$/, ''), author: name };
  }
  if (closes && head && PLACE_AFTER_NAME.test(head)) return { when: t.slice(ds[0].index, last.index + last.text.length).trim(), author: null };
  const covered = ds.reduce((n, d) => n + d.text.length, 0);
  // ("التاريخ: 05/12/2010 13:02": the date without its label)
  if (covered >= t.replace(/\s+/g, '').length * 0.5) return { when: t.replace(LEADING_DATE_LABEL, ''), author: null };
  return null;
}

function authorDash(b: Block): { author: string; rest: string } | null {
  // "2) مهندس مياه": the comment's number, then the name
  // ("3) تعليق بواسطة : م. احمد العبادي": the label's words are not the name's)
  if (b.words <= MAX_NAME_WORDS + MAX_NAME_LABEL_WORDS && NUMBERED_NAME.test(b.text) && !endsLikeSentence(b) && nameWords(b.text) <= MAX_NAME_WORDS) {
    const name = b.text.replace(COMMENT_NUMBER, '');
    if (!/[\d\u0660-\u0669-–—]/.test(name)) return { author: nameOf(name), rest: '' };
  }
  if (b.words > 6 || !/[-–—]/.test(b.text) || isProse(b)) return null;
  const m = b.text.match(AUTHOR_DASH);
  const name = (m?.[1] ?? m?.[3] ?? '').trim();
  const rest = (m?.[2] ?? '').trim();
  if (!name) return null;
  // "3 - مواطن": the comment's number, then the name
  if (/^[\d\u0660-\u0669]+$/.test(name)) return rest ? { author: rest, rest: '' } : null;
  // "أبو سامر - طرابلس": what follows the dash is the commenter's town, part of the signature, unless a time
  if (rest && !/[\d\u0660-\u0669]/.test(rest) && !RELATIVE_AGE_ANYWHERE.test(rest) && !BARE_AGE.test(rest)) return { author: nameOf(b.text), rest: '' };
  return { author: nameOf(name), rest };
}

export function parseComments(blocks: Block[], from: number, to: number, k: Knowledge, decide: (i: number, d: Decision) => void): ParsedComment[] {
  const items: number[] = [];
  /** items that follow a form, disclaimer or counter: a comment's text never runs across one */
  const afterWidget = new Set<number>();
  let widget = false;
  let quoting = false;
  /** items right under a comment's number on its own line ("1", "#2") */
  const numbered = new Set<number>();
  let numberedNext = false;
  let afterBadge = false;
  const rowTimes = trailingRowTimes(blocks, from, to, k);
  /** names seen right above a comment's time: its authors so far */
  const authorsAbove = new Set<string>();
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    // a quoted reply's box: "اقتباس من تعليق فلان:" and the quotation under it
    const quote = b.words <= MAX_META_WORDS && QUOTE_LABEL.test(b.text);
    if (quote || (quoting && QUOTATION.test(b.text))) {
      decide(i, { label: 'chrome', rule: 'chrome/quoted-reply', reason: 'the quotation a reply opens with' });
      quoting = quote;
      continue;
    }
    quoting = false;
    // (a reader's stars, wherever the layout puts them among name, date and text, part nothing)
    if (b.words <= MAX_RATING_WORDS && STAR_RATING.test(b.text)) {
      decide(i, { label: 'chrome', rule: 'chrome/comment-rating', reason: 'a reader\'s star rating' });
      continue;
    }
    // the page footer (its copyright line, the site's domain): what follows is the site's, not readers'
    if ((mayBeCopyright(b.text) && COPYRIGHT.test(b.text)) || looksLikeDomain(b)) break;
    // (an avatar's alt text, "صورة فلان", is a widget too)
    // (a comment's number on a line of its own, "1" or "#2", opens the comment under it)
    const postNumber = (isNumberOnly(b) && !NUMERIC_DATE.test(b.text)) || POST_NUMBER.test(b.text);
    // "صدى الشمال / Mod / ابن الزاهرية / • / 2 years ago": the badge, then the name the reply answers
    const badge = MOD_BADGE.test(b.text);
    // ("Rana Y." / "↪ ميشال ح." / time: an arrow under the name points at the comment answered)
    const target = afterBadge ? isNameLine(b) || isBareName(nameOf(b.text)) :
      i > from && b.words <= MAX_NAME_WORDS && ARROW_NAME.test(b.text) && isBareName(nameOf(blocks[i - 1].text)) && !isChromePhrase(blocks[i - 1], k);
    // ("عبد الله المصري" / "Karim Benali" / time: a reply names under its author the reader it answers, who signed above)
    // (up to three tests below ask for the time of the line under this one: read it once)
    let below: ReturnType<typeof timeOf> | undefined;
    const timeBelow = () => (below === undefined ? (below = i + 1 < to ? timeOf(blocks[i + 1]) : null) : below);
    const overTime = b.words <= MAX_NAME_WORDS && isBareName(nameOf(b.text)) && timeBelow() !== null;
    const echoed = overTime && i > from && !widget && authorsAbove.has(b.key) && isBareName(nameOf(blocks[i - 1].text)) && !authorsAbove.has(blocks[i - 1].key);
    if (overTime && !echoed) authorsAbove.add(b.key);
    const replyTarget = echoed || (target && i + 1 < to && (LONE_BULLET.test(blocks[i + 1].text) || timeBelow() !== null));
    afterBadge = badge;
    // ("1 - مواطن غيور" / "من المغرب" / time: where the commenter writes from, between the name and the time)
    const place = i > from && (FROM_PLACE.test(b.text) || COUNTRY.test(b.text)) && timeBelow() !== null;
    // ("رد على الأخ فلان: صحيح، لكن …": a reply's own words, opening as the button does)
    const replyWords = b.words > MAX_META_WORDS && REPLY_OPENING.test(b.text) && isProse(b);
    if (badge || replyTarget || place || rowTimes.has(i) || (isChromePhrase(b, k) && !replyWords) || isLogoToken(blocks, i) || isAvatarInitial(blocks, i, to) || isReadersDisclaimer(b) || postNumber || isCommentsNotice(b) || (b.words <= 5 && (AVATAR_ALT.test(b.text) || MASKED_IP.test(b.text) || MASKED_EMAIL.test(b.text) || REPLY_TO.test(b.text)))) {
      decide(i, { label: 'chrome', rule: 'chrome/comment-widget', reason: 'form, disclaimer, counter or like/reply row in the comments area' });
      widget = true;
      numberedNext = postNumber;
    } else {
      items.push(i);
      if (widget) afterWidget.add(i);
      if (numberedNext) numbered.add(i);
      widget = false;
      numberedNext = false;
    }
  }
  // each item's time is read once (the date reader is the costly part) and used again below
  const times = new Map<number, ReturnType<typeof timeOf>>();
  const timeAt = (i: number) => {
    if (!times.has(i)) times.set(i, timeOf(blocks[i]));
    return times.get(i)!;
  };
  // "1 - ساهر للجباية فقط" / "أبو نواف" / time: a numbered title over the name line over the time
  const numberedTitles = new Set<number>();
  const namesUnderTitles = new Set<number>();
  for (let p = 0; p + 2 < items.length; p++) {
    const [a, m, t] = [items[p], items[p + 1], items[p + 2]];
    if (NUMBERED_TITLE.test(blocks[a].text) && isSignatureName(blocks[m]) && !authorDash(blocks[m]) && timeAt(t) && !timeAt(t)!.author) {
      numberedTitles.add(a);
      namesUnderTitles.add(m);
    }
  }
  const fielded = fieldedComments(blocks, items, timeAt, afterWidget, decide) ?? saidComments(blocks, items, timeAt, decide);
  if (fielded) return fielded;
  const anchorKind = (i: number) => (numberedTitles.has(i) ? null : namesUnderTitles.has(i) ? 'author' : timeAt(i) ? 'time' : authorDash(blocks[i]) ? 'author' : null);
  const anchors = items.filter((i) => anchorKind(i) !== null);
  if (!anchors.length && rowTimes.size) return commentsAboveRows(blocks, items, rowTimes, decide);
  // (names over texts, no times: a "فلان - حلحول" name is an anchor too, but no comment has a time)
  if ((!anchors.length || !anchors.some((i) => timeAt(i))) && namesAndTexts(blocks, items)) return pairedComments(blocks, items, decide);
  if (!anchors.length && numbered.size >= 2 && numbered.has(items[0])) return numberedComments(blocks, items, numbered, afterWidget, decide);
  if (!anchors.length) {
    // no structure: every prose block is an anonymous comment, or, when each opens with a name and a
    // colon ("سالم المنصوري: خطوة ممتازة …"), that commenter's
    const texts = items.filter((i) => isProse(blocks[i]));
    const signed = texts.length >= 2 ? texts.map((i) => signedLine(blocks[i])) : [];
    const named = signed.length > 0 && signed.every((m) => m !== null);
    return texts.map((i, n) => {
      decide(i, { label: 'comment-text', rule: named ? 'comment/name-colon-text' : 'comment/unstructured-text', reason: named ? 'a comment opening with its author\'s name and a colon' : 'prose in the comments area' });
      return named ? { ...signed[n]!, title: null, when: null } : { author: null, title: null, when: null, text: blocks[i].text };
    });
  }
  const posOf = new Map<number, number>();
  items.forEach((i, p) => posOf.set(i, p));
  const pos = (i: number) => posOf.get(i)!;
  const framed = framedComments(blocks, items, anchors, pos, anchorKind, timeAt, afterWidget, decide);
  if (framed) return framed;
  // group consecutive anchors (author line then time line) into one
  const groups: number[][] = [];
  for (const i of anchors) {
    const last = groups[groups.length - 1];
    if (last && pos(last[last.length - 1]) === pos(i) - 1) last.push(i);
    else groups.push([i]);
  }
  const firstPos = pos(groups[0][0]);
  const closed = closedByTimes(blocks, items, groups, pos, timeAt, afterWidget);
  if (closed) return textsAboveTimes(blocks, closed, timeAt, decide);
  // name and title lines right above the first comment's anchor; a widget (sort menu, login) ends them
  // (a run of labelled fields may be longer: "عنوان التعليق: …" / "الاسم: …" / "الدولة: …")
  let metaCount = 0;
  let fields = true;
  for (let p = firstPos - 1; p >= 0 && blocks[items[p]].words <= MAX_META_WORDS; p--) {
    fields &&= fieldOf(blocks[items[p]]) !== null;
    if (metaCount >= (fields ? MAX_FIELDS : MAX_BARE_META)) break;
    metaCount++;
    if (afterWidget.has(items[p])) break;
  }

  // A comment whose anchor is its author line ("فلان - طرابلس") has no name slot above it, even where the
  // first comment's name sat above its time: its meta lines are one fewer.
  const hasAuthor = (g: number[]) => g.some((i) => !timeAt(i));
  const firstHasAuthor = hasAuthor(groups[0]);
  // (and the other way round: where the first's name is its anchor, "أبو عبد الله - مصر", another's bare name
  // takes a slot above its time besides the title's)
  const slots = (g: number[]) => Math.max(0, metaCount - (hasAuthor(g) && !firstHasAuthor ? 1 : 0) + (firstHasAuthor && !hasAuthor(g) && metaCount > 0 && metaCount < MAX_BARE_META ? 1 : 0));
  // Where the first comment is signed and another has no name in its anchors, the short bare line right
  // above its time is its name ("سليمة" over "05 جويلية 2016"), if the comment before keeps some text.
  const signed = firstHasAuthor || metaCount > 0 || timeAt(groups[0][0])?.author != null;
  // "time / عبدالسلام - مصراتة / text": the first comment's name under its time, the others' too
  const nameUnderTime = groups[0].length === 2 && timeAt(groups[0][0]) !== null && !timeAt(groups[0][1]) && metaCount === 0;
  const unnamed = (g: number[]) => slots(g) === 0 && !hasAuthor(g) && !g.some((i) => timeAt(i)?.author);
  const nameAbove = (gi: number) => {
    if (gi === 0 || !signed || nameUnderTime || !unnamed(groups[gi])) return false;
    const p = pos(groups[gi][0]) - 1;
    const prevEnd = pos(groups[gi - 1].at(-1)!);
    const b = blocks[items[p]];
    // ("صوت سلفيت قال:": the widget's verb and colon close the name, not a sentence)
    const name = nameOf(b.text);
    return p > prevEnd + 1 && wordCount(name) <= MAX_NAME_WORDS && !isProse(b) && (name !== b.text || !endsLikeSentence(b) || INITIAL_END.test(b.text)) && !/[\d\u0660-\u0669]/.test(name);
  };
  const extra = groups.map((_, gi) => (nameAbove(gi) ? 1 : 0));
  // a widget right above an anchor ("Avatar", a like row) stands where its title would be: only a bare name
  // above the widget, past the text of the comment before, is its name ("نورة" / "عضو منذ 2014" / time)
  const nameOverWidget = (gi: number) => {
    const p = pos(groups[gi][0]) - 1;
    return p > pos(groups[gi - 1].at(-1)!) + 1 && (isNameLine(blocks[items[p]]) || isBareName(nameOf(blocks[items[p]].text))) ? 1 : 0;
  };
  const metaAt = (gi: number) => (gi > 0 && afterWidget.has(groups[gi][0]) ? nameOverWidget(gi) : slots(groups[gi]) + extra[gi]);
  // (never all of the comment before's lines when the first reads as its text: it keeps that one; a line
  // after a widget, "تم إخفاء هذا التعليق", is no text of the comment before)
  const metaFor = (gi: number) => {
    if (gi === 0) return metaAt(gi);
    const first = pos(groups[gi - 1].at(-1)!) + 1;
    const texty = first < pos(groups[gi][0]) && !afterWidget.has(items[first]) && (isProse(blocks[items[first]]) || endsLikeSentence(blocks[items[first]]));
    return texty ? Math.min(metaAt(gi), Math.max(0, pos(groups[gi][0]) - first - 1)) : metaAt(gi);
  };
  const comments: ParsedComment[] = [];
  const texts: number[][] = []; // each comment's text lines
  const namedUnderTime: boolean[] = []; // each comment's: its name is the anchor line under its time
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const gStart = pos(g[0]);
    const gEnd = pos(g[g.length - 1]);
    const nextStart = gi + 1 < groups.length ? pos(groups[gi + 1][0]) - metaFor(gi + 1) : items.length;
    const meta = items.slice(Math.max(0, gStart - metaFor(gi)), gStart).filter((i) => blocks[i].words <= MAX_META_WORDS);
    const following = items.slice(gEnd + 1, Math.max(gEnd + 1, nextStart));
    const cut = following.findIndex((i, n) => n > 0 && afterWidget.has(i));
    const text = cut > 0 ? following.slice(0, cut) : following;
    const c: ParsedComment = { author: null, title: null, when: null, text: '' };
    for (const i of g) {
      const t = timeAt(i);
      if (t) {
        c.when = t.when;
        if (t.author) c.author = nameOf(t.author);
        decide(i, { label: 'comment-time', rule: t.author ? 'comment/name-and-time' : 'comment/time-line', reason: 'a date or age next to a comment' });
        continue;
      }
      const a = authorDash(blocks[i]) ?? { author: nameOf(blocks[i].text), rest: '' };
      c.author = a.author;
      if (a.rest) c.when = a.rest;
      decide(i, { label: 'comment-author', rule: 'comment/author-dash', reason: 'a short name ending with a dash' });
    }
    // labelled fields first; the unlabelled lines left are the name slot and the title above it
    for (let m = meta.length - 1; m >= 0; m--) {
      const f = fieldOf(blocks[meta[m]]);
      if (!f) continue;
      if (f.kind === 'name' && c.author === null) {
        c.author = f.value;
        decide(meta[m], NAME_FIELD);
      } else if (f.kind === 'title' && c.title === null) {
        c.title = f.value;
        decide(meta[m], TITLE_FIELD);
      } else {
        decide(meta[m], OTHER_FIELD_DECISION);
      }
      meta.splice(m, 1);
    }
    if (c.author === null && meta.length) {
      const ai = meta[meta.length - 1];
      c.author = nameOf(blocks[ai].text);
      decide(ai, { label: 'comment-author', rule: 'comment/name-before-time', reason: 'the line above the time is the name slot' });
      meta.pop();
    }
    if (meta.length) {
      const ti = meta[meta.length - 1];
      c.title = blocks[ti].text.replace(COMMENT_NUMBER, '') || null;
      decide(ti, { label: 'comment-title', rule: 'comment/title-before-author', reason: 'a short line above the commenter' });
    }
    for (const i of text) decide(i, { label: 'comment-text', rule: 'comment/text-after-anchor', reason: 'text between this comment and the next' });
    for (let j = 0; j < text.length; j++) c.text += (j ? '\n\n' : '') + blocks[text[j]].text; // text.map(…).join('\n\n')
    c.text = c.text.replace(TEXT_LABEL, '');
    if (c.text) { comments.push(c); texts.push(text); namedUnderTime.push(gi === 0 ? nameUnderTime : g.length >= 2 && timeAt(g.at(-2)!) !== null && !timeAt(g.at(-1)!)); }
  }
  namesUnderTimes(blocks, comments, texts, namedUnderTime, decide);
  titlesUnderTimes(blocks, comments, texts, decide);
  return comments;
}

/**
 * Comments whose time closes them: "text / — name | time" (the signature carries the name), or
 * "name / text / time" (the name opens each comment). Text comes before the first time, nothing but widgets
 * follows the last, and every time line is a comment's own.
 */
function closedByTimes(blocks: Block[], items: number[], anchors: number[][], pos: (i: number) => number,
  timeAt: (i: number) => ReturnType<typeof timeOf>, afterWidget: Set<number>): ClosedComments | null {
  // (an author line, "أم يزن - ماركا", may be the name opening a comment: then only the times close comments)
  const names = new Set(anchors.flat().filter((a) => !timeAt(a)));
  const groups = anchors.flat().filter((a) => timeAt(a)).map((a) => [a]);
  if (!names.size && anchors.some((g) => g.length !== 1)) return null;
  if (groups.length < 2) return null;
  const after = items.slice(pos(groups.at(-1)![0]) + 1);
  if (after.length && !afterWidget.has(after[0])) return null;
  const texty = (i: number) => isProse(blocks[i]) || endsLikeSentence(blocks[i]);
  // each comment's lines: those between the time before it and its own
  const segments = groups.map(([a], n) => items.slice(n === 0 ? 0 : pos(groups[n - 1][0]) + 1, pos(a)));
  if (!names.size && groups.every(([a]) => timeAt(a)?.author != null)) return segments[0].some(texty) ? { kind: 'signed', groups, segments } : null;
  if (groups.some(([a]) => timeAt(a)?.author != null)) return null;
  // "بو سالم: الحمد لله على السلامة" / time: each comment one signed line over its time
  if (!names.size && segments.every((seg) => seg.length === 1 && signedLine(blocks[seg[0]]) !== null)) return { kind: 'signed-line', groups, segments };
  // "text / — ود كسلا من السعودية / time": each text signed by a dashed name over its time
  if (!names.size && segments.every((seg) => seg.length >= 2 && DASH_SIGNATURE.test(blocks[seg.at(-1)!].text)) && segments.some((seg) => seg.slice(0, -1).some(texty))) return { kind: 'dash-signed', groups, segments };
  // (a one-word text, "موفقين", is a comment too: most texts, not all, read as text)
  const named = segments.every((seg) => seg.length >= 2 && isSignatureName(blocks[seg[0]]) && !seg.slice(1).some((i) => names.has(i))) &&
    segments.filter((seg) => seg.slice(1).some(texty)).length * 2 > segments.length;
  return named ? { kind: 'named', groups, segments } : null;
}
/**
 * "1 - أبو سامر (دمشق)" / text / "2006-10-17 14:20:05": each comment opens with its author line and closes with
 * its time (two comments at least, nothing but widgets after the last). Grouping the time with the next
 * author line would hand every time to the comment after its own.
 */
function framedComments(blocks: Block[], items: number[], anchors: number[], pos: (i: number) => number,
  kind: (i: number) => 'time' | 'author' | null, timeAt: (i: number) => ReturnType<typeof timeOf>,
  afterWidget: Set<number>, decide: (i: number, d: Decision) => void): ParsedComment[] | null {
  if (anchors.length < 4 || anchors.length % 2 !== 0) return null;
  for (let n = 0; n < anchors.length; n += 2) {
    const a = anchors[n], t = anchors[n + 1];
    if (kind(a) !== 'author' || kind(t) !== 'time' || timeAt(t)!.author !== null || pos(t) - pos(a) < 2) return null;
    // the next comment's author line right under this one's time
    if (n + 2 < anchors.length && pos(anchors[n + 2]) !== pos(t) + 1) return null;
  }
  if (pos(anchors[0]) !== 0 && !afterWidget.has(anchors[0])) return null;
  const last = pos(anchors.at(-1)!);
  if (last + 1 < items.length && !afterWidget.has(items[last + 1])) return null;
  const comments: ParsedComment[] = [];
  for (let n = 0; n < anchors.length; n += 2) {
    const a = anchors[n], t = anchors[n + 1];
    const by = authorDash(blocks[a])!;
    const lines = items.slice(pos(a) + 1, pos(t));
    decide(a, { label: 'comment-author', rule: 'comment/author-over-text', reason: 'the author line opening a comment its time closes' });
    for (const i of lines) decide(i, { label: 'comment-text', rule: 'comment/text-above-time', reason: 'text above its time' });
    decide(t, { label: 'comment-time', rule: 'comment/time-under-text', reason: 'the comment\'s time under its text' });
    comments.push({ author: by.author, title: null, when: timeAt(t)!.when, text: lines.map((i) => blocks[i].text).join('\n\n') });
  }
  return comments;
}

/** A comment's number before a name: "2) مهندس مياه", "#3 أبو علي". */
const NUMBERED_NAME = /^(?:#\s*[\d\u0660-\u0669]+|[\d\u0660-\u0669]{1,3}\s*[.)])\s+\S/;

/** "سالم المنصوري: خطوة ممتازة …": a name, a colon, the comment. */
const NAME_COLON_TEXT = /^([^:：]{2,30}?)\s*[:：]\s+(\S.*)$/;
/** "سالم المنصوري: خطوة ممتازة": a commenter's name (short, no digits) and the text after a colon. */
function signedLine(b: Block): { author: string; text: string } | null {
  const m = b.text.match(NAME_COLON_TEXT);
  // ("↩ بو فيصل: …": a reply's indent before the name)
  return m && wordCount(m[1]) <= MAX_NAME_WORDS && !/[\d\u0660-\u0669]/.test(m[1]) ? { author: m[1].replace(INDENT, '').trim(), text: m[2] } : null;
}

/** A comment's title: a few words. */
const MAX_COMMENT_TITLE_WORDS = 6;

/** A commenter's name over the text: short, no digits, not a sentence ("سامي (السعودية)", "Karim (المغرب)"). */
const isSignatureName = (b: Block) => b.words <= MAX_NAME_WORDS && (!endsLikeSentence(b) || INITIAL_END.test(b.text)) && !/[\d\u0660-\u0669]/.test(b.text);
/** "Hassan K.", "نادين م.": a name closing with an initial's period is no sentence. */
const INITIAL_END = /\s\p{L}\.$/u;
/** "سامر م.", "علي ح.": a name or two and an initial. */
const INITIALLED_NAME = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+)? [\u0621-\u064A]\.$/;

function textsAboveTimes(blocks: Block[], { kind, groups, segments }: ClosedComments, timeAt: (i: number) => ReturnType<typeof timeOf>,
  decide: (i: number, d: Decision) => void): ParsedComment[] {
  const comments: ParsedComment[] = [];
  const named = kind === 'named';
  // "title / text / name | time": every signed comment opens with a short line over a longer text
  const titled = !named && segments.every((seg) => seg.length >= 2 && blocks[seg[0]].words <= MAX_COMMENT_TITLE_WORDS && blocks[seg[1]].words > blocks[seg[0]].words);
  for (const [n, [a]] of groups.entries()) {
    const t = timeAt(a)!;
    const lines = segments[n];
    const name = named ? lines.shift() : undefined;
    if (name !== undefined) decide(name, { label: 'comment-author', rule: 'comment/name-over-text', reason: 'the name opening a comment its time closes' });
    const title = titled ? lines.shift() : undefined;
    if (title !== undefined) decide(title, { label: 'comment-title', rule: 'comment/title-over-text', reason: 'a short line opening each signed comment' });
    decide(a, { label: 'comment-time', rule: 'comment/time-under-text', reason: 'the comment\'s time (and name) under its text' });
    for (const i of lines) decide(i, { label: 'comment-text', rule: 'comment/text-above-time', reason: 'text above its time' });
    const dashed = kind === 'dash-signed' ? lines.pop() : undefined;
    if (dashed !== undefined) {
      decide(dashed, { label: 'comment-author', rule: 'comment/dash-signature', reason: 'the dashed name signing the text above it' });
      comments.push({ author: blocks[dashed].text.replace(DASH_SIGNATURE, '$1').trim(), title: null, when: t.when, text: lines.map((i) => blocks[i].text).join('\n\n') });
      continue;
    }
    const signed = kind === 'signed-line' ? signedLine(blocks[lines[0]]) : null;
    if (signed) {
      comments.push({ author: signed.author, title: null, when: t.when, text: signed.text });
      continue;
    }
    const author = name !== undefined ? nameOf(blocks[name].text) : nameOf(t.author!);
    if (lines.length) comments.push({ author, title: title === undefined ? null : blocks[title].text, when: t.when, text: lines.map((i) => blocks[i].text).join('\n\n') });
  }
  return comments;
}

/** The items from each start (positions in `items`) to the next start or the end. */
const runsFrom = (items: number[], starts: number[]) => starts.map((p, n) => items.slice(p, n + 1 < starts.length ? starts[n + 1] : items.length));

/**
 * "الاسم: فلان / التعليق: … / التاريخ: …": each comment a run of labelled fields opened by its name field, its
 * text under a label of its own. Null unless every run has that text.
 */
function fieldedComments(blocks: Block[], items: number[], timeAt: (i: number) => ReturnType<typeof timeOf>, afterWidget: Set<number>,
  decide: (i: number, d: Decision) => void): ParsedComment[] | null {
  const starts: number[] = [];
  // (a title field right above the name field opens the comment: "عنوان التعليق: …" / "الاسم: …")
  items.forEach((i, p) => { if (fieldOf(blocks[i])?.kind === 'name') starts.push(p > 0 && fieldOf(blocks[items[p - 1]])?.kind === 'title' ? p - 1 : p); });
  if (!starts.length) return null;
  const runs = runsFrom(items, starts);
  if (!runs.every((run) => run.some((i) => TEXT_LABEL.test(blocks[i].text)))) return null;
  return runs.map((run) => {
    const c: ParsedComment = { author: null, title: null, when: null, text: '' };
    const at = run.findIndex((i) => TEXT_LABEL.test(blocks[i].text));
    for (const i of run.slice(0, at)) {
      const f = fieldOf(blocks[i]);
      const t = f?.kind === 'other' || !f ? timeAt(i) : null;
      if (f?.kind === 'name' && c.author === null) {
        c.author = f.value;
        decide(i, NAME_FIELD);
      } else if (f?.kind === 'title') {
        c.title = f.value;
        decide(i, TITLE_FIELD);
      } else if (t) {
        c.when = t.when;
        decide(i, { label: 'comment-time', rule: 'comment/time-line', reason: 'a date or age next to a comment' });
      } else decide(i, OTHER_FIELD_DECISION);
    }
    const text: string[] = [];
    for (const [n, i] of run.slice(at).entries()) {
      const t = timeAt(i);
      if (t) {
        c.when ??= t.when;
        decide(i, { label: 'comment-time', rule: 'comment/time-line', reason: 'a date or age next to a comment' });
        break;
      }
      // (another field, or the form after a widget, ends the text)
      if (n > 0 && (fieldOf(blocks[i]) || afterWidget.has(i))) break;
      const line = blocks[i].text.replace(TEXT_LABEL, '');
      if (line) text.push(line);
      decide(i, { label: 'comment-text', rule: 'comment/text-field', reason: 'the comment\'s labelled text' });
    }
    c.text = text.join('\n\n');
    return c;
  });
}

/**
 * "فلان يقول... / text / time": each comment opened by its name and the widget's verb, closed by its time
 * (Blogger, WordPress themes). Null unless two such names open runs that each have a time.
 */
function saidComments(blocks: Block[], items: number[], timeAt: (i: number) => ReturnType<typeof timeOf>, decide: (i: number, d: Decision) => void): ParsedComment[] | null {
  const starts: number[] = [];
  items.forEach((i, p) => { if (blocks[i].words <= MAX_NAME_WORDS + 1 && SAYS.test(blocks[i].text)) starts.push(p); });
  if (starts.length < 2) return null;
  const runs = runsFrom(items, starts);
  if (!runs.every((run) => run.slice(2).some((i) => timeAt(i)))) return null;
  return runs.map((run) => {
    const c: ParsedComment = { author: nameOf(blocks[run[0]].text), title: null, when: null, text: '' };
    decide(run[0], { label: 'comment-author', rule: 'comment/name-says', reason: 'the name and the widget\'s verb opening a comment' });
    const text: string[] = [];
    for (const i of run.slice(1)) {
      const t = timeAt(i);
      if (t && text.length) {
        c.when = t.when;
        decide(i, { label: 'comment-time', rule: 'comment/time-under-text', reason: 'the comment\'s time under its text' });
        break;
      }
      text.push(blocks[i].text);
      decide(i, { label: 'comment-text', rule: 'comment/text-after-name', reason: 'text between the name and the time' });
    }
    c.text = text.join('\n\n');
    return c;
  });
}

/**
 * "time / name / text": where no comment found a name above its time (some found it under their time, "فلان -
 * المدينة") and each other (two at least) opens its text with a bare name line, that line is the commenter's name.
 */
function namesUnderTimes(blocks: Block[], comments: ParsedComment[], texts: number[][], namedUnderTime: boolean[], decide: (i: number, d: Decision) => void): void {
  if (comments.length < 2 || comments.some((c, n) => c.author !== null && !namedUnderTime[n])) return;
  if (!texts.every((t, n) => comments[n].author !== null || (t.length >= 2 && (isNameLine(blocks[t[0]]) || LATIN_NAME.test(blocks[t[0]].text) || HANDLE.test(blocks[t[0]].text) || INITIALLED_NAME.test(blocks[t[0]].text))))) return;
  comments.forEach((c, n) => {
    if (c.author !== null) return;
    const [first, ...rest] = texts[n];
    c.author = nameOf(blocks[first].text);
    c.text = rest.map((i) => blocks[i].text).join('\n\n');
    decide(first, { label: 'comment-author', rule: 'comment/name-under-time', reason: 'every comment opens with a bare name under its time' });
  });
}

/**
 * "name / time / title / text": where every comment (two at least) has a name and no title, and every one of
 * more than one line (two at least) opens its text with a short line that ends no sentence, that line is its
 * title (a one-line comment was left untitled).
 */
const ASKS = /[؟?]$/;
function titlesUnderTimes(blocks: Block[], comments: ParsedComment[], texts: number[][], decide: (i: number, d: Decision) => void): void {
  if (comments.length < 2 || comments.some((c) => c.author === null || c.title !== null)) return;
  // ("الكهرباء تنقطع من الساعة 10…" over "الكهرباء تنقطع من الساعة 10 الصبح …": a subject cut from the text's start)
  const cut = (t: number[]) => { const head = blocks[t[0]].text.replace(ELLIPSIS_END, ''); return head !== blocks[t[0]].text && blocks[t[1]].text.startsWith(head.trim()); };
  // (a title may ask: "والجدول الزمني فين؟")
  const titled = (t: number[]) => blocks[t[0]].words <= MAX_COMMENT_TITLE_WORDS && (((!endsLikeSentence(blocks[t[0]]) || ASKS.test(blocks[t[0]].text)) && !isProse(blocks[t[0]])) || cut(t));
  const long = texts.filter((t) => t.length >= 2);
  if (long.length < 2 || !long.every(titled)) return;
  comments.forEach((c, n) => {
    if (texts[n].length < 2) return;
    const [first, ...rest] = texts[n];
    c.title = blocks[first].text;
    c.text = rest.map((i) => blocks[i].text).join('\n\n');
    decide(first, { label: 'comment-title', rule: 'comment/title-under-time', reason: 'every comment opens its text with a short title line' });
  });
}

/**
 * Comments whose time sits in the like/reply row under them (the Facebook plugin: name, text, then
 * "أعجبني · رد · 8 سنوات"): each row closes a comment; its first line is the name when it is short
 * and more lines follow. Lines after the last row belong to no comment.
 */
function commentsAboveRows(blocks: Block[], items: number[], rowTimes: Map<number, string>, decide: (i: number, d: Decision) => void): ParsedComment[] {
  const comments: ParsedComment[] = [];
  const rows = [...rowTimes.keys()];
  let next = 0;
  for (const row of rows) {
    const seg: number[] = [];
    while (next < items.length && items[next] < row) seg.push(items[next++]);
    if (!seg.length) continue;
    // ("محمود الشريف · يعمل لدى البنك الأهلي": the plugin prints the commenter's profile after the name)
    const name = blocks[seg[0]].text.split(PROFILE_AFTER_NAME)[0];
    const named = seg.length > 1 && wordCount(name) <= MAX_NAME_WORDS && !isProse(blocks[seg[0]]) && !/[\d\u0660-\u0669]/.test(name);
    const c: ParsedComment = { author: named ? nameOf(name) : null, title: null, when: rowTimes.get(row)!, text: '' };
    if (named) decide(seg.shift()!, { label: 'comment-author', rule: 'comment/name-above-text', reason: 'the short line opening a comment whose time is in the row under it' });
    // the profile line under a name ("جامعة الخرطوم"), when the comment's text follows it
    if (named && seg.length > 1 && isProfileLine(blocks[seg[0]]) && seg.slice(1).some((i) => isProse(blocks[i]) || endsLikeSentence(blocks[i]) || wordCount(blocks[i].text) > MAX_PROFILE_WORDS)) {
      decide(seg.shift()!, { label: 'chrome', rule: 'chrome/commenter-profile', reason: 'the profile line between a commenter\'s name and the text' });
    }
    for (const i of seg) decide(i, { label: 'comment-text', rule: 'comment/text-above-row', reason: 'text above a like/reply row with a time' });
    c.text = seg.map((i) => blocks[i].text).join('\n\n');
    comments.push(c);
  }
  return comments;
}

/** The profile the plugin prints under a name: a place ("الطريق الجديدة، بيروت"), "يعمل لدى …", "درس في …". */
const isProfileLine = (b: Block) => isNameLine(b) || (b.words <= MAX_ANNOUNCED_PROFILE_WORDS && (PROFILE.test(b.text) || WORKS_AT.test(b.text))) || (b.words <= MAX_PROFILE_WORDS && PLACE_PAIR.test(b.text));
/** "مدرس أول لغة عربية لدى مديرية التربية": a job "لدى" an employer, as the plugin prints it. */
const WORKS_AT = /^[^.،,!؟?:]{2,50}\sلدى\s[^.،,!؟?:]{2,60}$/;
const PROFILE = /^(?:يعمل|تعمل|عمل|عملت|درس|درست|يدرس|تدرس|يعيش|تعيش|يقيم|تقيم|مقيم|مقيمة|ذهب|ذهبت|طالبة?\s+(?:في|ب)|works|worked|studied|studies|lives|went|travaille|a travaillé|étudie|a étudié|étudiant\(e\)|étudiante?|habite|vit)\s/i;
const PLACE_PAIR = /^[^\d\u0660-\u0669.!؟?،,]+[،,]\s*[^\d\u0660-\u0669.!؟?،,]+$/;
const MAX_PROFILE_WORDS = 6;
/** "يعمل لدى وزارة التربية والتعليم - السودان": a profile its verb announces may name a long employer. */
const MAX_ANNOUNCED_PROFILE_WORDS = 10;
/**
 * Comments with no times, each under its number ("1" / name / [title] / text): the number opens a comment,
 * its first line is the name when more follow, a short line over a longer one the title.
 */
function numberedComments(blocks: Block[], items: number[], numbered: Set<number>, afterWidget: Set<number>, decide: (i: number, d: Decision) => void): ParsedComment[] {
  const comments: ParsedComment[] = [];
  for (let p = 0; p < items.length;) {
    const seg = [items[p++]];
    // (a widget ends it: the form's labels after the last comment are nobody's)
    while (p < items.length && !numbered.has(items[p]) && !afterWidget.has(items[p])) seg.push(items[p++]);
    while (p < items.length && !numbered.has(items[p])) p++;
    const named = seg.length >= 2 && isSignatureName(blocks[seg[0]]) && !isProse(blocks[seg[0]]);
    const name = named ? seg.shift()! : undefined;
    const titled = seg.length >= 2 && blocks[seg[0]].words <= MAX_COMMENT_TITLE_WORDS && blocks[seg[1]].words > blocks[seg[0]].words;
    const title = titled ? seg.shift()! : undefined;
    if (name !== undefined) decide(name, { label: 'comment-author', rule: 'comment/name-under-number', reason: 'the first line under a comment\'s number' });
    if (title !== undefined) decide(title, { label: 'comment-title', rule: 'comment/title-under-name', reason: 'a short line over the comment\'s text' });
    for (const i of seg) decide(i, { label: 'comment-text', rule: 'comment/text-under-number', reason: 'the text of a numbered comment' });
    if (seg.length) comments.push({ author: name === undefined ? null : nameOf(blocks[name].text), title: title === undefined ? null : blocks[title].text, when: null, text: seg.map((i) => blocks[i].text).join('\n\n') });
  }
  return comments;
}

/** A commenter's name standing alone: a few words, no punctuation or digits. */
const isNameLine = (b: Block) => b.words <= MAX_PAIRED_NAME_WORDS && b.arabic >= 0.8 && !/[.،,:؛!؟?\d\u0660-\u0669]/.test(b.text);
const MAX_PAIRED_NAME_WORDS = 3;
/** "Layla Mikati", or what is left of "#1713240 [مغترب في الرياض] رد على أبو مازن": a name and nothing else. */
const isBareName = (t: string) => LATIN_NAME.test(t) || ARABIC_NAME.test(t);
const LATIN_NAME = /^[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2}$/u;
/** "Fatma_Q8", "@karim.k": a user name. */
const HANDLE = /^@?[A-Za-z][A-Za-z\d_.]{2,24}$/;
const ARABIC_NAME = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2}$/;

/** Comments with no times at all, a name over each text: name, text, name, text … (two pairs at least). */
function namesAndTexts(blocks: Block[], items: number[]): boolean {
  if (items.length < 4 || items.length % 2 !== 0) return false;
  for (let p = 0; p < items.length; p += 2) {
    const name = blocks[items[p]], text = blocks[items[p + 1]];
    // (a text is more than a lone word; a name may carry its town after a dash, "أبو أنس - حلحول")
    if (!(isNameLine(name) || (authorDash(name) && nameWords(name.text) <= MAX_PAIRED_NAME_WORDS)) || (isNameLine(text) && text.words < 2)) return false;
  }
  return true;
}

function pairedComments(blocks: Block[], items: number[], decide: (i: number, d: Decision) => void): ParsedComment[] {
  const comments: ParsedComment[] = [];
  for (let p = 0; p < items.length; p += 2) {
    decide(items[p], { label: 'comment-author', rule: 'comment/name-over-text', reason: 'a name over each text, no times' });
    decide(items[p + 1], { label: 'comment-text', rule: 'comment/text-under-name', reason: 'the text under a commenter\'s name' });
    comments.push({ author: nameOf(blocks[items[p]].text), title: null, when: null, text: blocks[items[p + 1]].text });
  }
  return comments;
}
