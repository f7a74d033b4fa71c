/**
 * Names of topics, sources and sections in other languages than the one their files are written in
 * (docs/languages.md). Each table is keyed by a language tag ("ko"); a language a thing has no entry
 * for shows the name as written.
 */
import { z } from 'zod';
import { textSchema } from './fields.ts';

/** A BCP 47 language tag as front matter writes it: "en", "ko", "pt-BR". */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: (issue) => `"${String(issue.input)}" is not a language tag; use one such as "en" or "ko"`,
});

/** One table per language: `{ ko: { … } }`. */
export function translationsSchema<T extends z.ZodType>(entry: T) {
  return z.record(languageTagSchema, entry);
}

/** A topic's title and description in another language. */
export const topicTranslationSchema = z.strictObject({
  /** The topic's title in that language ("유엔 제재"). */
  title: textSchema,
  /** Its one-line description in that language; the English one is shown when absent. */
  description: textSchema.optional(),
});

/** A source's names in another language. */
export const sourceTranslationSchema = z.strictObject({
  /** The outlet's full name in that language ("연합뉴스"). */
  name: textSchema,
  /** What search filters and results call it in that language; defaults to `name`. */
  shortName: textSchema.optional(),
  /** Its description in that language. */
  description: textSchema.optional(),
});

export type TopicTranslation = z.infer<typeof topicTranslationSchema>;
export type SourceTranslation = z.infer<typeof sourceTranslationSchema>;

/** `content/sections.yaml`: where it sits in a content folder. */
export const SECTIONS_FILE = 'sections.yaml';

/**
 * `content/sections.yaml`: each section under the name its English pages use (as articles write
 * `section`), with its name in each other language. An article may write either: a Korean story's
 * `section: 외교` is filed in "Diplomacy" when the file says `Diplomacy: { ko: 외교 }`.
 */
export const sectionsSchema = z.record(textSchema, translationsSchema(textSchema)).superRefine((table, ctx) => {
  const owners = new Map<string, string>();
  for (const [name, names] of Object.entries(table)) {
    for (const [lang, translated] of Object.entries(names)) {
      const owner = owners.get(translated);
      if (owner !== undefined && owner !== name) {
        ctx.addIssue({
          code: 'custom',
          path: [name, lang],
          message: `"${translated}" is also the name of "${owner}"; each section needs its own name in each language`,
        });
      } else owners.set(translated, name);
    }
  }
});

/** Section names by their English name and language: `{ Diplomacy: { ko: '외교' } }`. */
export type SectionNames = z.infer<typeof sectionsSchema>;

/** No sections file: every section is known by its name as written. */
export const NO_SECTION_NAMES: SectionNames = {};
