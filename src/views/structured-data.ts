import type { BreadcrumbList, NewsArticle, WithContext } from 'schema-dts';
import { breadcrumbTrail } from './breadcrumbs.ts';
import { galleryView } from './gallery.ts';
import type { ArticleRecord, SourceRecord } from '../model/records.ts';
import type { StoryVersion } from './story-versions.ts';
import type { Urls } from './urls.ts';

export interface StructuredDataContext {
  urls: Urls;
  site: URL | string;
  source?: SourceRecord | undefined;
  /** The archive's own name, for `publisher` when the article names no source. */
  siteName: string;
  /** The story's versions (story-versions.ts): each correction among them becomes a CorrectionComment. */
  versions?: readonly StoryVersion[] | undefined;
}

/** schema.org NewsArticle for an article page. */
export function newsArticleLd(article: ArticleRecord, context: StructuredDataContext): WithContext<NewsArticle> {
  const { data } = article;
  const { urls, site, source } = context;
  const corrections = (context.versions ?? [])
    .filter((v) => v.correction)
    .map((v) => ({
      '@type': 'CorrectionComment' as const,
      text: v.correctionText ?? `Corrected in version ${v.number}.`,
      datePublished: v.filed,
    }));
  const url = urls.absolute(urls.article(article), site);
  const lead = galleryView(data.image, data.gallery).lead?.image;
  const image = lead?.src
    ? {
        '@type': 'ImageObject' as const,
        url: new URL(urls.publicFile(lead.src), url).href,
        ...(lead.caption && { caption: lead.caption }),
        ...(lead.credit && { creditText: lead.credit }),
      }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    // `url` alone: schema.org reads a NewsArticle's own page from it, so a `mainEntityOfPage` repeating it added only bytes.
    url,
    datePublished: data.date,
    dateModified: data.updated ?? data.date,
    inLanguage: data.language,
    articleSection: data.section,
    ...(data.summary && { description: data.summary }),
    ...(data.dateline && { dateline: data.dateline }),
    ...(data.byline.length && { author: data.byline.map((name) => ({ '@type': 'Person' as const, name })) }),
    ...(!data.byline.length && source && { author: { '@type': 'Organization' as const, name: source.data.name } }),
    publisher: source
      ? { '@type': 'Organization', name: source.data.name, url: source.data.url }
      : { '@type': 'Organization', name: context.siteName },
    ...(image && { image }),
    // Without a file there is no image URL to give (and the page shows no photo); the caption still describes it.
    ...(!image &&
      data.image?.caption && {
        image: {
          '@type': 'ImageObject' as const,
          caption: data.image.caption,
          ...(data.image.credit && { creditText: data.image.credit }),
        },
      }),
    ...(data.originalUrl && { isBasedOn: data.originalUrl }),
    ...(corrections.length && { correction: corrections }),
    ...(data.rights && { copyrightNotice: data.rights }),
    ...(data.tags.length && { keywords: data.tags.join(', ') }),
    ...(data.people.length && { about: data.people.map((name) => ({ '@type': 'Person' as const, name })) }),
    ...(data.places.length && { contentLocation: data.places.map((name) => ({ '@type': 'Place' as const, name })) }),
  };
}

/**
 * schema.org BreadcrumbList: the article's whole trail (breadcrumbs.ts); its page shows it down to the month.
 * The last item, the article itself, has a name but no `item`: it is the page the list is on (Google's
 * breadcrumb guide leaves `item` out of the last one).
 */
export function articleBreadcrumbsLd(
  article: ArticleRecord,
  context: StructuredDataContext,
): WithContext<BreadcrumbList> {
  const { urls, site } = context;
  const crumbs = breadcrumbTrail({ kind: 'article', article }, urls);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map(({ name, href: path }, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      ...(i < crumbs.length - 1 && { item: urls.absolute(path, site) }),
    })),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so a headline
 * containing `</script>` cannot end the element.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
