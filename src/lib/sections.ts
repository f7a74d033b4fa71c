/**
 * Sections are the desk labels wire copy carries ("Diplomacy", "Security"). Each gets a listing
 * at `/sections/<slug>/`; spellings that share a slug ("Diplomacy", "diplomacy") share it.
 */
import type { ArticleRecord } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';
import type { Urls } from './urls.ts';

export interface Section {
  slug: string;
  /** The spelling used most often. */
  name: string;
  /** In the order the articles were given (the archive gives them newest first). */
  articles: ArticleRecord[];
}

/** Indexes the articles by section in one pass; a section with no letters or digits gets no page. */
export function indexSections(articles: readonly ArticleRecord[]): Map<string, Section> {
  const index = new Map<string, Section>();
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const name = article.data.section;
    const slug = slugify(name);
    if (!slug) continue;
    let section = index.get(slug);
    if (!section) {
      index.set(slug, (section = { slug, name, articles: [] }));
      spellings.set(slug, new Map());
    }
    section.articles.push(article);
    const counts = spellings.get(slug)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [slug, counts] of spellings) {
    index.get(slug)!.name = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  }
  return index;
}

/** Sections in alphabetical order, for the index page. */
export function sectionsByName(sections: Iterable<Section>): Section[] {
  return [...sections].sort((a, b) => a.name.localeCompare(b.name));
}

/** The link of an article's section label, or undefined when the section has no page (no letters or digits). */
export function sectionHref(name: string, urls: Urls): string | undefined {
  return slugify(name) ? urls.section(name) : undefined;
}
