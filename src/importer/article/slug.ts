import { cutText } from '../../model/cut-text.ts';
import { slugify } from '../../model/slugs.ts';

/** Longest file-name slug; long wire headlines are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 60;

/** Words a cut slug should not end on: `talks-in` reads better as `talks`. */
const DANGLING = /-(?:a|an|and|as|at|by|for|from|in|into|of|on|or|over|the|to|with)$/;

/** Names Windows keeps for devices, with any extension: `con.md` cannot be made or copied there. */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The file name (without `.md`) for a headline: its slug, cut after a whole word, never a Windows device name. */
export function articleSlug(title: string, max = MAX_SLUG_LENGTH): string {
  const slug = cutSlug(slugify(title), max);
  // `-story` rather than `-2`: numbered names are how another story with the same headline is told apart.
  return DEVICE_NAME.test(slug) ? `${slug}-story` : slug;
}

function cutSlug(full: string, max: number): string {
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  // A single long word is cut at a whole character, never inside a surrogate pair or a letter's marks.
  let slug = end > 0 ? cut.slice(0, end) : cutText(full, max);
  while (DANGLING.test(slug)) slug = slug.replace(DANGLING, '');
  return slug.replace(/-+$/, '');
}
