/**
 * The trail from an index down to the page, for the visible breadcrumbs and the BreadcrumbList
 * JSON-LD alike, so the two cannot disagree.
 */
import type { EntityKind } from '../model/entity-kinds.ts';
import type { ArticleRecord, SourceRecord, TopicRecord } from '../model/records.ts';
import { periodTitle, type Period } from './periods.ts';
import { sourceName, topicTitle } from '../archive/localized-names.ts';
import { interfaceLanguage, strings } from '../i18n/strings/index.ts';
import { listingUrls, type Urls } from './urls.ts';

export interface Crumb {
  name: string;
  href: string;
}

/** The pages that have a trail, each with what its crumbs are made of. */
export type TrailOf =
  | { kind: 'article'; article: ArticleRecord }
  /** `/archive/page/2/`: page 1 is the archive itself and has no trail. */
  | { kind: 'archive'; page: number }
  | { kind: 'archive-period'; period: Period }
  /** `/articles/YYYY/…`: the same trail as the archive's period, ending at this address. */
  | { kind: 'articles-period'; period: Period }
  | { kind: 'topic'; topic: TopicRecord; page?: number | undefined }
  | { kind: 'source'; source: SourceRecord; page?: number | undefined }
  /** `name` is the name the page's address is made from, `shown` what the page calls it (박근혜 on a Korean page). */
  | { kind: 'entity'; entityKind: EntityKind; name: string; shown?: string | undefined; page?: number | undefined }
  /** `/people/a-z/k/`: the names of a kind under one initial. */
  | { kind: 'entity-initial'; entityKind: EntityKind; initial: string; segment: string }
  /** `name` is the section's name as English pages show it, `shown` its name in the page's language. */
  | { kind: 'section'; name: string; shown?: string | undefined; page?: number | undefined };

/** Archive › 2016 › January 2016 › 20 January 2016, as far as the period goes, linking the archive's pages. */
function periodCrumbs(period: Period, urls: Urls, lang: string): Crumb[] {
  const crumbs = [
    { name: strings(lang).nav.archive, href: urls.archive() },
    { name: periodTitle({ year: period.year }, lang), href: urls.archiveYear(period.year) },
  ];
  if (period.month !== undefined) {
    crumbs.push({
      name: periodTitle({ year: period.year, month: period.month }, lang),
      href: urls.archiveMonth(period.year, period.month),
    });
  }
  return crumbs;
}

/**
 * The trail to a page: the first crumb is an index, the last is the page itself. Its names are in
 * `lang`, its listings that language's (`/ko/archive/`).
 */
export function breadcrumbTrail(of: TrailOf, siteUrls: Urls, lang = 'en'): Crumb[] {
  const t = strings(lang);
  const urls = listingUrls(siteUrls, interfaceLanguage(lang));
  /** A listing's trail, ending at its page `page` when that is not the first. */
  const withPage = (crumbs: Crumb[], page: number | undefined, href: (page: number) => string): Crumb[] =>
    page && page > 1 ? [...crumbs, { name: t.lists.page(page), href: href(page) }] : crumbs;
  switch (of.kind) {
    case 'article':
      return [
        ...periodCrumbs({ year: of.article.year, month: of.article.month }, urls, lang),
        { name: of.article.data.title, href: urls.article(of.article) },
      ];
    case 'archive':
      return of.page > 1
        ? [
            { name: t.nav.archive, href: urls.archive() },
            { name: t.lists.page(of.page), href: urls.archive(of.page) },
          ]
        : [];
    case 'archive-period':
      return periodCrumbs(of.period, urls, lang);
    case 'articles-period': {
      const crumbs = periodCrumbs(of.period, urls, lang);
      const { year, month } = of.period;
      const here = month === undefined ? urls.articlesYear(year) : urls.articlesMonth(year, month);
      return [...crumbs.slice(0, -1), { name: crumbs[crumbs.length - 1]!.name, href: here }];
    }
    case 'topic':
      return withPage(
        [
          { name: t.nav.topics, href: urls.topics() },
          { name: topicTitle(of.topic, lang), href: urls.topic(of.topic.id) },
        ],
        of.page,
        (n) => urls.topic(of.topic.id, n),
      );
    case 'source':
      return withPage(
        [
          { name: t.nav.sources, href: urls.sources() },
          { name: sourceName(of.source, lang), href: urls.source(of.source.id) },
        ],
        of.page,
        (n) => urls.source(of.source.id, n),
      );
    case 'entity':
      return withPage(
        [
          { name: t.entities[of.entityKind].plural, href: urls.entityIndex(of.entityKind) },
          { name: of.shown ?? of.name, href: urls.entity(of.entityKind, of.name) },
        ],
        of.page,
        (n) => urls.entity(of.entityKind, of.name, n),
      );
    case 'entity-initial':
      return [
        { name: t.entities[of.entityKind].plural, href: urls.entityIndex(of.entityKind) },
        { name: of.initial, href: urls.entityInitial(of.entityKind, of.segment) },
      ];
    case 'section':
      return withPage(
        [
          { name: t.nav.sections, href: urls.sections() },
          { name: of.shown ?? of.name, href: urls.section(of.name) },
        ],
        of.page,
        (n) => urls.section(of.name, n),
      );
  }
}

/**
 * The trail a page shows: an article's stops at its month (the headline it would end with is the
 * page's h1, right below); every other page's is the whole trail. The JSON-LD keeps the whole trail.
 */
export function visibleTrail(of: TrailOf, siteUrls: Urls, lang = 'en'): Crumb[] {
  const trail = breadcrumbTrail(of, siteUrls, lang);
  return of.kind === 'article' ? trail.slice(0, -1) : trail;
}
