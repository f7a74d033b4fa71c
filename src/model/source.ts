import { z } from 'zod';
import { isTimeZoneName } from './dates.ts';
import { httpUrlSchema, textSchema } from './fields.ts';
import { sourceTranslationSchema, translationsSchema } from './translations.ts';

/** A news outlet an article's reporting comes from: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  name: textSchema,
  /** What search filters and results call the source, e.g. "Yonhap" for "Yonhap News Agency"; defaults to `name`. */
  shortName: textSchema.optional(),
  url: httpUrlSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter ISO 3166 country code such as "KR"' })
    .optional(),
  description: textSchema.optional(),
  /** Where the source files from, as an IANA zone, so its times read "19:27 KST" rather than "(UTC+09:00)". */
  timeZone: z
    .string()
    .refine(isTimeZoneName, {
      error: (issue) =>
        `"${String(issue.input)}" is not an IANA time zone; use a name such as "Asia/Seoul" or "America/New_York"`,
    })
    .optional(),
  /** Its names in other languages, by language tag: `{ ko: { name: 연합뉴스 } }` (docs/languages.md). */
  translations: translationsSchema(sourceTranslationSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
