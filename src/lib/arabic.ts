// Text folding used to compare lines (repeated headlines, chrome phrases): not for display.

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const PUNCT = /[\p{P}\p{S}]+/gu;

/** Fold a line for comparison: no diacritics/tatweel, one alef, ى→ي, ة→ه, no punctuation, lower-case Latin. */
export function foldText(s: string): string {
  return s
    .replace(TASHKEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(PUNCT, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/g;
const ANY_LETTER = /\p{L}/gu;

/** Share of letters that are Arabic (0 when the text has no letters). */
export function arabicRatio(s: string): number {
  const letters = s.match(ANY_LETTER)?.length ?? 0;
  return letters ? (s.match(ARABIC_LETTER)?.length ?? 0) / letters : 0;
}

export const wordCount = (s: string): number => (s.trim() ? s.trim().split(/\s+/).length : 0);
