// Article body Markdown → HTML with the mdast/hast utilities directly: GFM like Astro's own Markdown,
// made safe by remarkSafeArticle's rules, and without a unified processor per page (thousands of pages).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { cleanTree } from './safe-markdown.ts';

export function bodyHtml(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  cleanTree(tree as unknown as Parameters<typeof cleanTree>[0]);
  return toHtml(toHast(tree as Root));
}
