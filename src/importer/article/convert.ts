/**
 * A parsed page to an article: apply the editor's options and `--map`, check the result against
 * the archive's own schema, and make its path and file text, the same for a single page (detected
 * and parsed here) and for each item of an export, feed or wire delivery.
 */
import { join } from 'node:path';
import { articleSchema } from '../../model/article.ts';
import { parseArticleDate } from '../../model/dates.ts';
import { formatIssues } from '../../model/issues.ts';
import { DEFAULT_CONTENT_DIR } from '../../config/site.ts';
import { writeFrontMatter } from '../archive/article-file.ts';
import { ImportError } from '../errors.ts';
import { PAGE_PARSERS } from '../formats/parsers.ts';
import { splitByline } from '../formats/text/bylines.ts';
import { detectPage } from '../input/detect.ts';
import { kindName } from '../input/format-names.ts';
import { listIds, unknownSourceMessage } from '../sources.ts';
import type { ArticleFields, CollectionPage, InputFormat, KnownSource, ParsedPage } from '../types.ts';
import { writeOutEditorNote } from './editor-note.ts';
import { applyImportMap, EMPTY_MAP, type ImportMap } from './map.ts';
import { articleSlug } from './slug.ts';

/** The section an article gets when neither the page nor `--section` names one. */
export const DEFAULT_SECTION = 'World';

/** The note for an article filed under the default section. */
export const NO_SECTION_NOTE = `no section given; filed under "${DEFAULT_SECTION}" (pass --section NAME to choose another)`;

/** What the editor passed on the command line. */
export interface ConvertOptions {
  source?: string | undefined;
  date?: string | undefined;
  section?: string | undefined;
  /** The `--map` file's tables; none when not given. */
  map?: ImportMap | undefined;
  /** The archive's topic ids: an article naming another is refused, since the build would refuse it. */
  topics?: readonly string[] | undefined;
}

/** The most names of one kind (tags, people, places, organizations) an imported article keeps: each becomes a page. */
export const MAX_NAMES_PER_KIND = 100;

/** An article ready to be written. */
export interface ConvertedArticle {
  kind: InputFormat;
  /** Front matter, in the schema's field order. */
  data: ArticleFields;
  body: string;
  /** Where it goes under the articles folder: `2016/<slug>.md`. */
  path: string;
  /** The whole file. */
  text: string;
  notes: string[];
}

/** Converts one decoded input; `name` is its file name (for the kind) and `root` the content root (for messages). */
export function convertPage(
  text: string,
  name: string,
  options: ConvertOptions,
  sources: readonly KnownSource[],
  root = DEFAULT_CONTENT_DIR,
): ConvertedArticle {
  const kind = detectPage(text, name);
  return finishArticle(PAGE_PARSERS[kind](text, { sources }), options, sources, root);
}

const isCollectionPage = (page: ParsedPage | CollectionPage): page is CollectionPage => !(page.kind in PAGE_PARSERS);

/**
 * Applies the options and the map to a parsed page, checks it against the schema and makes its
 * path and text. For a single page `--date` wins over the page's date; for an item of a
 * many-article input it only fills a missing one, since one date for every item is never right.
 */
export function finishArticle(
  page: ParsedPage | CollectionPage,
  options: ConvertOptions,
  sources: readonly KnownSource[],
  root = DEFAULT_CONTENT_DIR,
): ConvertedArticle {
  const { kind } = page;
  const notes = [...page.notes];
  const fields: Partial<ArticleFields> = { ...page.fields };
  const detectedSource = fields.source;
  const collection = isCollectionPage(page);
  if (options.source) fields.source = options.source;
  if (options.date && !(collection && fields.date)) fields.date = parseArticleDate(options.date)?.iso ?? options.date;
  const mapped = applyImportMap(
    options.map ?? EMPTY_MAP,
    fields,
    collection ? page.categories : [],
    Boolean(options.section),
  );
  Object.assign(fields, {
    topics: mapped.topics,
    tags: capped(mapped.tags, 'tags', notes),
    // "By A and B" is two writers, whichever format wrote it so.
    byline: [...new Set(mapped.byline.flatMap((name) => splitByline(name)))],
    people: capped(mapped.people, 'people', notes),
    places: capped(mapped.places, 'places', notes),
    organizations: capped(mapped.organizations, 'organizations', notes),
  });
  const unknownTopics = options.topics ? (fields.topics ?? []).filter((id) => !options.topics!.includes(id)) : [];
  if (unknownTopics.length) {
    const known = options.topics!.length
      ? `the archive's topics are ${options.topics!.map((t) => `"${t}"`).join(', ')}`
      : 'the archive has no topics';
    throw new ImportError(
      `topics: ${unknownTopics.map((t) => `"${t}"`).join(', ')} ${unknownTopics.length === 1 ? 'is not a topic' : 'are not topics'} of this archive (${known}); add ${join(root, 'topics', `${unknownTopics[0]}.md`)} or map the item's topics with --map, then import again`,
    );
  }
  fields.section = options.section || mapped.section || fields.section;
  if (fields.editorNote) {
    // Readers get the note in plain words; the wire's own wording is kept beside it.
    const { note, original } = writeOutEditorNote(fields.editorNote);
    fields.editorNote = note;
    if (note !== original) fields.wireNote = original;
  }

  const missing = [
    !fields.source && `the source (pass --source with one of ${listIds(sources)})`,
    !fields.date && 'the date (pass --date YYYY-MM-DD)',
  ].filter(Boolean);
  if (missing.length) throw new ImportError(`cannot find ${missing.join(' or ')} in this ${kindName(kind)}`);
  if (typeof fields.source === 'string' && !sources.some((s) => s.id === fields.source)) {
    const origin = options.source ? '' : ` (recognised from this ${kindName(kind)})`;
    throw new ImportError(unknownSourceMessage(fields.source, sources, root, origin));
  }
  if (!fields.section) {
    fields.section = DEFAULT_SECTION;
    notes.push(NO_SECTION_NOTE);
  }
  if (detectedSource && options.source && detectedSource !== options.source) {
    notes.push(`the page looks like ${detectedSource}; using --source ${options.source} as asked`);
  }

  const data = inSchemaOrder(fields);
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    throw new ImportError(
      `the article would not be valid, so nothing was written: ${formatIssues(result.error.issues, data).join('; ')}`,
    );
  }
  const slug = articleSlug(result.data.title);
  if (!slug)
    throw new ImportError(
      `cannot make a file name from the headline "${result.data.title}"; give the article a headline with letters or digits`,
    );
  const year = parseArticleDate(result.data.date)!.year;
  return { kind, data, body: page.body, path: `${year}/${slug}.md`, text: writeFrontMatter(data, page.body), notes };
}

/** The first MAX_NAMES_PER_KIND names of a list, with a note when more were left out. */
function capped(names: string[], field: string, notes: string[]): string[] {
  if (names.length <= MAX_NAMES_PER_KIND) return names;
  notes.push(
    `${field}: kept the first ${MAX_NAMES_PER_KIND} of ${names.length}, since each becomes a page of the archive; add others by hand if they matter`,
  );
  return names.slice(0, MAX_NAMES_PER_KIND);
}

/** Fields in the order the schema declares them, without empty values. */
function inSchemaOrder(fields: Partial<ArticleFields>): ArticleFields {
  const entries = Object.keys(articleSchema.shape)
    .map((key) => [key, fields[key as keyof ArticleFields]] as const)
    .filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(entries) as ArticleFields;
}
