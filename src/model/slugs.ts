import { slug as githubSlug } from 'github-slugger';

/**
 * The URL slug for a name, tag or file name: lowercase and stable, so spellings that differ only
 * in case, dots or dashes (`Kim Jong Un`, `Kim Jong-un`; `U.S.`, `US`) share one page.
 * Returns an empty string for a name with no letters or digits.
 */
export function slugify(name: string): string {
  return githubSlug(
    name
      .normalize('NFKC')
      .replace(/\./g, '')
      .replace(/[‐-―_/]+/g, ' ')
      .trim(),
  )
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
