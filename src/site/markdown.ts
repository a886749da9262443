// Article body Markdown → HTML with the mdast/hast utilities directly (no unified processor per page),
// made safe by remarkSafeArticle's rules. GFM as in Astro's Markdown, but the table syntax, by far its
// costliest part, is parsed only when the body has a table delimiter row: thousands of pages per build.
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { cleanTree, type Node } from './safe-markdown.ts';

const TABLE_DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^ {0,3}\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m;

const BASIC: Options = {
  extensions: [gfmAutolinkLiteral(), gfmStrikethrough()],
  mdastExtensions: [gfmAutolinkLiteralFromMarkdown(), gfmStrikethroughFromMarkdown()],
};
const WITH_TABLES: Options = {
  extensions: [...BASIC.extensions!, gfmTable()],
  mdastExtensions: [...BASIC.mdastExtensions!, gfmTableFromMarkdown()],
};

/** Characters and line starts that can mean Markdown syntax, GFM autolinks or entities. */
const SYNTAX = /[\\`*_[\]<>&|~@]|https?:|www\./i;
const BLOCK_START = /^(?: {0,3}(?:[-+*>=#]|\d+[.)])|\s)/;

/**
 * Plain text paragraphs and "## " subheadings — what ingest writes for almost every article — straight to
 * HTML; null when anything could be Markdown syntax, for the full parser. Same output as the parser on such
 * text (a test checks it on the whole benchmark corpus), at a fraction of its cost.
 */
export function plainBodyHtml(markdown: string): string | null {
  // Two spaces before a line break make a <br>.
  if (SYNTAX.test(markdown) || / {2,}\n/.test(markdown)) return null;
  const out: string[] = [];
  for (const block of markdown.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.replace(/[ \t]+$/, '')).filter((l, i, a) => l !== '' || (i > 0 && i < a.length - 1));
    if (!lines.length) continue;
    if (lines.length === 1 && /^## [^#\s][^#]*$/.test(lines[0])) {
      out.push(`<h2>${lines[0].slice(3).trim()}</h2>`);
      continue;
    }
    if (lines.some((l) => BLOCK_START.test(l) || l === '')) return null;
    out.push(`<p>${lines.join('\n')}</p>`);
  }
  return out.join('\n');
}

export function bodyHtml(markdown: string): string {
  const plain = plainBodyHtml(markdown);
  if (plain !== null) return plain;
  const tree = fromMarkdown(markdown, TABLE_DELIMITER_ROW.test(markdown) ? WITH_TABLES : BASIC);
  cleanTree(tree as unknown as Node);
  return toHtml(toHast(tree as Root));
}
