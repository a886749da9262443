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

export function bodyHtml(markdown: string): string {
  const tree = fromMarkdown(markdown, TABLE_DELIMITER_ROW.test(markdown) ? WITH_TABLES : BASIC);
  cleanTree(tree as unknown as Node);
  return toHtml(toHast(tree as Root));
}
