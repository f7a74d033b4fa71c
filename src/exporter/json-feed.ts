/**
 * The archive as a JSON Feed 1.1, with what our JSON Feed importer reads back: title,
 * `content_html`, summary, dates, authors, `tags` (the section first, as the importer takes the
 * first category for the section), image, `url` and language. The rest of the front matter goes
 * in the `_dateline` extension, the form JSON Feed reserves for extensions.
 */
import type { ArticleData } from '../model/article.ts';
import { DATELINE_EXTENSION } from '../interchange/dateline-extension.ts';
import { defined, extensionOf, type ExportArticle } from './article.ts';
import { articleUrn } from './ninjs.ts';

/** Fields JSON Feed has no property for. */
const EXTENSION_FIELDS = [
  'source',
  'dateline',
  'topics',
  'people',
  'places',
  'organizations',
  'label',
  'editorNote',
  'wireNote',
  'gallery',
  'corrections',
  'rights',
  'draft',
  'embargo',
  'importId',
  'translationKey',
] as const satisfies readonly (keyof ArticleData)[];

/** What the feed says about itself. */
export interface FeedInfo {
  title: string;
  homePageUrl?: string | undefined;
  language?: string | undefined;
}

/** One article as a JSON Feed item. */
export function articleToJsonFeedItem({ id, data, html }: ExportArticle): Record<string, unknown> {
  const extra: (keyof ArticleData)[] = [...EXTENSION_FIELDS];
  // The importer takes the first tag for the section and the rest for tags, so a tag spelt like the section needs the list kept.
  if (data.tags.includes(data.section)) extra.push('tags');
  // JSON Feed's `image` is only an address: caption, credit and alt text need the extension.
  if (data.image && (Object.keys(data.image).some((key) => key !== 'src') || !/^https?:/i.test(data.image.src ?? '')))
    extra.push('image');
  const extension = extensionOf(data, extra);
  // `draft: false` is the default, and says nothing worth writing.
  if (extension && extension.draft === false) delete extension.draft;
  return defined({
    id: data.originalUrl ?? articleUrn(id),
    url: data.originalUrl,
    title: data.title,
    content_html: html,
    summary: data.summary,
    image: data.image?.src,
    date_published: data.date,
    date_modified: data.updated,
    authors: data.byline.length ? data.byline.map((name) => ({ name })) : undefined,
    tags: [data.section, ...data.tags],
    language: data.language,
    [DATELINE_EXTENSION]: extension && Object.keys(extension).length ? extension : undefined,
  });
}

/** The whole feed. */
export function articlesToJsonFeed(articles: readonly ExportArticle[], info: FeedInfo): Record<string, unknown> {
  return defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.homePageUrl,
    language: info.language,
    items: articles.map(articleToJsonFeedItem),
  });
}
