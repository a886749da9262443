// The archive's single content collection: corpus/articles/*.md validated by the ingest schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';

const corpus = process.env.ARSHIF_CORPUS ?? 'corpus';

const articles = defineCollection({
  // Pages use the rendered HTML only; not keeping every raw body too saves memory on large archives.
  loader: glob({ pattern: '*.md', base: `${corpus}/articles`, retainBody: false }),
  schema: articleSchema,
});

export const collections = { articles };
