import { slugify } from '../model/slugs.ts';

/** Longest file-name slug; long wire headlines are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 60;

/** Words a cut slug should not end on: `talks-in` reads better as `talks`. */
const DANGLING = /-(?:a|an|and|as|at|by|for|from|in|into|of|on|or|over|the|to|with)$/;

/** The file name (without `.md`) for a headline: its slug, cut after a whole word. */
export function articleSlug(title: string, max = MAX_SLUG_LENGTH): string {
  const full = slugify(title);
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  let slug = end > 0 ? cut.slice(0, end) : full.slice(0, max);
  while (DANGLING.test(slug)) slug = slug.replace(DANGLING, '');
  return slug.replace(/-+$/, '');
}
