import { defineCollection } from 'astro:content';
import { contentLoader } from './astro/content-loader.ts';
import { articleSchema } from './model/article.ts';
import { sourceSchema } from './model/source.ts';
import { topicSchema } from './model/topic.ts';
import { CONTENT_DIR } from './config/site.ts';

/**
 * Every collection is read by the model's one reader (see src/astro/content-loader.ts): ids from
 * the file path alone, dates as written, every problem reported with file, field and fix. The
 * store keeps each article's rendered HTML, not its Markdown source: no page reads the raw body.
 */
export const collections = {
  articles: defineCollection({ loader: contentLoader('articles', CONTENT_DIR), schema: articleSchema }),
  /** Stories' earlier versions, `articles/YYYY/<slug>/versions/<n>.md`: whole articles, checked alike. */
  versions: defineCollection({ loader: contentLoader('versions', CONTENT_DIR), schema: articleSchema }),
  sources: defineCollection({ loader: contentLoader('sources', CONTENT_DIR), schema: sourceSchema }),
  topics: defineCollection({ loader: contentLoader('topics', CONTENT_DIR), schema: topicSchema }),
};
