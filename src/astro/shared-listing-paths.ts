/**
 * Static paths of the listings that have one address in every language: the name pages (people,
 * places, organizations, tags) with their indexes and A–Z pages, the pages an article's address
 * is cut back to (`/articles/2016/01/`, `/articles/2016/`), and the corrections. Each page's props hold what it
 * shows and nothing more, since they are its incremental-build key (src/caches/page-keys.ts).
 */
import { keyedStaticPaths } from './archive.ts';
import { aliasSlugs, initialLinks, nameIndex, type Entity, type IndexedName } from '../archive/entities.ts';
import type { InitialGroup, InitialLink } from '../archive/entities.ts';
import { collectCorrections, type CorrectionEntry } from '../archive/corrections.ts';
import { paginate, type Page } from '../archive/queries.ts';
import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import type { ArticleRecord } from '../model/records.ts';
import {
  otherLanguageCounts,
  periodListings,
  withAdjacent,
  yearJumps,
  type LanguageCount,
  type Period,
  type YearJump,
} from '../views/periods.ts';
import { periodRouteParams } from '../views/urls.ts';
import { urls } from './site-urls.ts';
import { SITE } from '../config/site.ts';

/** A name's page, or one of its other spellings' addresses, which sends the reader there. */
export type EntityPageProps =
  | {
      entity: Omit<Entity, 'articles'>;
      page: Page<ArticleRecord>;
      jumps: YearJump[];
      /** The days the coverage spans: the rail's "Covered" line on every page. */
      span: { from: string; to: string };
      redirectTo?: never;
    }
  | { redirectTo: string; entity?: never; page?: never; jumps?: never; span?: never };

/**
 * One listing per person, place, organization and tag: /people/<slug>/, then /people/<slug>/2/
 * and on, 50 a page. Each other spelling in the alias file gets an address too, which sends the
 * reader to the name's page.
 */
export function entityPagePaths() {
  return keyedStaticPaths((archive) =>
    ENTITY_KINDS.flatMap((kind) =>
      [...archive.entities[kind].values()].flatMap(
        (
          entity,
        ): { params: { kind: EntityKind; slug: string; page: string | undefined }; props: EntityPageProps }[] => {
          const jumps = yearJumps(entity.articles, SITE.listPageSize, (n) => urls.entity(kind, entity.name, n));
          const { articles, ...named } = entity;
          // Newest first as listed.
          const span = { from: articles.at(-1)!.data.date, to: articles[0]!.data.date };
          return [
            ...paginate(articles, SITE.listPageSize).map((page) => ({
              params: { kind, slug: entity.slug, page: page.number === 1 ? undefined : String(page.number) },
              props: { entity: named, page, jumps, span },
            })),
            ...aliasSlugs(entity).map((slug) => ({
              params: { kind, slug, page: undefined },
              props: { redirectTo: urls.entity(kind, entity.name) },
            })),
          ];
        },
      ),
    ),
  );
}

export interface NameIndexProps {
  kind: EntityKind;
  total: number;
  /** The most covered names of the kind, most covered first: all of them when they fit. */
  top: IndexedName[];
  /** The A–Z pages, when not every name fits: each initial and how many names it has. */
  initials: InitialLink[];
}

/**
 * /people/, /places/, /organizations/ and /tags/: the most covered names, and when a kind has more
 * than fit, its A–Z pages for the rest. Props hold names and counts only, so a page is made again
 * when a count changes, not whenever a story that names someone does.
 */
export function nameIndexPaths() {
  return keyedStaticPaths((archive) =>
    ENTITY_KINDS.map((kind) => {
      const { total, top, groups } = nameIndex(archive.ranked(kind), SITE.entityIndexSize);
      return { params: { kind }, props: { kind, total, top, initials: initialLinks(groups) } satisfies NameIndexProps };
    }),
  );
}

export interface NameInitialProps {
  kind: EntityKind;
  group: InitialGroup;
  initials: InitialLink[];
}

/** /people/a-z/k/: every name of a kind under one initial, for kinds with more names than their index shows. */
export function nameInitialPaths() {
  return keyedStaticPaths((archive) =>
    ENTITY_KINDS.flatMap((kind) => {
      const { groups } = nameIndex(archive.ranked(kind), SITE.entityIndexSize);
      const initials = initialLinks(groups);
      return groups.map((group) => ({
        params: { kind, letter: group.segment },
        props: { kind, group, initials } satisfies NameInitialProps,
      }));
    }),
  );
}

export interface ArticlesYearProps {
  year: number;
  count: number;
  /** Months with stories, newest first, with how many. */
  months: { month: number; count: number }[];
  earlier?: number | undefined;
  later?: number | undefined;
  /** The year's stories in each other interface language, for links to that language's archive. */
  otherLanguages: LanguageCount[];
}

/** /articles/2016/: an article's address cut back to its year answers with the year's months. */
export function articlesYearPaths() {
  return keyedStaticPaths((archive) => {
    const { years, months } = periodListings(archive.articles);
    return withAdjacent(years).map(({ period, earlier, later }) => ({
      params: periodRouteParams(period.year),
      props: {
        year: period.year,
        count: period.articles.length,
        months: months
          .filter((m) => m.year === period.year)
          .map((m) => ({ month: m.month!, count: m.articles.length })),
        earlier: earlier?.year,
        later: later?.year,
        otherLanguages: otherLanguageCounts(period.articles),
      } satisfies ArticlesYearProps,
    }));
  });
}

/** A month's stories under /articles/, by day, with the nearest months that have stories. */
export interface ArticlesPeriodProps {
  period: Period;
  /** Newest first. */
  articles: ArticleRecord[];
  earlier?: Period | undefined;
  later?: Period | undefined;
  /** The month's stories in each other interface language, for links to that language's archive. */
  otherLanguages: LanguageCount[];
}

/** /articles/2016/01/: an article's address cut back to its month answers with the month's stories, by day. */
export function articlesMonthPaths() {
  return keyedStaticPaths((archive) =>
    withAdjacent(periodListings(archive.articles).months).map(
      ({ period: { articles, ...period }, earlier, later }) => ({
        params: periodRouteParams(period.year, period.month),
        props: {
          period,
          articles,
          earlier: earlier && { year: earlier.year, month: earlier.month },
          later: later && { year: later.year, month: later.month },
          otherLanguages: otherLanguageCounts(articles),
        } satisfies ArticlesPeriodProps,
      }),
    ),
  );
}

export interface CorrectionsPageProps {
  page: Page<CorrectionEntry>;
}

/** /corrections/, then /corrections/2/: 50 a page, newest first, since a wire archive amends thousands of stories. */
export function correctionsPagePaths() {
  return keyedStaticPaths((archive) =>
    paginate(collectCorrections(archive.articles), SITE.listPageSize).map((page) => ({
      params: { page: page.number === 1 ? undefined : String(page.number) },
      props: { page } satisfies CorrectionsPageProps,
    })),
  );
}
