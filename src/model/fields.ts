import { z } from 'zod';
import { parseArticleDate } from './dates.ts';
import { slugify } from './slugs.ts';

/** An error message that tells a missing field from a wrong one. */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: ${what}` : `${what}, got ${JSON.stringify(issue.input)}`;
}

/** A collection id such as `yonhap` or `china-and-north-korea`. */
export const idSchema = z
  .string({ error: expected('expected an id such as "yonhap" (lowercase letters, digits and hyphens)') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not an id: use lowercase letters, digits and hyphens, like "yonhap"`,
  });

/** A non-empty line of text: titles, names, captions. */
export const textSchema = z
  .string({ error: expected('expected text') })
  .trim()
  .min(1, { error: 'must not be empty' });

/** A name that gets a page of its own, so it needs a letter or digit to make an address from. */
const pageNameSchema = textSchema.refine((name) => slugify(name) !== '', {
  error: (issue) => `"${String(issue.input)}" has no letters or digits to make a page address from; spell the name out`,
});

/** A list of names or words; a single string is accepted as a one-item list. */
export const nameListSchema = z
  .union([pageNameSchema, z.array(pageNameSchema)], {
    error: expected('expected a list of names such as ["Kim Jong Un"]'),
  })
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .default([]);

/**
 * An ISO 8601 date, with optional time and UTC offset, kept as written. The model's reader
 * (front-matter.ts) hands dates over as the text in the file, quoted or not.
 */
export const isoDateSchema = z
  .string({ error: expected('expected an ISO 8601 date such as "2016-01-20" or "2016-01-20T19:27:00+09:00"') })
  .transform((value, ctx) => {
    const iso = parseArticleDate(value)?.iso;
    if (iso === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a valid ISO 8601 date; write it like "2016-01-20" or "2016-01-20T19:27:00+09:00"`,
      });
      return z.NEVER;
    }
    return iso;
  });

/**
 * A web address or a file of the site: `https://…`, or a path under public/ such as `/images/x.jpg`.
 * A backslash is refused anywhere: browsers read `/\evil.example/x` as `//evil.example/x`, another site.
 */
export const mediaUrlSchema = z
  .string({ error: expected('expected a URL such as "https://…" or a path under public/ such as "/images/photo.jpg"') })
  .trim()
  .refine((value) => !value.includes('\\') && (/^https?:\/\/[^/\s]/i.test(value) || /^\/(?!\/)\S*$/.test(value)), {
    error: (issue) => {
      const value = String(issue.input);
      if (value.includes('\\'))
        return `"${value}" has a backslash, which browsers read as /, so it could point at another site; write it with / only, like "/images/photo.jpg"`;
      if (value.trim().startsWith('//'))
        return `"${value}" starts with //, which browsers read as another site's address; write a path under public/ like "/images/photo.jpg", or a full https:// URL`;
      return `"${value}" is not an http(s) URL or a path under public/; write it like "https://example.com/photo.jpg" or "/images/photo.jpg"`;
    },
  });

/** An absolute http(s) URL. */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => `"${String(issue.input)}" is not an absolute http(s) URL`,
});
