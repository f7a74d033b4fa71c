/**
 * The link under an article's section label. Apart from src/archive/sections.ts so that the
 * archive's queries never import the views built on them.
 */
import { sectionCanonicalName } from '../archive/sections.ts';
import { slugify } from '../model/slugs.ts';
import { NO_SECTION_NAMES, type SectionNames } from '../model/translations.ts';
import type { Urls } from './urls.ts';

/**
 * The link of an article's section label, or undefined when the section has no page (no letters or
 * digits); `names` turns a name in another language into the section's own.
 */
export function sectionHref(name: string, urls: Urls, names: SectionNames = NO_SECTION_NAMES): string | undefined {
  const own = sectionCanonicalName(names)(name);
  return slugify(own) ? urls.section(own) : undefined;
}
