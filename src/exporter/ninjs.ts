/**
 * An article as an IPTC ninjs 2.0 object (lowercase 2.x names), with every field our ninjs
 * importer reads back: headline, body, byline, dateline, dates, subjects, people, places,
 * organisations, summary, editor's note, lead photo, rights, language, source and draft status.
 * What ninjs has no property for goes in the `_dateline` extension (see src/interchange/dateline-extension.ts).
 */
import type { ArticleData } from '../model/article.ts';
import { DATELINE_EXTENSION } from '../interchange/dateline-extension.ts';
import { defined, extensionOf, type ExportArticle } from './article.ts';

/** The ninjs 2.0 schema an exported item follows, named in each item's `standard`. */
export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json';

/** Fields with no ninjs property; `byline` and `image` join them when ninjs cannot hold them whole. */
const EXTENSION_FIELDS = [
  'section',
  'topics',
  'label',
  'wireNote',
  'gallery',
  'corrections',
  'embargo',
  'importId',
  'translationKey',
] as const satisfies readonly (keyof ArticleData)[];

const named = (names: readonly string[]) => (names.length ? names.map((name) => ({ name })) : undefined);

/** A stable identifier for an article that has no address of its own: `urn:dateline:2018/summit-held`. */
export function articleUrn(id: string): string {
  return `urn:dateline:${id.split('/').map(encodeURIComponent).join('/')}`;
}

/** The lead photo as a ninjs picture association; the importer reads its rendition, description and `by`. */
function featureImage(image: NonNullable<ArticleData['image']>) {
  return defined({
    name: 'featureimage',
    type: 'picture',
    renditions: image.src ? [{ name: 'original', href: image.src }] : undefined,
    descriptions: image.caption ? [{ role: 'caption', contenttype: 'text/plain', value: image.caption }] : undefined,
    by: image.credit,
  });
}

/** One article as a ninjs 2.0 object. */
export function articleToNinjs({ id, data, html, sourceName }: ExportArticle): Record<string, unknown> {
  const extra: (keyof ArticleData)[] = [...EXTENSION_FIELDS];
  // `by` is one statement: two or more bylines are kept as a list in the extension.
  if (data.byline.length > 1) extra.push('byline');
  // A picture has no alt text in ninjs, and an image on the site (`/images/…`) is not a rendition address.
  if (
    data.image &&
    (data.image.alt !== undefined || (data.image.src !== undefined && !/^https?:/i.test(data.image.src)))
  )
    extra.push('image');
  return defined({
    uri: data.originalUrl ?? articleUrn(id),
    standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
    type: 'text',
    firstcreated: data.date,
    versioncreated: data.updated ?? data.date,
    pubstatus: data.draft ? 'withheld' : 'usable',
    copyrightnotice: data.rights,
    ednote: data.editorNote,
    language: data.language,
    headlines: [{ role: 'main', contenttype: 'text/plain', value: data.title }],
    descriptions: data.summary ? [{ role: 'summary', contenttype: 'text/plain', value: data.summary }] : undefined,
    bodies: [{ role: 'main', contenttype: 'text/html', value: html }],
    by: data.byline.length ? data.byline.join(', ') : undefined,
    located: data.dateline,
    subjects: named(data.tags),
    people: named(data.people),
    places: named(data.places),
    organisations: named(data.organizations),
    infosources: [defined({ name: sourceName, literal: data.source })],
    associations: data.image ? [featureImage(data.image)] : undefined,
    [DATELINE_EXTENSION]: extensionOf(data, extra),
  });
}
