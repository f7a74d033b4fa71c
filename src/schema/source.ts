import { z } from 'zod';
import { httpUrlSchema, textSchema } from './fields.ts';

/** A news outlet an article's reporting comes from: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  name: textSchema,
  url: httpUrlSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter ISO 3166 country code such as "KR"' })
    .optional(),
  description: textSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
