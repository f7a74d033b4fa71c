import { slug as githubSlug } from 'github-slugger';

/**
 * The URL slug for a name, tag or file name: lowercase, ASCII-safe where the input is,
 * and stable, so `Kim Jong Un` and `Kim Jong-un` share one page.
 */
export function slugify(name: string): string {
  const slug = githubSlug(name.normalize('NFKC').replace(/[‐-―]/g, '-').replace(/[._/]+/g, ' ').trim())
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug;
}
