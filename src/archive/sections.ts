/**
 * Sections are the desk labels wire copy carries ("Diplomacy", "Security"). Each gets a listing
 * at `/sections/<slug>/`; spellings that share a slug ("Diplomacy", "diplomacy") share it.
 */
import type { ArticleRecord } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';
import { NO_SECTION_NAMES, type SectionNames } from '../model/translations.ts';

export interface Section {
  slug: string;
  /** The spelling used most often. */
  name: string;
  /** In the order the articles were given (the archive gives them newest first). */
  articles: ArticleRecord[];
}

/**
 * The name English pages use for a section as a story writes it: a name the sections file gives in
 * another language (`외교`) stands for its English one (`Diplomacy`); any other is itself.
 */
export function sectionCanonicalName(names: SectionNames): (written: string) => string {
  const english = new Map<string, string>();
  for (const [name, translated] of Object.entries(names))
    for (const other of Object.values(translated)) english.set(other, name);
  return (written) => english.get(written) ?? written;
}

/** A section's name in `lang`: the sections file's, else its name as English pages show it. */
export function sectionName(names: SectionNames, name: string, lang: string): string {
  const table = names[sectionCanonicalName(names)(name)];
  return table?.[lang] ?? table?.[lang.split('-')[0]!] ?? name;
}

/**
 * Indexes the articles by section in one pass; a section with no letters or digits gets no page. A
 * story filed under a section's name in another language (content/sections.yaml) joins that section.
 */
export function indexSections(
  articles: readonly ArticleRecord[],
  names: SectionNames = NO_SECTION_NAMES,
): Map<string, Section> {
  const index = new Map<string, Section>();
  const spellings = new Map<string, Map<string, number>>();
  const canonical = sectionCanonicalName(names);
  for (const article of articles) {
    const name = canonical(article.data.section);
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
