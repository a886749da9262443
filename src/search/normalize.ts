// Arabic search normalisation, shared by the indexer (Node) and the search page (browser).
// Pure and dependency-free. Every whitespace token maps to exactly ONE token, so token i of the
// normalised text is token i of the original: that is what lets excerpts show the original words.

/** Bump when the output of normalizeToken changes: it keys the shard cache. */
export const NORMALIZER_VERSION = 3;

/** Stands in for a token with no letters or digits (e.g. "—"), keeping positions aligned. */
export const EMPTY_TOKEN = '-';

// Tashkeel, Quranic marks, superscript alef, tatweel, and invisible joiners/marks.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export const FOLD: Record<string, string> = {
  // alef forms
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا',
  // hamza seats: مسؤول / مسئول / مسءول all become مسءول
  'ؤ': 'ء', 'ئ': 'ء', 'ٶ': 'ء', 'ٸ': 'ء',
  // taa marbuta and alef maqsura, both directions collapse
  'ة': 'ه', 'ۃ': 'ه', 'ى': 'ي',
  // Persian / Urdu keyboard letters
  'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ہ': 'ه', 'ە': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
};
for (let i = 0; i < 10; i++) {
  FOLD[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic digits
  FOLD[String.fromCharCode(0x06f0 + i)] = String(i); // Persian digits
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const NOT_WORD = /[^\p{L}\p{N}]/gu;
const ARABIC = /^[\u0621-\u064A]+$/;

// Words that begin with ال but carry no article (or would collide if stripped).
const ARTICLE_KEEP = new Set([
  'الله', 'اللهم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي', 'اللاءي',
  'الان', 'الي', 'الا', 'والا', 'فالا', 'والي', 'والد', 'والده', 'والدي', 'والدها', 'والدهم', 'والديه', 'بالي', 'بالغ',
  'بالغه', 'فالح', 'كالي',
]);

// Words whose first letter is part of the root, not a clitic: stripping them would collide with
// another real word (بلديه → لديه, وزاره → زاره) or erode a name (فلسطين, لبنان).
const BARE_KEEP = new Set([
  'بلديه', 'بلديات', 'وزاره', 'وزراء', 'وزيره', 'وكاله', 'وكالات', 'ولايه', 'ولايات', 'وسايل', 'وساءل', 'ولاده',
  'فلسطين', 'بريطانيا', 'فرنسا', 'بغداد', 'بيروت', 'بوتين', 'كوريا', 'فنزويلا', 'وطنيه', 'فريقه', 'كتابه',
  'كبيره', 'بيانات', 'بحريه', 'فيروس', 'كورونا', 'وظايف', 'وظاءف', 'وثيقه', 'وثاءق', 'بطوله', 'لحظه', 'كتيبه',
  'بدايه', 'كلمات', 'فرصه', 'وجوده', 'وسيله', 'بطاقه', 'بضاعه', 'كميه', 'كيفيه', 'فعاليه', 'فعاليات', 'وحده',
]);

// Article with optional conjunction (و ف) and preposition (ب ك), or ل + article written "لل".
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;
const CLITIC = /^[وفبكل]/;
const MIN_AFTER_ARTICLE = 2;
/** A bare one-letter clitic is only stripped if at least this many letters remain: keeps وزير, كتب, بيت intact. */
const MIN_AFTER_CLITIC = 4;

/** Spelling-level folding only: marks, letter variants, digits, punctuation. */
export function foldToken(token: string): string {
  return token
    .normalize('NFKC')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLD[c])
    .replace(NOT_WORD, '');
}

/** Strip proclitics: [و|ف][ب|ك]ال / [و|ف]لل, then bare و ف ب ك ل one at a time while the rest stays long. */
export function stripClitics(word: string): string {
  if (!ARABIC.test(word) || ARTICLE_KEEP.has(word)) return word;
  let w = word;
  const m = ARTICLE.exec(w);
  if (m && w.length - m[0].length >= MIN_AFTER_ARTICLE) w = w.slice(m[0].length);
  // Iterating keeps it consistent: stem(ل + W) === stem(W) whenever W is long enough.
  while (CLITIC.test(w) && w.length - 1 >= MIN_AFTER_CLITIC && !BARE_KEEP.has(w)) w = w.slice(1);
  return w;
}

/** One token in, one token out (never empty, never containing whitespace). */
export function normalizeToken(token: string): string {
  const folded = foldToken(token);
  return folded ? stripClitics(folded) : EMPTY_TOKEN;
}

/** Split on whitespace, dropping empties. The same split must be used everywhere. */
export function tokenize(text: string): string[] {
  // \s is Unicode whitespace with or without the u flag; without it V8 splits about twice as fast.
  return text.split(/\s+/).filter(Boolean);
}

/** Normalise a whole text, token for token. */
export function normalizeText(text: string): string[] {
  return tokenize(text).map(normalizeToken);
}

export interface ParsedQuery {
  /** Every term that must match: one entry per query word, in order. */
  terms: { original: string; norm: string }[];
  /** Quoted phrases, as runs of normalised terms that must be adjacent. */
  phrases: string[][];
}

/** Parse what the user typed: words, and "quoted phrases" (also «…» and “…”). */
export function parseQuery(input: string): ParsedQuery {
  const terms: ParsedQuery['terms'] = [];
  const phrases: string[][] = [];
  const re = /["«“”»]([^"«“”»]*)["«“”»]?|(\S+)/gu;
  for (const m of input.matchAll(re)) {
    const words = tokenize(m[1] ?? m[2])
      .map((original) => ({ original, norm: normalizeToken(original) }))
      .filter((t) => t.norm !== EMPTY_TOKEN);
    terms.push(...words);
    if (m[1] !== undefined && words.length > 1) phrases.push(words.map((w) => w.norm));
  }
  return { terms, phrases };
}
