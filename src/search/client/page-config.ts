/** The search page's settings, as its root element carries them in data attributes (src/pages/search.astro). */
import { HIGHLIGHT_PARAM } from '../keys.ts';
import type { ArchiveYears } from './state.ts';
import { parseValueNames, type ValueNames } from './value-text.ts';
import { parseDateSamples } from './date-warmup.ts';
import type { DateSample } from '../date-samples.ts';

/** The settings, read and typed. */
export interface PageConfig {
  /** The address of Pagefind's module in the site's bundle folder. */
  bundle: string;
  /** The site's base path, which Pagefind puts before result links. */
  base: string;
  /** The query parameter in result links that carries the searched words to the article. */
  highlightParam: string;
  /** True in `astro dev`. */
  dev: boolean;
  /** The address of the known terms and languages (suggestions.json). */
  suggestions: string;
  siteTitle: string;
  /** The archive's first and last year. */
  years: ArchiveYears;
  /** The fewest articles the newest parts of the index hold when they answer first: a part's (src/config/build-part.ts). */
  firstArticles: number;
  /** How the page names stored filter values and sources in its language (value-text.ts). */
  valueNames: ValueNames;
  /** Dates of the archive to format while the index loads (date-warmup.ts). */
  dateSamples: DateSample[];
}

/** Reads the settings from the root's `dataset`; an archive without years counts as `thisYear`'s, a missing part size as no newest parts. */
export function readPageConfig(
  dataset: Readonly<Record<string, string | undefined>>,
  thisYear = new Date().getUTCFullYear(),
): PageConfig {
  const { bundle = '', base = '/', highlightParam = HIGHLIGHT_PARAM, dev, suggestions = '', siteTitle = '' } = dataset;
  const first = Number(dataset.firstYear) || thisYear;
  return {
    bundle,
    base,
    highlightParam,
    dev: dev === 'true',
    suggestions,
    siteTitle,
    years: { first, last: Number(dataset.lastYear) || first },
    firstArticles: Number(dataset.firstArticles) || Number.POSITIVE_INFINITY,
    valueNames: parseValueNames(dataset.valueNames),
    dateSamples: parseDateSamples(dataset.dateSamples),
  };
}
