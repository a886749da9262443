// Saved HTML page → the block-per-line text of the .txt dumps, so one extractor serves both.
// parse5 does the real parsing (entities, unclosed tags, misnesting); the walk is iterative so a
// 100,000-level nesting cannot overflow the stack.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { mayHoldAbsoluteDate } from '../../dates/index.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that start and end a visual block (one line each, blank line between blocks). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'optgroup', 'textarea',
]);
/** Elements whose content is never visible text. (<template> content lives outside childNodes.) */
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'datalist', 'map', 'title',
]);
const SPACES = /[ \t\n\r\f]+/g;
const LETTER_DIGIT_SEAM = /^(?:[\p{L}][\p{Nd}]|[\p{Nd}][\p{L}\p{Nd}])$/u;
const DISPLAY_NONE = /display\s*:\s*none/i;
const MAX_META = 300; // metadata lines are hints, not content: cap them

export const PUBLISHED_PREFIX = 'تاريخ النشر: ';
export const UPDATED_PREFIX = 'آخر تحديث: ';

const EXIT = Symbol('exit');
type Frame = Node | { [EXIT]: Element };

function attr(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

function isHidden(el: Element): boolean {
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style' && a.value.includes('none') && DISPLAY_NONE.test(a.value)) return true;
    // text for screen readers only, and embeds a script turns into a widget (a tweet, an Instagram post)
    if (a.name === 'class' && HIDDEN_OR_EMBED.test(a.value)) return true;
  }
  return false;
}
const HIDDEN_OR_EMBED = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|element-invisible|twitter-tweet|instagram-media)(?:\s|$)/;

const DATETIME = /^\s*\d{4}-\d{2}-\d{2}/;

/** The visible text under an element (for a short element such as <time>). */
function textOf(el: Element): string {
  let t = '';
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') t += (n as DefaultTreeAdapterMap['textNode']).value;
    else if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return t;
}

const collapse = (s: string) => s.replace(SPACES, ' ').trim().slice(0, MAX_META);

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Convert an HTML document to block-per-line text (not yet normalised: see normaliseLines). */
export function htmlToText(html: string): string {
  const doc = parse(html);
  const out: string[] = [];
  let cur = '';
  let blank = false; // a block boundary is pending: the next line gets a blank line before it
  let pre = 0; // inside <pre>: keep line breaks
  let title: string | null = null;
  let siteName: string | null = null;
  let ogUrl: string | null = null;
  let canonical: string | null = null;
  let published: string | null = null;
  let modified: string | null = null;
  // A <time> showing only an age ("منذ 4 ساعات") keeps the date in its datetime attribute: the first
  // such one after the page's <h1> (else the first at all) stands in when no meta names the date.
  let timeBeforeH1: string | null = null;
  let timeAfterH1: string | null = null;
  let seenH1 = false;

  let markedPublished: string | null = null;
  let markedUpdated: string | null = null;
  const flush = () => {
    if (cur.trim() === '') { cur = ''; return; }
    if (blank && out.length > 0) out.push('');
    blank = false;
    out.push(cur);
    cur = '';
  };
  const boundary = () => { flush(); blank = true; };

  const stack: Frame[] = [doc];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (EXIT in frame) {
      if (frame[EXIT].nodeName === 'time') { cur += ' '; continue; }
      if (frame[EXIT].nodeName === 'pre') pre--;
      boundary();
      continue;
    }
    const node = frame as Node;
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      if (pre > 0) {
        const parts = value.split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) flush();
          cur += parts[i];
        }
      } else {
        const v = value.replace(SPACES, ' ');
        // two inline elements side by side ("<span>نادية</span><span>14 ديسمبر 2017</span><span>3 تعليقات</span>"):
        // a word never runs from a letter into a digit, nor a year into a count, so they are separate fields
        if (cur && v && LETTER_DIGIT_SEAM.test(cur[cur.length - 1] + v[0])) cur += ' ';
        cur += v;
      }
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    if ('tagName' in node) {
      const el = node as Element;
      const tag = el.tagName;
      // Metadata is read wherever it sits (head or, in broken pages, body).
      if (tag === 'title') {
        if (title === null && el.namespaceURI === 'http://www.w3.org/1999/xhtml') {
          title = collapse(el.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
        }
        continue;
      }
      if (tag === 'meta') {
        const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop');
        const content = attr(el, 'content');
        if (key && content) {
          const k = key.toLowerCase();
          if (k === 'og:site_name') siteName ??= collapse(content);
          else if (k === 'og:url') ogUrl ??= content;
          else if (k === 'article:published_time' || k === 'datepublished') published ??= collapse(content);
          else if (k === 'article:modified_time' || k === 'datemodified') modified ??= collapse(content);
        }
        continue;
      }
      if (tag === 'script') {
        // JSON-LD: schema.org's datePublished and dateModified, where a page has no article:*_time meta
        if ((attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json' && (published === null || modified === null)) {
          const ld = jsonLdDates(el.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
          published ??= ld.published;
          modified ??= ld.modified;
        }
        continue;
      }
      if (tag === 'link') {
        const rel = attr(el, 'rel');
        if (rel && rel.toLowerCase().split(SPACES).includes('canonical')) canonical ??= attr(el, 'href');
        continue;
      }
      if (tag === 'head') {
        // Only metadata matters in <head>: walk it for title/meta/link/JSON-LD, never for text.
        for (let i = el.childNodes.length - 1; i >= 0; i--) {
          const c = el.childNodes[i];
          if ('tagName' in c && (c.tagName === 'title' || c.tagName === 'meta' || c.tagName === 'link' || c.tagName === 'script')) stack.push(c);
        }
        continue;
      }
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'br') { flush(); continue; }
      if (tag === 'h1') seenH1 = true;
      if (tag === 'time') {
        const dt = attr(el, 'datetime');
        const cls = attr(el, 'class') ?? '';
        if (dt && DATETIME.test(dt)) {
          // WordPress marks the article's own times: "entry-date published", "updated"
          if (/\bupdated\b/.test(cls) && !/\bpublished\b/.test(cls)) markedUpdated ??= collapse(dt);
          else if (/\b(?:published|entry-date)\b/.test(cls)) markedPublished ??= collapse(dt);
          else if ((seenH1 ? timeAfterH1 : timeBeforeH1) === null && !mayHoldAbsoluteDate(textOf(el))) {
            if (seenH1) timeAfterH1 = collapse(dt);
            else timeBeforeH1 = collapse(dt);
          }
        }
        stack.push({ [EXIT]: el }); // a space after it: two <time>s side by side are two dates, not one number
      }
      if (BLOCK.has(tag)) {
        boundary();
        if (tag === 'pre') pre++;
        stack.push({ [EXIT]: el });
      }
    }
    const children = (node as DefaultTreeAdapterMap['parentNode']).childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();

  const head: string[] = [];
  if (title) head.push(title, '');
  published ??= markedPublished ?? timeAfterH1 ?? timeBeforeH1;
  if (published) head.push(PUBLISHED_PREFIX + published, '');
  modified ??= markedUpdated;
  if (modified && modified !== published) head.push(UPDATED_PREFIX + modified, '');
  const tail: string[] = [];
  if (siteName) tail.push('', siteName);
  const host = hostOf(canonical) ?? hostOf(ogUrl);
  if (host) tail.push('', host);
  return [...head, ...out, ...tail].join('\n');
}

/** The first datePublished and dateModified in a JSON-LD block (an object, a list, or an @graph); bad JSON is ignored. */
function jsonLdDates(json: string): { published: string | null; modified: string | null } {
  const out = { published: null as string | null, modified: null as string | null };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return out;
  }
  const queue: unknown[] = [data];
  for (let n = 0; n < queue.length && n < MAX_JSON_LD_NODES && !(out.published && out.modified); n++) {
    const v = queue[n];
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string' && o.datePublished.trim()) out.published ??= collapse(o.datePublished);
      if (typeof o.dateModified === 'string' && o.dateModified.trim()) out.modified ??= collapse(o.dateModified);
      if (o['@graph']) queue.push(o['@graph']);
    }
  }
  return out;
}
/** A bound on a hostile JSON-LD block's walk. */
const MAX_JSON_LD_NODES = 1000;
