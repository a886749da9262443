// First ingest stage: a raw file's bytes → normalised block-per-line text (or a reason to reject it).
// Pure: no I/O, so the pipeline, the `extract` command and the tests all share it.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { canonicalCharset, decodeBytes } from './decode.ts';
import { countControls, hasSpecial, normaliseLines } from './normalise.ts';
import { htmlToText } from './html.ts';
import { decodeHTML } from 'entities';

export { PUBLISHED_PREFIX } from './html.ts';

export type ReadResult =
  | { ok: true; text: string; encoding: string; format: 'text' | 'html'; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Largest raw file accepted: 20 MiB. Real page dumps are 5–50 KB and even saved HTML pages with
 * inline styles stay under a few MB; anything bigger is a crawler accident (a video, an archive, a
 * log) and would cost seconds of parsing and hundreds of MB of memory. The pipeline should compare
 * the file's stat size against this before reading it.
 */
export const MAX_RAW_BYTES = 20 * 1024 * 1024;

const HTML_EXT = /\.(?:x?html?|shtml)$/i;
/** A stray control character now and then is noise; this share of them means it is not text. */
const MAX_CONTROL_SHARE = 0.02;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reason to reject a file of `size` bytes, or null: lets the pipeline skip reading huge files. */
export function sizeRejection(size: number): string | null {
  return size > MAX_RAW_BYTES ? `file too large: ${mb(size)} (${size} bytes; limit ${mb(MAX_RAW_BYTES)})` : null;
}

/** Decode a raw file's bytes and normalise it into block-per-line text. Pure: no I/O. */
export function readDump(bytes: Uint8Array, fileName: string): ReadResult {
  const tooLarge = sizeRejection(bytes.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const htmlByName = HTML_EXT.test(fileName);
  const decoded = decodeBytes(bytes, () => declaredCharset(bytes));
  if (!decoded.ok) return decoded;
  const { text: raw, encoding } = decoded;
  const warnings = [...decoded.warnings];

  const special = hasSpecial(raw); // one scan of the text for both passes below
  const controls = countControls(raw, special);
  if (controls > 8 && controls > raw.length * MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'binary content (control characters)' };
  }
  if (controls > 0) warnings.push(`${controls} control character${controls > 1 ? 's' : ''} removed`);

  const format = htmlByName || sniffHtml(raw) ? 'html' : 'text';
  if (!/\S/.test(raw)) return { ok: false, reason: 'empty file' };
  const plain = format === 'text' ? decodeLeftEntities(raw) : raw;
  const text = format === 'html' ? normaliseLines(htmlToText(raw)) : normaliseLines(plain, plain === raw ? special : hasSpecial(plain));
  if (text === '') return { ok: false, reason: format === 'html' ? 'no visible text in HTML' : 'empty file' };
  return { ok: true, text, encoding, format, warnings };
}

/** Content sniffing for pages saved with a .txt name: starts (after comments) with a doctype or <html>. */
function sniffHtml(text: string): boolean {
  let i = 0;
  for (let guard = 0; guard < 8; guard++) {
    while (i < text.length && (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0xfeff)) i++;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return false;
      i = end + 3;
      continue;
    }
    const head = text.slice(i, i + 14).toLowerCase();
    return head.startsWith('<!doctype html') || head.startsWith('<html');
  }
  return false;
}

/**
 * The charset an HTML file declares in its first 4 KB (<meta charset> or http-equiv Content-Type),
 * read with parse5 over a byte-transparent decoding. Only asked for files that are not UTF-8.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const prefix = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (!sniffHtml(prefix) && !prefix.toLowerCase().includes('<meta')) return null;
  const stack: DefaultTreeAdapterMap['node'][] = [parse(prefix)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node && node.tagName === 'meta') {
      let label: string | null = null;
      let httpEquiv = false;
      let content: string | null = null;
      for (const a of node.attrs) {
        if (a.name === 'charset') label = a.value;
        else if (a.name === 'http-equiv') httpEquiv = a.value.toLowerCase() === 'content-type';
        else if (a.name === 'content') content = a.value;
      }
      if (!label && httpEquiv && content) {
        // A MIME type parameter, not HTML: "text/html; charset=windows-1256".
        const at = content.toLowerCase().indexOf('charset=');
        if (at !== -1) label = content.slice(at + 8).split(/[;\s"']/)[0];
      }
      const canonical = label ? canonicalCharset(label) : null;
      if (canonical) return canonical;
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return null;
}

/** A character reference: "&quot;", "&nbsp;", "&#1583;", "&#x62F;". */
const ENTITY = /&(?:[a-z][a-z0-9]{1,9}|#\d{2,7}|#x[0-9a-f]{2,6});/gi;
/** Several references mean a dump kept its page's HTML escapes as text: one alone may be a word ("AT&T;"). */
const MIN_LEFT_ENTITIES = 3;

/** A text dump with its HTML character references left in: decode them (the entities package's tables). */
function decodeLeftEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  const n = raw.match(ENTITY)?.length ?? 0;
  return n >= MIN_LEFT_ENTITIES ? decodeHTML(raw) : raw;
}
