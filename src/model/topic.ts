import { z } from 'zod';
import { textSchema } from './fields.ts';

/** A story thread: `content/topics/<id>.md`, whose body is the background. */
export const topicSchema = z.strictObject({
  title: textSchema,
  description: textSchema,
});

export type Topic = z.infer<typeof topicSchema>;
