import { z } from 'zod';
import { parseArticleDate } from './dates.ts';
import { httpUrlSchema, idSchema, isoDateSchema, mediaUrlSchema, nameListSchema, textSchema } from './fields.ts';

/** A photo: `src` is optional because a caption and credit with no file are still shown. */
export const imageSchema = z.strictObject({
  src: mediaUrlSchema.optional(),
  alt: z.string().optional(),
  caption: textSchema.optional(),
  credit: textSchema.optional(),
});

export const correctionSchema = z.strictObject({
  date: isoDateSchema,
  text: textSchema,
});

/**
 * Front matter of `content/articles/YYYY/<slug>.md`. `source` and `topics` are plain ids
 * here so the build and the command-line checks share one schema; `validate.ts`
 * checks that each id names a real file.
 */
export const articleSchema = z.strictObject({
  title: textSchema,
  date: isoDateSchema,
  updated: isoDateSchema.optional(),
  source: idSchema,
  byline: nameListSchema,
  dateline: textSchema.optional(),
  section: textSchema,
  topics: z.array(idSchema).default([]),
  tags: nameListSchema,
  people: nameListSchema,
  places: nameListSchema,
  organizations: nameListSchema,
  summary: textSchema.optional(),
  label: textSchema.optional(),
  editorNote: textSchema.optional(),
  /** The wire's note to editors as it was sent ("UPDATES with … in last 5 paras"), kept for the record; pages show `editorNote`. */
  wireNote: textSchema.optional(),
  image: imageSchema.optional(),
  gallery: z.array(imageSchema).default([]),
  corrections: z.array(correctionSchema).default([]),
  originalUrl: httpUrlSchema.optional(),
  /**
   * The story's identity in the system it came from, kept so a later import finds it: a WordPress
   * site and post id (`wordpress:https://example.com/?p=42`), an RSS guid, an Atom or JSON Feed id,
   * a ninjs uri, a NewsML-G2 guid, a saved page's canonical URL. Two articles with different ones are
   * never versions of each other.
   */
  importId: textSchema.optional(),
  /** What the source marked not for publication (an agency's non-public editor's note): kept, never shown or exported. */
  internalNote: textSchema.optional(),
  rights: textSchema.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as "en" or "ko"' })
    .default('en'),
  /**
   * Stories sharing a key are one story in different languages (Hugo's name for it): each page
   * links to the others. Any text, the same in every language's file, like "2016-01-06-nuclear-test".
   */
  translationKey: textSchema.optional(),
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  /** Held until this time (an agency's embargo): a build before it leaves the story out, as it does a draft. */
  embargo: isoDateSchema.optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
/** Front matter as written to a file, before the schema fills defaults (what the importer writes). */
export type ArticleFields = z.input<typeof articleSchema>;
export type ArticleImage = z.infer<typeof imageSchema>;

/** Whether a story stays out of the site built at `now` (ms since the epoch): a draft, or embargoed until later. */
export function isWithheld(data: Pick<ArticleData, 'draft' | 'embargo'>, now: number): boolean {
  if (data.draft) return true;
  if (data.embargo === undefined) return false;
  const until = parseArticleDate(data.embargo);
  return until !== undefined && until.epoch > now;
}
