// The archive's single content collection: corpus/articles/*.md validated by the ingest schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';

const corpus = process.env.ARSHIF_CORPUS ?? 'corpus';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${corpus}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
