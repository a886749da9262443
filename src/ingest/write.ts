// Stage 5 — an article record → Markdown with YAML frontmatter. YAML through gray-matter (js-yaml),
// Markdown through mdast-util-to-markdown, so `*`, `#`, `[`, `<` from the page stay literal text.
import matter from 'gray-matter';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root, RootContent } from 'mdast';
import { articleSchema, type Article, type RawRef } from '../schema/article.ts';
import type { ArticleRecord } from './extract.ts';

/** The frontmatter of an extracted record, validated by the shared schema. */
export function toFrontmatter(r: ArticleRecord, raw: RawRef, duplicates: RawRef[] = []): Article {
  return articleSchema.parse({
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
  });
}

/** Paragraphs and `##` subheadings, every character escaped as text. */
export function bodyToMarkdown(body: string[], subheadings: string[]): string {
  const subs = new Set(subheadings);
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
  // gray-matter omits null-valued keys poorly for readers; keep them explicit for a stable schema
  return matter.stringify('\n' + bodyToMarkdown(body, subheadings), JSON.parse(JSON.stringify(front)));
}
