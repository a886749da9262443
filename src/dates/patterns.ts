// Regular expressions over *folded* text (see fold.ts), built once at module load
// from the vocabulary tables. Nothing here is constructed per call.
import { foldWord } from './fold.ts';
import * as V from './vocabulary.ts';
import { triggerWords } from './triggers.ts';
import { alt, DS, esc, L, ME, MS, NOT_L, WE, WS } from './regex-parts.ts';

/** Folded word → value, for looking matched words up (spaces collapsed). */
function lookup<T>(table: Record<string, T>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(table)) m.set(foldWord(k), v);
  return m;
}
export const collapse = (s: string) => s.replace(/[ ]+/g, ' ');

const allGregorian: Record<string, number> = Object.assign({}, ...Object.values(V.GREGORIAN_MONTHS));
export const GREGORIAN_MONTH = lookup(allGregorian);
export const HIJRI_MONTH = lookup(V.HIJRI_MONTHS);
export const WEEKDAY = lookup(V.WEEKDAYS);
export const QUALIFIER = lookup(V.QUALIFIERS);
export const RELATIVE_DAY = lookup(V.RELATIVE_DAYS);
export const PERIOD = lookup(V.RELATIVE_PERIOD_NOUNS);
export const NUMBER_WORD = lookup(V.NUMBER_WORDS);
export const DAY_PART = lookup(V.DAY_PARTS);
export const AMBIGUOUS_HIJRI = new Set(V.AMBIGUOUS_HIJRI_MONTHS.map(foldWord));
export const HIJRI_MARK = new Set(V.HIJRI_YEAR_MARKS.map(foldWord));

/** Unit word → its unit and form: one (= 1), two (= 2) or many (needs a number, else vague). */
export const UNIT_WORD = new Map<string, { unit: V.Unit; form: 'one' | 'two' | 'many' }>();
for (const [unit, forms] of Object.entries(V.UNITS) as [V.Unit, (typeof V.UNITS)[V.Unit]][]) {
  // Plural first so that singular forms listed under both keep their 'one' reading.
  for (const form of ['many', 'two', 'one'] as const) {
    for (const w of forms[form]) UNIT_WORD.set(foldWord(w), { unit, form });
  }
}

// ---- building blocks ----
const MONTHS = alt(Object.keys(allGregorian));
const HMONTHS = alt(Object.keys(V.HIJRI_MONTHS));
const WDS = alt(Object.keys(V.WEEKDAYS));
const QUALS = alt(Object.keys(V.QUALIFIERS));
const GMARKS = alt(V.GREGORIAN_YEAR_MARKS);
const HMARKS = alt(V.HIJRI_YEAR_MARKS);
const YEARW = alt(V.YEAR_WORDS);
const LINKS = alt(V.DAY_MONTH_LINKS);
const MONTHW = alt([V.MONTH_WORD]);
const WD_SEP = '[ ]*(?:[,\\-][ ]*)?';
const weekday = (g: string) => `${WS}(?:${alt(['يوم'])}[ ]+)?(?<${g}>${WDS})${WE}`;

// Gregorian with a month name: [year weekday ,] [day] month [/ month, or - month] [year[م]] [qualifier].
// The leading year serves the "GMT 15:56 2024 الثلاثاء ,24 كانون الأول / ديسمبر" shape.
const G =
  `(?:(?:(?<gyb>\\d{4})[ ]+)?${weekday('gwd')}${WD_SEP})?` +
  `(?:${DS}(?<gd>[0-3]?\\d)(?!\\d)(?:st|nd|rd|th)?[ ]*(?:[-/][ ]*)?(?:(?:${LINKS})[ ]+)?|(?<gsh>${MONTHW})[ ]+)?` +
  `${MS}(?<gm>${MONTHS})${ME}` +
  `(?:[ ]*(?:[/|\\\\\\-–][ ]*(?<gm2>${MONTHS})|\\([ ]*(?<gm3>${MONTHS})[ ]*\\))${ME})?` +
  `(?:[ ]*(?:[,\\-/][ ]*)?(?:(?:من[ ]+)?(?:${YEARW})[ ]+)?(?<gy>\\d{4})(?!\\d)(?:[ ]*(?<gym>${GMARKS})${WE})?)?` +
  `(?:[ ]+(?<gq>${QUALS})${WE})?`;

// Month-first order: "سبتمبر 16، 2015", "الأربعاء، سبتمبر 16، 2015", "Sep. 16, 2015" (year required).
const G2 =
  `(?:${weekday('g2wd')}${WD_SEP})?${MS}(?<g2m>${MONTHS})${ME}(?:[ ]*\\([ ]*(?<g2m3>${MONTHS})[ ]*\\)${ME})?\\.?[ ]*(?:-[ ]*)?(?<g2d>[0-3]?\\d)(?!\\d)(?:st|nd|rd|th)?[ ]*(?:[,\\-][ ]*)?(?<g2y>\\d{4})(?!\\d)(?:[ ]*(?<g2ym>${GMARKS})${WE})?`;

// Day of a month named only relatively: "16 الجاري", "الأربعاء 16 من الشهر الماضي".
const G3 =
  `(?:${weekday('g3wd')}${WD_SEP})?${DS}(?<g3d>[0-3]?\\d)(?!\\d)[ ]+(?:من[ ]+)?(?:${alt(['الشهر'])}[ ]+)?(?<g3q>${QUALS})${WE}`;

// Hijri with a month name: [weekday ,] day month [year [هـ]] ("24 / ربيع الأول / 1438 هـ" too); or month year هـ (partial).
const H =
  `(?:${weekday('hwd')}${WD_SEP})?` +
  `${DS}(?<hd>[0-3]?\\d)(?!\\d)[ ]*(?:[-/][ ]*)?(?:(?:${LINKS})[ ]+)?` +
  `${MS}(?<hm>${HMONTHS})${ME}` +
  `(?:[ ]*(?:[,\\-/][ ]*)?(?:(?:${YEARW})[ ]+)?(?<hy>\\d{1,4})(?!\\d)(?:[ ]*(?<hym>${HMARKS})${WE})?)?` +
  `|(?:(?<hsh>${MONTHW})[ ]+)?${WS}(?<hm0>${HMONTHS})${WE}[ ]*(?<hy0>\\d{1,4})[ ]*(?<hym0>${HMARKS})${WE}`;

// Numeric: 2015-09-16[T10:30[:00][Z|+03:00]], 2015/09/16, 16/09/2015, 16-9-2015, 16.09.2015; optional year mark.
const N =
  `${DS}(?:(?<ny>\\d{4})-(?<nm>\\d{1,2})-(?<nd>\\d{1,2})` +
  `(?:t(?<nh>\\d{2}):(?<nmi>\\d{2})(?::(?<ns>\\d{2})(?:\\.\\d+)?)?(?<nz>z|[+\\-]\\d{2}(?::?\\d{2})?)?)?` +
  `|(?<ny2>\\d{4})(?<ns2>[/.])(?<nm2>\\d{1,2})\\k<ns2>(?<nd2>\\d{1,2})` +
  `|(?<nd3>\\d{1,2})(?<ns3>[/.\\-]| / )(?<nm3>\\d{1,2})\\k<ns3>(?<ny3>\\d{4}))` +
  // (a clock glued to the year, "12/5/202403:40 م", is the crawl joining two fields: the year stands)
  `(?!\\d(?!\\d?:\\d\\d)|[/.\\-:]\\d)(?:[ ]*(?<nym>${GMARKS}|${HMARKS})${WE})?`;

// Relative: durations ago, day words, periods, weekday + qualifier.
const num = `(?:\\d{1,4}|${alt(Object.keys(V.NUMBER_WORDS))})`;
const unitsMany = alt(Object.values(V.UNITS).flatMap((u) => u.many));
const unitsTwo = alt(Object.values(V.UNITS).flatMap((u) => u.two));
const unitsOne = alt(Object.values(V.UNITS).flatMap((u) => u.one));
const COMP = `(?:${num}[ ]+(?:${unitsMany})|(?:${unitsTwo})|(?:${unitsMany})|(?:${unitsOne}))${WE}`;
const notFromNow = alt(V.NOT_FROM_NOW_AFTER);
const todayNot = alt(V.NOT_TODAY_BEFORE);
const otherDayWords = alt(Object.keys(V.RELATIVE_DAYS).filter((w) => w !== V.TODAY_WORD));
const trailingWeekday = `(?:[ ]+(?<rwd>${WDS})${WE}(?![ ]*(?:[,\\-][ ]*)?\\d))?`;
const R =
  `${WS}(?<rago>${alt(V.AGO_WORDS)})[ ]+(?<rdur>${COMP}(?:[ ]*(?:,[ ]*)?(?:و[ ]*)?${COMP}){0,3})(?![ ]+(?:${notFromNow})${WE})` +
  // "اليوم" is not "today" inside names ("روسيا اليوم") or before a noun ("اليوم الأول").
  // Followed by a weekday it is always "today" ("دعت روسيا اليوم الاثنين").
  `|${WS}(?<rtoday2>${esc(foldWord(V.TODAY_WORD))})[ ]+(?<rwd3>${WDS})${WE}(?![ ]*(?:[,\\-][ ]*)?\\d)` +
  `|(?<!(?:^|${NOT_L})(?:${todayNot})[ ]+)${WS}(?<rtoday>${esc(foldWord(V.TODAY_WORD))})${WE}(?![ ]+(?!(?:${WDS})${WE})ال)${trailingWeekday}` +
  `|${WS}(?<rday>${otherDayWords})${WE}(?:[ ]+(?<rwd1>${WDS})${WE}(?![ ]*(?:[,\\-][ ]*)?\\d))?` +
  `|${WS}(?:(?<rthis>${alt(V.THIS_WORDS)})[ ]+(?<rp1>${alt(Object.keys(V.RELATIVE_PERIOD_NOUNS))})|(?<rp2>${alt(Object.keys(V.RELATIVE_PERIOD_NOUNS))})[ ]+(?<rpq>${QUALS}))${WE}` +
  `|${weekday('rwd2')}[ ]+(?<rwq>${QUALS})${WE}`;

// A year marked as such: "العام 2014", "2015م", "1436هـ" (partial).
const Y =
  `${WS}(?:${YEARW})[ ]+(?<yy>\\d{4})(?!\\d)(?:[ ]*(?<yym>${GMARKS}|${HMARKS})${WE})?` +
  `|${DS}(?<yy2>\\d{4})[ ]*(?<yym2>${GMARKS}|${HMARKS})${WE}`;

// The date pattern is the alternation N | G2 | G | G3 | H | R | Y, tried sticky at trigger positions
// only: at one position, the first alternative in that order that matches is the date. Each alternative
// is its own regex with group offsets (a match of all 62 groups with offsets cost five times the
// matching), and only those that can start there are tried: N starts with a digit, G2 and R with a word.
const [RE_N, RE_G2, RE_G, RE_G3, RE_H, RE_R, RE_Y] = [N, G2, G, G3, H, R, Y].map((s) => new RegExp(s, 'yd'));
/** Each alternative by name: the reader of a match depends on which one matched. */
export const DATE_ALTERNATIVE = { N: RE_N, G2: RE_G2, G: RE_G, G3: RE_G3, H: RE_H, R: RE_R, Y: RE_Y } as const;
/** The date pattern's alternatives, in order, that can match at a digit. */
export const DATE_AT_DIGIT = [RE_N, RE_G, RE_G3, RE_H, RE_Y];
/** The date pattern's alternatives, in order, that can match at the start of a word. */
export const DATE_AT_WORD = [RE_G2, RE_G, RE_G3, RE_H, RE_R, RE_Y];
// G2 and R start with one of these words: make sure none of them starts with a digit.
for (const w of [...Object.keys(V.WEEKDAYS), 'يوم', ...Object.keys(allGregorian), V.TODAY_WORD, ...Object.keys(V.RELATIVE_DAYS), ...V.AGO_WORDS, ...V.THIS_WORDS, ...Object.keys(V.RELATIVE_PERIOD_NOUNS)]) {
  if (!new RegExp(`^${L}`).test(foldWord(w))) throw new Error(`date vocabulary: "${w}" must start with a letter`);
}

/** First words of everything the date pattern can start with (digits always trigger). */
const firstWord = (w: string) => foldWord(w).split(' ')[0];
export const DATE_TRIGGERS = triggerWords([
  ...Object.keys(V.WEEKDAYS), 'يوم', V.MONTH_WORD, ...Object.keys(allGregorian), ...Object.keys(V.HIJRI_MONTHS),
  ...Object.keys(V.RELATIVE_DAYS), ...V.THIS_WORDS, ...Object.keys(V.RELATIVE_PERIOD_NOUNS), ...V.AGO_WORDS, ...V.YEAR_WORDS,
].map(firstWord));

/** Parts of a duration: "7 سنوات", "يومين", "ساعة". */
export const DURATION_PART_RE = new RegExp(`(?:(?<n>${num})[ ]+)?(?<u>${unitsMany}|${unitsTwo}|${unitsOne})${WE}`, 'g');

// ---- times ----
const PARTS = alt(Object.keys(V.DAY_PARTS));
const UTCN = alt(V.UTC_NAMES);
const ZONES = alt(Object.keys(V.ZONE_OFFSETS));
export const ZONE_OFFSET = lookup(V.ZONE_OFFSETS);
const OFF = '[+\\-]\\d{1,2}(?::?\\d{2})?';
export const TIME_RE = new RegExp(
  `(?:(?<tzb>gmt|utc|ksa)[ ]*(?<tzbo>${OFF})?[ ]+)?(?:(?<tw>${alt(V.TIME_WORDS)})[ ]+)?` +
    `(?:${DS}(?<th>[01]?\\d|2[0-3]):(?<tmi>[0-5]\\d)(?::(?<ts>[0-5]\\d))?(?!\\d|:\\d)` +
    `|(?<=(?:${alt(V.TIME_WORDS)})[ ]+)(?<th2>[01]?\\d|2[0-3])(?![\\d:]))` +
    `(?:[ ]*(?<tp>${PARTS})${WE})?` +
    `(?:[ ]*\\((?<tzp>gmt|utc)(?<tzpo>${OFF})?\\)(?:[ ]*\\([^)\\n]{1,40}\\))?|[ ]*(?<tza>${UTCN})(?<tzao>${OFF})?${ME}|[ ]*(?<tzzp>\\()?[ ]*(?<tzz>${ZONES})${WE}(?:[ ]*\\))?|(?<tzn>[+\\-]\\d{2}:\\d{2})(?!\\d))?`,
  'y',
);
export const TIME_TRIGGERS = triggerWords(['gmt', 'utc', 'ksa', ...V.TIME_WORDS].map((w) => foldWord(w).split(' ')[0]));


/** What may separate a date from a time that belongs to it. */
export const GAP_AFTER_RE = /^[ ]*(?:[,:\-|@/][ ]*)*(?:(?:في|علي)[ ]+)?$/;
export const GAP_BEFORE_RE = /^[ ]*(?:[,\-|@/][ ]*)*$/;
/** What may separate a Gregorian date from its stated Hijri equivalent. */
export const GAP_EQUIV_RE = new RegExp(`^[ ]*(?:[,\\-|/(\\[:][ ]*)*(?:(?:${alt(V.EQUIVALENCE_WORDS)})[ ]*)?(?:[,\\-|/(\\[:][ ]*)*$`);
