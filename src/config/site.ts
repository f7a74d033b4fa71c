/**
 * Site-wide constants: one place for the name, locale and page sizes. The tagline and description
 * a reader sees are in each language's strings table (src/i18n/strings/).
 */
export const SITE = {
  title: 'Dateline',
  locale: 'en',
  /** Articles on each page of /archive/. */
  archivePageSize: 20,
  /** Articles on each page of a section, a source, and a person, place, organization or tag: one page of thousands is too heavy to open. */
  listPageSize: 50,
  /** Newest articles shown under each month of a year's page; the rest are on the month's page. */
  yearMonthPreviewCount: 5,
  /**
   * Names on the index of people, places, organizations or tags, most covered first; when a kind has
   * more, the rest are on its A–Z pages (a large wire archive names tens of thousands of people).
   */
  entityIndexSize: 300,
  /** Latest articles on the home page. */
  homeLatestCount: 10,
  /** Related articles shown under an article. */
  relatedCount: 5,
} as const;

/** A link at the foot of every page: what it says in each interface language (English at least), and where it goes. */
export interface FooterLink {
  label: { en: string } & Partial<Record<string, string>>;
  href: string;
}

/**
 * What the masthead and footer show of the newsroom besides its name (`SITE.title`); its colours,
 * fonts and widths are in src/styles/theme.css. How to make them your own: docs/theme.md.
 */
export interface Masthead {
  /** An SVG in public/, shown before the name at this size; the name alone when absent. */
  logo?: { src: string; width: number; height: number } | undefined;
  /**
   * The footer's line, by interface language, in place of the sample archive's note (strings
   * `site.footer`); a language left out keeps that note.
   */
  footerNote?: Partial<Record<string, string>> | undefined;
  /** Links after the archive's own in the footer: about, contact, terms. */
  footerLinks?: readonly FooterLink[] | undefined;
}

export const MASTHEAD: Masthead = {
  logo: { src: 'logo.svg', width: 32, height: 32 },
};

/** The content folder when `CONTENT_DIR` is not set. */
export const DEFAULT_CONTENT_DIR = 'content';

/** The folder holding articles/, sources/ and topics/: `CONTENT_DIR`, else `content`. */
export function contentDirFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR || DEFAULT_CONTENT_DIR;
}

/** This process's content folder. */
export const CONTENT_DIR = contentDirFrom();

/** Items in each RSS feed. */
export const FEED_SIZE = 50;
