import { z } from 'zod';
import { textSchema } from './fields.ts';
import { topicTranslationSchema, translationsSchema } from './translations.ts';

/** A story thread: `content/topics/<id>.md`, whose body is the background. */
export const topicSchema = z.strictObject({
  title: textSchema,
  description: textSchema,
  /** Its title and description in other languages, by language tag: `{ ko: { title: 유엔 제재 } }` (docs/languages.md). */
  translations: translationsSchema(topicTranslationSchema).optional(),
});

export type Topic = z.infer<typeof topicSchema>;
