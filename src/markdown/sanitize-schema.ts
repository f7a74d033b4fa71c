import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's sanitise schema, widened for news copy (figures, captions, time, abbreviations)
 * and with the contents of script, style, iframe, object and embed dropped entirely rather than
 * left behind as text.
 */
export const newsSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
    'figure',
    'figcaption',
    'caption',
    'cite',
    'abbr',
    'time',
    'small',
    'mark',
    'u',
    'colgroup',
    'col',
  ],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    time: ['dateTime'],
    td: ['colSpan', 'rowSpan', 'headers'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope'],
  },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select'],
};
