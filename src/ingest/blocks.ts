// Stage 2 — split a decoded dump into blocks: one per non-empty line, or per '&'-joined piece.
// Some CMS exports flatten <p> boundaries into '&' ("…البلد.&ووسط شكوك…"); those pieces are real paragraphs.
import { foldText, lineFacts, spanFacts } from '../lib/arabic.ts';

export interface Block {
  /** Position in the block list. */
  index: number;
  /** 1-based line number in the input. */
  line: number;
  /** Piece number within an '&'-joined line (0 when the line was not split). */
  piece: number;
  /** The text, trimmed. */
  text: string;
  /** Folded text for comparisons. */
  key: string;
  words: number;
  arabic: number;
}

// '&' glued to non-Latin text on at least one side; never an HTML entity, "AT&T" or a brand's "e&" (after a Latin
// letter or digit, only an Arabic letter glued on after it makes it a join: "…watch?v=Qm7&وكان")
const AMP_JOIN = /(?:(?<![A-Za-z0-9])|(?=&[\u0621-\u064a]))&(?![a-z]+;|#\d+;)/gi;
const LATIN_AROUND = /[A-Za-z0-9]&[A-Za-z0-9]/;

function splitPieces(line: string): string[] {
  if (!line.includes('&')) return [line];
  const joins = line.match(AMP_JOIN)?.length ?? 0;
  // one '&' between Latin words or standing alone (" & ") is an ampersand, not a join
  if (joins === 0 || (joins === 1 && (LATIN_AROUND.test(line) || / & /.test(line)))) return [line];
  return line.split(AMP_JOIN);
}

/** Keys compare titles and chrome phrases, which are short: folding a whole paragraph buys nothing. */
const MAX_KEY_SOURCE_CHARS = 300;

/** foldText of the block's whole text: its key, unless the text was too long to fold all of it. */
export function foldedText(b: Block): string {
  return b.text.length <= MAX_KEY_SOURCE_CHARS ? b.key : foldText(b.text);
}

export function makeBlock(index: number, line: number, piece: number, raw: string): Block {
  const text = raw.trim();
  const { key, words, arabic } = lineFacts(text, MAX_KEY_SOURCE_CHARS);
  return { index, line, piece, text, key, words, arabic };
}

/** Split text into blocks, keeping line numbers so every decision can point at its input line. */
/** `ampJoins`: split '&'-joined lines (text dumps); saved HTML has real paragraphs, and its '&' is text. */
export function splitBlocks(text: string, ampJoins = true): { lines: string[]; blocks: Block[] } {
  const lines = text.split('\n');
  const texts: string[] = [];
  const at: number[] = []; // per block: line number, then piece number
  const spans: number[] = []; // per block: where its text starts and ends in `text`
  for (let i = 0, lineStart = 0; i < lines.length; lineStart += lines[i++].length + 1) {
    const raw = lines[i];
    if (!raw.trim()) continue;
    const pieces = ampJoins ? splitPieces(raw) : [raw];
    let p = 0;
    let pieceStart = lineStart;
    for (const piece of pieces) {
      const t = piece.trim();
      if (t) {
        texts.push(t);
        at.push(i + 1, pieces.length > 1 ? ++p : 0);
        const start = pieceStart + leadingSpaces(piece, t);
        spans.push(start, start + t.length);
      }
      pieceStart += piece.length + 1; // pieces are split at one '&'
    }
  }
  // all keys of the page in one go (see spanFacts)
  const facts = spanFacts(text, spans, MAX_KEY_SOURCE_CHARS);
  const blocks: Block[] = new Array(texts.length);
  for (let b = 0; b < texts.length; b++) {
    const { key, words, arabic } = facts[b];
    blocks[b] = { index: b, line: at[2 * b], piece: at[2 * b + 1], text: texts[b], key, words, arabic };
  }
  return { lines, blocks };
}

/** How many characters trim() took off the start of `s` (`t` is s.trim(), never empty). */
function leadingSpaces(s: string, t: string): number {
  if (s.length === t.length) return 0;
  const first = t.charCodeAt(0); // not a space, so the first place it occurs is where t starts
  let i = 0;
  while (s.charCodeAt(i) !== first) i++;
  return i;
}
