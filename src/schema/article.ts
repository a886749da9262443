// The article frontmatter contract: written by ingest, read by the Astro content collection.
// Only headline, source.name, date.published and language are needed for a hand-written article;
// everything else is optional so migrated archives build too.
import { z } from 'astro/zod';

/** YAML may hand us a Date for an unquoted ISO date; keep everything as ISO strings. */
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().replace(/T00:00:00\.000Z$/, '') : v.trim()))
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v), {
    message: 'expected an ISO 8601 date such as 2015-09-16 or 2015-09-16T10:30+03:00',
  });

const text = z.string();

export const commentSchema = z.object({
  author: text.nullable().default(null),
  title: text.nullable().default(null),
  when: text.nullable().default(null),
  text: text,
});

export const rawRefSchema = z.object({
  path: text,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const articleSchema = z.object({
  headline: text.min(1),
  subtitle: text.nullable().default(null),
  byline: text.nullable().default(null),
  source: z.object({
    name: text.nullable().default(null),
    domain: text.nullable().default(null),
  }),
  date: z
    .object({
      published: isoDate.nullable().default(null),
      updated: isoDate.nullable().default(null),
      hijri: text.nullable().default(null),
    })
    .default({ published: null, updated: null, hijri: null }),
  language: text.default('ar'),
  comments: z.array(commentSchema).default([]),
  comment_count_stated: z.number().int().nonnegative().nullable().default(null),
  /** Provenance: the raw file this article was extracted from. */
  raw: rawRefSchema.optional(),
  /** Other raw files that held the same article (re-crawls, mirrors). */
  duplicates: z.array(rawRefSchema).default([]),
});

export type Article = z.output<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
export type Comment = z.output<typeof commentSchema>;
export type RawRef = z.output<typeof rawRefSchema>;
