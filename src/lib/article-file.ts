// An article file read back: YAML frontmatter checked against the schema ingest wrote it with, and the
// Markdown body. Shared by the renderer's article store and the search indexer (Node only: gray-matter).
import matter from 'gray-matter';
import { articleSchema, type Article } from '../schema/article.ts';

/** What an article file holds: the checked frontmatter, and the Markdown after it. */
export interface ArticleContent { article: Article; body: string }
export type ParsedArticle = ({ ok: true } & ArticleContent) | { ok: false; error: string };

/** Throws only on YAML gray-matter cannot read; a schema mismatch is `ok: false` with the first issue. */
export function parseArticleFile(text: string): ParsedArticle {
  // Passing options disables gray-matter's unbounded per-content cache (100k files).
  const { data, content } = matter(text, { excerpt: false });
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return { ok: true, article: parsed.data, body: content };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || 'frontmatter'}: ${issue?.message ?? 'invalid'}` };
}
