// Stage 5 — an article record → Markdown with YAML frontmatter. The frontmatter has one fixed shape
// (the shared schema), so a small writer emits it: block style, a string plain only when it is plainly
// safe (Arabic text without YAML indicators, simple Latin tokens), double-quoted with escapes otherwise.
// It replaced gray-matter/js-yaml, which cost more than half of the whole render. The body is escaped
// so `*`, `#`, `[`, `<` from the page stay literal text (mdast-util-to-markdown for any line that needs it).
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root, RootContent } from 'mdast';
import { articleSchema, type Article, type RawRef } from '../schema/article.ts';
import type { ArticleRecord } from './extract.ts';

/** What the schema accepts as a date (same test as src/schema/article.ts). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SHA256 = /^[0-9a-f]{64}$/;
const textOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';
const dateOk = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && ISO_DATE.test(v));
const refOk = (r: RawRef) => typeof r.path === 'string' && SHA256.test(r.sha256);

/**
 * The frontmatter of an extracted record, as the shared schema outputs it. A record that plainly fits the
 * schema is copied field by field (zod costs as much as the rest of the render); anything else goes
 * through `articleSchema.parse`, which throws on what does not fit. write.test.ts checks both agree.
 */
export function toFrontmatter(r: ArticleRecord, raw: RawRef, duplicates: RawRef[] = []): Article {
  const input = {
    headline: r.headline,
    subtitle: r.subtitle,
    byline: r.byline,
    source: r.source,
    date: r.date,
    language: r.language ?? 'ar',
    comments: r.comments,
    comment_count_stated: r.comment_count_stated,
    raw,
    duplicates,
  };
  const fits = typeof r.headline === 'string' && r.headline.length > 0 && textOrNull(r.subtitle) && textOrNull(r.byline) &&
    textOrNull(r.source.name) && textOrNull(r.source.domain) && dateOk(r.date.published) && dateOk(r.date.updated) && textOrNull(r.date.hijri) &&
    typeof input.language === 'string' && (r.comment_count_stated === null || (Number.isInteger(r.comment_count_stated) && r.comment_count_stated >= 0)) &&
    r.comments.every((c) => typeof c.text === 'string' && textOrNull(c.author) && textOrNull(c.title) && textOrNull(c.when)) &&
    refOk(raw) && duplicates.every(refOk);
  if (!fits) return articleSchema.parse(input);
  return {
    headline: r.headline!,
    subtitle: r.subtitle ?? null,
    byline: r.byline ?? null,
    source: { name: r.source.name ?? null, domain: r.source.domain ?? null },
    date: { published: r.date.published ?? null, updated: r.date.updated ?? null, hijri: r.date.hijri ?? null },
    language: input.language,
    comments: r.comments.map((c) => ({ author: c.author ?? null, title: c.title ?? null, when: c.when ?? null, text: c.text })),
    comment_count_stated: r.comment_count_stated,
    raw: { path: raw.path, sha256: raw.sha256 },
    duplicates: duplicates.map((d) => ({ path: d.path, sha256: d.sha256 })),
  };
}

// --- YAML ---

/** Starts with an Arabic letter (so never a number, date, keyword or indicator) and holds no ':', '#', control, invisible or line-breaking character. */
const PLAIN_ARABIC = /^[\u0621-\u064a\u0671-\u06d3][^\x00-\x1f\x7f-\x9f:#\u2000-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff\ud800-\udfff]*$/;
/** Domains, paths, language codes: a letter, then letters, digits and . _ / - only. */
const PLAIN_LATIN = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words some YAML readers take for null or booleans (YAML 1.1 included). */
const KEYWORD = /^(?:null|true|false|yes|no|on|off|y|n)$/i;
/** A sha256 with a letter other than e cannot be read as a number. */
const PLAIN_HEX = /^(?=.*[a-df])[0-9a-f]{64}$/;
/** What a double-quoted scalar must escape: quote, backslash, controls, line/paragraph separators, BOM, non-characters, lone surrogates. */
const QUOTE_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/gu;
const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function yamlString(s: string): string {
  if (!s.endsWith(' ') && (PLAIN_ARABIC.test(s) || (PLAIN_LATIN.test(s) && !KEYWORD.test(s)) || PLAIN_HEX.test(s))) return s;
  return `"${s.replace(QUOTE_ESCAPE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

function yamlScalar(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  throw new TypeError(`frontmatter: cannot write ${typeof v} ${String(v)}`);
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `key: value` lines at `indent`, block style (mappings and lists nested by two spaces, like js-yaml). */
function yamlEntries(obj: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [key, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v) ? v.length === 0 : isMapping(v) && Object.keys(v).length === 0) {
      out.push(`${indent}${key}: ${Array.isArray(v) ? '[]' : '{}'}`);
    } else if (Array.isArray(v)) {
      out.push(`${indent}${key}:`);
      for (const item of v) {
        if (isMapping(item) && Object.keys(item).length > 0) {
          // "- " opens the item's first line; its other keys line up under it
          const at = out.length;
          yamlEntries(item, indent + '    ', out);
          if (out.length === at) out.push(`${indent}  - {}`);
          else out[at] = `${indent}  - ${out[at].slice(indent.length + 4)}`;
        } else if (Array.isArray(item) || isMapping(item)) {
          throw new TypeError('frontmatter: nested lists are not part of the article shape');
        } else out.push(`${indent}  - ${yamlScalar(item)}`);
      }
    } else if (isMapping(v)) {
      out.push(`${indent}${key}:`);
      yamlEntries(v, indent + '  ', out);
    } else out.push(`${indent}${key}: ${yamlScalar(v)}`);
  }
}

/** The frontmatter block, `---` to `---`. */
export function frontmatterYaml(front: Article): string {
  const lines: string[] = ['---'];
  yamlEntries(front as unknown as Record<string, unknown>, '', lines);
  lines.push('---', '');
  return lines.join('\n');
}

// --- Markdown ---

/**
 * A line mdast-util-to-markdown would write unchanged: none of the characters it may escape (its
 * unsafe.js: \ ` * _ [ ] < & and line breaks), no list/heading/quote/fence/setext marker or space at
 * its start, no space at its end. Headings also must not hold '#'.
 */
const MAYBE_UNSAFE = /[\\`*_[\]<&\r\n\t]|^[\s#>+\-=~]|^\d+[.)]|\s$/;
const isPlainText = (text: string, heading: boolean) => text !== '' && !MAYBE_UNSAFE.test(text) && !(heading && text.includes('#'));

/** Paragraphs and `##` subheadings, every character escaped as text. */
export function bodyToMarkdown(body: string[], subheadings: string[]): string {
  const subs = new Set(subheadings);
  // the common case, plain Arabic prose, needs no escaping: skip building and serialising a tree
  if (body.every((text) => isPlainText(text, subs.has(text)))) {
    return body.length ? body.map((text) => (subs.has(text) ? '## ' + text : text)).join('\n\n') + '\n' : '';
  }
  const children: RootContent[] = body.map((text) =>
    subs.has(text)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: text }] },
  );
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { bullet: '-', emphasis: '_' });
}

/** The whole article file. */
export function renderArticle(front: Article, body: string[], subheadings: string[]): string {
  return frontmatterYaml(front) + '\n' + bodyToMarkdown(body, subheadings);
}
