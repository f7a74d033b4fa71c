import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { sourceSchema } from './schema/source.ts';
import { topicSchema } from './schema/topic.ts';
import { CONTENT_DIR } from './site.ts';

/**
 * Ids come from the file path alone (`2016/blinken-urges-china`). Astro's default would let a
 * `slug` field pick the id, and two files with the same id would silently become one.
 */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(md|ya?ml)$/i, '');

/**
 * The store keeps each article's rendered HTML, not its Markdown source as well: no page reads
 * the raw body, and every build loads the whole store (at 10,000 articles, 130 MB with bodies).
 */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/articles`, generateId: idFromPath, retainBody: false }),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/sources`, generateId: idFromPath }),
  schema: sourceSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/topics`, generateId: idFromPath }),
  schema: topicSchema,
});

export const collections = { articles, sources, topics };
