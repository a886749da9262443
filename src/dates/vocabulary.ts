// Words the date reader understands. Data only: the patterns are built from these
// tables (after folding hamza/ya/ta-marbuta/diacritics, see fold.ts), so spelling
// variants that differ only by folding need not be listed twice.

/** Gregorian month names by naming system; value = month number 1–12. */
export const GREGORIAN_MONTHS: Record<string, Record<string, number>> = {
  // Syriac names used in the Levant and Iraq.
  levantine: {
    'كانون الثاني': 1, 'كانون ثاني': 1,
    'شباط': 2,
    'آذار': 3,
    'نيسان': 4,
    'أيار': 5, 'مايس': 5,
    'حزيران': 6,
    'تموز': 7,
    'آب': 8,
    'أيلول': 9,
    'تشرين الأول': 10, 'تشرين أول': 10,
    'تشرين الثاني': 11, 'تشرين ثاني': 11,
    'كانون الأول': 12, 'كانون أول': 12,
    // CMS abbreviations (Joomla's Arabic locale): "07 كانون1/ديسمبر 2016"
    'كانون1': 12, 'كانون2': 1, 'تشرين1': 10, 'تشرين2': 11,
  },
  // Transliterations used in Egypt, Sudan and the Gulf.
  egyptian: {
    'يناير': 1,
    'فبراير': 2, 'فبرایر': 2,
    'مارس': 3,
    'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'أبرايل': 4,
    'مايو': 5,
    'يونيو': 6, 'يونيه': 6,
    'يوليو': 7, 'يوليه': 7,
    'أغسطس': 8, 'اغسطس': 8, 'أغسطوس': 8,
    'سبتمبر': 9, 'سيبتمبر': 9,
    'أكتوبر': 10, 'اكتوبر': 10, 'أوكتوبر': 10,
    'نوفمبر': 11, 'نوڤمبر': 11,
    'ديسمبر': 12,
  },
  // French-derived names used in Morocco.
  moroccan: {
    'ماي': 5,
    'يوليوز': 7,
    'غشت': 8,
    'شتنبر': 9,
    'نونبر': 11,
    'دجنبر': 12,
    // Mauritania (Hassaniya spellings)
    'أغشت': 8, 'دجمبر': 12,
  },
  // French-derived names used in Algeria and Tunisia.
  maghrebi: {
    'جانفي': 1, 'جانفييه': 1,
    'فيفري': 2, 'فيفريه': 2,
    'أفريل': 4,
    'جوان': 6,
    'جويلية': 7, 'جوييه': 7,
    'أوت': 8,
  },
  // Libya's names (1986–2011): "الأربعاء 14 الطير 2010".
  libyan: {
    'أي النار': 1, 'النوار': 2, 'الربيع': 3, 'الطير': 4, 'الماء': 5, 'الصيف': 6,
    'ناصر': 7, 'هانيبال': 8, 'الفاتح': 9, 'التمور': 10, 'الحرث': 11, 'الكانون': 12,
  },
  // English, on bilingual sites and in English date stamps ("Sep 16, 2015"). Folded text is lower case.
  english: {
    'january': 1, 'jan': 1, 'february': 2, 'feb': 2, 'march': 3, 'mar': 3, 'april': 4, 'apr': 4, 'may': 5,
    'june': 6, 'jun': 6, 'july': 7, 'jul': 7, 'august': 8, 'aug': 8, 'september': 9, 'sept': 9, 'sep': 9,
    'october': 10, 'oct': 10, 'november': 11, 'nov': 11, 'december': 12, 'dec': 12,
  },
  // French, on Maghreb sites' stamps ("27 septembre 2017 - 18:45").
  french: {
    'janvier': 1, 'février': 2, 'fevrier': 2, 'mars': 3, 'avril': 4, 'mai': 5, 'juin': 6, 'juillet': 7,
    'août': 8, 'aout': 8, 'septembre': 9, 'octobre': 10, 'novembre': 11, 'décembre': 12, 'decembre': 12,
  },
};

/** Hijri month names; value = month number 1–12. */
export const HIJRI_MONTHS: Record<string, number> = {
  'محرم': 1, 'المحرم': 1, 'محرم الحرام': 1,
  'صفر': 2, 'صفر الخير': 2,
  'ربيع الأول': 3, 'ربيع أول': 3, 'ربيع الاول': 3,
  'ربيع الثاني': 4, 'ربيع الآخر': 4, 'ربيع ثاني': 4, 'ربيع الأخر': 4,
  'جمادى الأولى': 5, 'جمادى الأول': 5, 'جمادى أولى': 5,
  'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6, 'جمادى الثاني': 6, 'جمادى الأخرة': 6,
  'رجب': 7, 'رجب المرجب': 7,
  'شعبان': 8, 'شعبان المعظم': 8,
  'رمضان': 9, 'رمضان المبارك': 9,
  'شوال': 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذا القعدة': 11,
  'ذو الحجة': 12, 'ذي الحجة': 12, 'ذا الحجة': 12,
};

/** Hijri month names that are also common words or names: only accepted with a year. */
export const AMBIGUOUS_HIJRI_MONTHS: string[] = ['صفر', 'رجب', 'رمضان', 'شعبان', 'شوال'];

/** Weekday names; value = JS getUTCDay() number (0 = Sunday). */
export const WEEKDAYS: Record<string, number> = {
  'الأحد': 0,
  'الإثنين': 1, 'الاثنين': 1, 'الأثنين': 1,
  'الثلاثاء': 2, 'الثلثاء': 2, 'الثلاثا': 2,
  'الأربعاء': 3, 'الأربعا': 3,
  'الخميس': 4,
  'الجمعة': 5,
  'السبت': 6,
  'sunday': 0, 'sun': 0, 'monday': 1, 'mon': 1, 'tuesday': 2, 'tue': 2, 'wednesday': 3, 'wed': 3,
  'thursday': 4, 'thu': 4, 'friday': 5, 'fri': 5, 'saturday': 6, 'sat': 6,
};

/** Suffixes marking a year as Gregorian (2015م) or Hijri (1436هـ). */
export const GREGORIAN_YEAR_MARKS: string[] = ['م', 'مـ', 'ميلادي', 'ميلادية', 'للميلاد'];
export const HIJRI_YEAR_MARKS: string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'الهجري', 'للهجرة'];

/** Words that introduce an explicit year: "العام 2014", "سنة 1990". */
export const YEAR_WORDS: string[] = ['عام', 'العام', 'سنة', 'السنة'];

/** Words between a day and its month: "16 من سبتمبر", "16 شهر سبتمبر". */
export const DAY_MONTH_LINKS: string[] = ['من', 'من شهر', 'شهر'];

/** Word announcing a month: "في شهر حزيران". */
export const MONTH_WORD = 'شهر';

/** Qualifiers after a month or weekday: direction relative to the reference. */
export const QUALIFIERS: Record<string, 'past' | 'current' | 'next'> = {
  'الماضي': 'past', 'الماضية': 'past', 'المنصرم': 'past', 'المنصرمة': 'past', 'الفائت': 'past', 'الفائتة': 'past',
  'الجاري': 'current', 'الجارية': 'current', 'الحالي': 'current', 'الحالية': 'current',
  'المقبل': 'next', 'المقبلة': 'next', 'القادم': 'next', 'القادمة': 'next',
};

/** Day words relative to the reference day; value = offset in days. */
export const RELATIVE_DAYS: Record<string, number> = {
  'أول أمس': -2, 'أول من أمس': -2, 'أمس الأول': -2,
  'أمس': -1, 'الأمس': -1, 'البارحة': -1, 'امبارح': -1, 'إمبارح': -1, 'البارح': -1,
  'اليوم': 0,
  'غدا': 1, 'يوم غد': 1,
  'بعد غد': 2,
};

/** The word "today": it is also part of names ("روسيا اليوم") and phrases where it is not a date. */
export const TODAY_WORD = 'اليوم';

/** Words that, right before "اليوم", make it part of a name or fixed phrase rather than "today". */
export const NOT_TODAY_BEFORE: string[] = [
  'حظك', 'برجك', 'روسيا', 'المغرب', 'العرب', 'مصر', 'الإمارات', 'فلسطين', 'الجزائر', 'لبنان', 'اليمن',
  'السودان', 'ليبيا', 'تونس', 'العراق', 'سوريا', 'الأردن', 'الخليج', 'الوطن', 'الكويت', 'البحرين', 'قطر',
  'عمان', 'السعودية', 'الرياضة', 'الاقتصاد', 'صحيفة', 'جريدة', 'موقع', 'قناة',
];

/** Periods relative to the reference: "الأسبوع الماضي", "هذا العام". */
export const RELATIVE_PERIOD_NOUNS: Record<string, 'week' | 'month' | 'year'> = {
  'الأسبوع': 'week', 'الاسبوع': 'week',
  'الشهر': 'month',
  'العام': 'year', 'السنة': 'year',
};
export const THIS_WORDS: string[] = ['هذا', 'هذه'];

/** Duration prepositions: "منذ 3 ساعات" (ago), "قبل يومين" (ago). */
export const AGO_WORDS: string[] = ['منذ', 'قبل'];

/** After a duration, these mean it is counted from another event, not from now ("قبل يومين من الانتخابات"). */
export const NOT_FROM_NOW_AFTER: string[] = ['من', 'على'];

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Duration units: singular (= 1), dual (= 2) and plural (needs a number) forms. */
export const UNITS: Record<Unit, { one: string[]; two: string[]; many: string[] }> = {
  second: { one: ['ثانية'], two: ['ثانيتين', 'ثانيتان'], many: ['ثوان', 'ثواني', 'ثوانٍ', 'ثانية'] },
  minute: { one: ['دقيقة'], two: ['دقيقتين', 'دقيقتان'], many: ['دقائق', 'دقيقة'] },
  hour: { one: ['ساعة'], two: ['ساعتين', 'ساعتان'], many: ['ساعات', 'ساعة'] },
  day: { one: ['يوم'], two: ['يومين', 'يومان'], many: ['أيام', 'يوم', 'يوما'] },
  week: { one: ['أسبوع'], two: ['أسبوعين', 'أسبوعان'], many: ['أسابيع', 'أسبوع', 'أسبوعا'] },
  month: { one: ['شهر'], two: ['شهرين', 'شهران'], many: ['أشهر', 'شهور', 'شهر', 'شهرا'] },
  year: { one: ['سنة', 'عام'], two: ['سنتين', 'سنتان', 'عامين', 'عامان'], many: ['سنوات', 'سنين', 'أعوام', 'عام', 'سنة', 'عاما'] },
};

/** Number words used in durations ("منذ ثلاثة أيام"). Vague words map to null. */
export const NUMBER_WORDS: Record<string, number | null> = {
  'ثلاث': 3, 'ثلاثة': 3, 'أربع': 4, 'أربعة': 4, 'خمس': 5, 'خمسة': 5, 'ست': 6, 'ستة': 6,
  'سبع': 7, 'سبعة': 7, 'ثماني': 8, 'ثمانية': 8, 'ثمان': 8, 'تسع': 9, 'تسعة': 9, 'عشر': 10, 'عشرة': 10,
  'بضع': null, 'بضعة': null, 'عدة': null,
};

/** Words before a time: "الساعة 5 مساء". */
export const TIME_WORDS: string[] = ['الساعة'];

/** Day-part words after a time; value = 'am' | 'pm' | 'noon'. */
export const DAY_PARTS: Record<string, 'am' | 'pm'> = {
  'صباحا': 'am', 'صباح': 'am', 'ص': 'am', 'فجرا': 'am', 'ق.ظ': 'am',
  'مساء': 'pm', 'مساءا': 'pm', 'م': 'pm', 'ظهرا': 'pm', 'عصرا': 'pm', 'ليلا': 'pm', 'ب.ظ': 'pm',
  'am': 'am', 'pm': 'pm',
};

/** Names of UTC (zero offset), lower-case ASCII or Arabic. */
export const UTC_NAMES: string[] = ['gmt', 'utc', 'بتوقيت غرينتش', 'بتوقيت جرينتش', 'بتوقيت غرينيتش', 'ت.غ', 'توقيت غرينتش', 'غرينتش'];

/** Zones named next to a time, with their offset. Only zones without daylight saving time. */
export const ZONE_OFFSETS: Record<string, string> = {
  'ksa': '+03:00', 'مكة المكرمة': '+03:00', 'بتوقيت مكة المكرمة': '+03:00', 'بتوقيت مكة': '+03:00',
  'بتوقيت السعودية': '+03:00', 'بتوقيت الرياض': '+03:00', 'بتوقيت الدوحة': '+03:00', 'بتوقيت الكويت': '+03:00',
  'بتوقيت بغداد': '+03:00', 'بتوقيت الإمارات': '+04:00', 'بتوقيت أبوظبي': '+04:00', 'بتوقيت دبي': '+04:00',
  'بتوقيت مسقط': '+04:00',
};

/** Connectors between a Gregorian date and its Hijri equivalent. */
export const EQUIVALENCE_WORDS: string[] = ['الموافق', 'الموافق لـ', 'الموافق ل', 'موافق', 'وفق'];

/** Line labels → role (classifyDateLine). Longer labels are tried first. */
export const LINE_LABELS: Record<string, 'published' | 'updated'> = {
  'آخر تحديث': 'updated', 'اخر تحديث': 'updated', 'تاريخ التحديث': 'updated', 'تم التحديث': 'updated',
  'تحديث': 'updated', 'محدث': 'updated', 'محدث في': 'updated', 'محدث بتاريخ': 'updated', 'حدث في': 'updated', 'حدث بتاريخ': 'updated', 'حدث': 'updated',
  'التحديث': 'updated', 'تعديل': 'updated', // "التحديث: الأحد 23 حزيران 2024", "تعديل: 12/10/2022 - 11:05"
  'محدثة': 'updated', 'المحدثة': 'updated', // Sputnik: "14:22 GMT 12.05.2024 (المحدثة 15:40 GMT 12.05.2024)"
  'last updated': 'updated', 'updated': 'updated',
  'آخر تحيين': 'updated', 'اخر تحيين': 'updated', 'تحيين': 'updated', // Tunisia, Algeria
  'عدل بتاريخ': 'updated', 'عدل في': 'updated', 'تم التعديل': 'updated', 'آخر تعديل': 'updated', 'اخر تعديل': 'updated',
  'التعديل الأخير': 'updated', 'التعديل الاخير': 'updated', 'التحديث الأخير': 'updated', 'التحديث الاخير': 'updated',
  'نشر لأول مرة': 'published', 'نشرت لأول مرة': 'published', 'نشر لاول مرة': 'published', 'نشرت لاول مرة': 'published',
  'نشر في': 'published', 'نشر بتاريخ': 'published', 'نشر يوم': 'published', 'نشرت في': 'published',
  'تاريخ النشر': 'published', 'تم النشر': 'published', 'منشور في': 'published', 'نشر': 'published',
  'أضيف في': 'published', 'أضيف بتاريخ': 'published', 'اضيف بتاريخ': 'published', 'تاريخ الإضافة': 'published', 'published': 'published',
  // French, on Maghreb and Lebanese sites
  'mis a jour le': 'updated', 'mis a jour': 'updated', 'modifie le': 'updated', 'publie le': 'published',
  'derniere mise a jour': 'updated', 'mise a jour': 'updated', 'mise a jour le': 'updated', 'publie': 'published', 'date de publication': 'published',
};

/** Print-issue header word: "العدد 4758". */
export const ISSUE_WORDS: string[] = ['العدد', 'عدد رقم', 'العدد رقم', 'رقم العدد'];

/** Substrings one of which every copyright marker contains (a cheap pre-check per line). */
export const COPYRIGHT_KEYS: string[] = ['©', '(c)', 'copyright', 'حقوق', 'rights'];
/** Copyright markers. */
export const COPYRIGHT_MARKS: string[] = ['©', '(c)', 'copyright', 'جميع الحقوق محفوظة', 'الحقوق محفوظة', 'حقوق النشر', 'حقوق الطبع', 'حقوق التأليف', 'all rights reserved'];
