/**
 * IPTC ninjs (News in JSON): one item or an array of them. Names are looked up without regard
 * to case, so 1.x/2.x (`versioncreated`, `body_html`) and 3.x (`versionCreated`, `bodies`) read
 * alike; 1.x singular lists (`subject`, `person`) and 2.x/3.x plurals (`subjects`, `people`) too.
 * Agencies send several renditions of one story (HTML, plain text, their own XML) and write in
 * their own languages, so the HTML body and the headline in the item's language are chosen.
 */
import { splitByline } from '../text/bylines.ts';
import {
  collapse,
  feedItemResult,
  htmlToPlainText,
  httpUrl,
  isoDate,
  languageTag,
  laterDate,
  plainTextToMarkdown,
  storyAddress,
  uniqueNames,
  itemOutcome,
  wholeDocument,
  documentTooLarge,
  isObject,
  type Json,
} from '../items/item-fields.ts';
import { DATELINE_EXTENSION, datelineExtension } from '../../../interchange/dateline-extension.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import type { ArticleImage } from '../../../model/article.ts';
import type { ItemParser, KnownSource, ParsedItem } from '../../types.ts';
import { hasContactDetails } from './private-notes.ts';
import { sourceForName, sourceForUrl } from '../../sources.ts';

/** The value of the first of `names` the object has, ignoring case (`edNote`, `ednote`). */
function field(object: Json, ...names: string[]): unknown {
  for (const name of names) {
    const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && object[key] !== undefined && object[key] !== null) return object[key];
  }
  return undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A list field: an array of objects, or (1.x) an object keyed by name whose values are the objects. */
function list(object: Json, ...names: string[]): Json[] {
  const value = field(object, ...names);
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value))
    return Object.entries(value)
      .filter(([, v]) => isObject(v))
      .map(([name, v]) => ({ name, ...(v as Json) }));
  return [];
}

const samePrimary = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

/** Headline, description or body objects (`{ value, role, contenttype }`) in the order given. */
const renditionsOf = (object: Json, name: string) => list(object, name).filter((r) => text(r.value) !== undefined);

const contentType = (r: Json) => String(field(r, 'contentType', 'contenttype', 'mimetype') ?? '');

const isHtml = (r: Json) => /html|xml/i.test(contentType(r)) || /html/i.test(String(r.role ?? ''));

/** The one in the item's language (a `lang` or `language` the agency adds), else the first. */
function inLanguage(options: Json[], language: string | undefined): Json | undefined {
  return options.find((o) => samePrimary(text(field(o, 'lang', 'language')), language)) ?? options[0];
}

/** The headline as plain text: `headlines[]` (2.x/3.x) or `headline` (1.x). */
function headline(item: Json, language: string | undefined): string | undefined {
  const chosen = inLanguage(renditionsOf(item, 'headlines'), language);
  if (chosen) return isHtml(chosen) ? htmlToPlainText(String(chosen.value)) : collapse(String(chosen.value));
  return text(field(item, 'headline'));
}

/** What an HTML body is read with: its address for relative links, and the headline a leading `<h1>` may repeat. */
type BodyOptions = { baseUrl?: string | undefined; headline?: string | undefined };

/** The story as Markdown: the HTML body over a text one, from `bodies[]` or 1.x `body_html` / `body_text`. */
function body(item: Json, language: string | undefined, options: BodyOptions): string {
  const bodies = renditionsOf(item, 'bodies').filter(
    (b) =>
      !language || !text(field(b, 'lang', 'language')) || samePrimary(text(field(b, 'lang', 'language')), language),
  );
  // HTML is the rendition with paragraphs, links and lists; agency XML (NITF and the like) is not HTML.
  const html = bodies.find(
    (b) => /html/i.test(contentType(b)) || (!contentType(b) && /html/i.test(String(b.role ?? ''))),
  );
  if (html) return htmlBodyToMarkdown(String(html.value), options);
  const plain = bodies.find((b) => !contentType(b) || /^text\/plain/i.test(contentType(b)));
  if (plain) return plainTextToMarkdown(String(plain.value));
  const legacyHtml = text(field(item, 'body_html', 'body_xhtml'));
  if (legacyHtml) return htmlBodyToMarkdown(legacyHtml, options);
  const legacyText = text(field(item, 'body_text'));
  return legacyText ? plainTextToMarkdown(legacyText) : '';
}

/** A summary: `descriptions[]` or 1.x `description_text` / `description_html`, as one line of text. */
function description(object: Json, language: string | undefined): string | undefined {
  const chosen = inLanguage(renditionsOf(object, 'descriptions'), language);
  if (chosen)
    return (isHtml(chosen) ? htmlToPlainText(String(chosen.value)) : collapse(String(chosen.value))) || undefined;
  const legacy = text(field(object, 'description_text')) ?? text(field(object, 'description_html'));
  return legacy && (field(object, 'description_text') ? collapse(legacy) : htmlToPlainText(legacy));
}

/**
 * A brief's text when the item has no body: agencies send short items with the text only in
 * `descriptions[]` (2.x/3.x) or `description_text` / `description_html` (1.x).
 */
function briefBody(item: Json, language: string | undefined, options: BodyOptions): string {
  const chosen = inLanguage(renditionsOf(item, 'descriptions'), language);
  if (chosen)
    return isHtml(chosen)
      ? htmlBodyToMarkdown(String(chosen.value), options)
      : plainTextToMarkdown(String(chosen.value));
  const legacyHtml = text(field(item, 'description_html'));
  if (legacyHtml) return htmlBodyToMarkdown(legacyHtml, options);
  const legacyText = text(field(item, 'description_text'));
  return legacyText ? plainTextToMarkdown(legacyText) : '';
}

/** Which article list a concept belongs in, from a `type` some agencies give (`cpnat:person`, `cpnat:geoArea`). */
function conceptKind(concept: Json): 'people' | 'places' | 'organizations' | undefined {
  const type = String(concept.type ?? '');
  if (/person/i.test(type)) return 'people';
  if (/geo|place|poi/i.test(type)) return 'places';
  if (/organi[sz]ation/i.test(type)) return 'organizations';
  return undefined;
}

/** Tags from subjects; people, places and organisations from their own lists and from subjects typed as such. */
function concepts(item: Json) {
  const names = (objects: Json[]) => objects.map((o) => text(o.name));
  const subjects = list(item, 'subjects', 'subject');
  const ofKind = (kind: ReturnType<typeof conceptKind>) => names(subjects.filter((s) => conceptKind(s) === kind));
  return {
    tags: uniqueNames(ofKind(undefined)),
    people: uniqueNames([...names(list(item, 'people', 'person')), ...ofKind('people')]),
    places: uniqueNames([...names(list(item, 'places', 'place')), ...ofKind('places')]),
    organizations: uniqueNames([
      ...names(list(item, 'organisations', 'organizations', 'organisation', 'organization')),
      ...ofKind('organizations'),
    ]),
  };
}

/** The largest picture rendition's address: `renditions` as an array (2.x/3.x) or keyed object (1.x). */
function pictureHref(picture: Json): string | undefined {
  const renditions = list(picture, 'renditions')
    .filter((r) => httpUrl(text(r.href)) && (!contentType(r) || /^image\//i.test(contentType(r))))
    .sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0));
  return text(renditions[0]?.href);
}

/**
 * The lead photo: the first association of type `picture` (or `graphic`), with its caption (its
 * description, its `body_text` as agencies send captions, or its headline) and its credit (byline,
 * else copyright notice).
 */
function image(item: Json, language: string | undefined): ArticleImage | undefined {
  const picture = list(item, 'associations').find((a) => /^(?:picture|graphic)$/.test(String(field(a, 'type') ?? '')));
  if (!picture) return undefined;
  const src = pictureHref(picture);
  const bodyText = text(field(picture, 'body_text', 'bodyText'));
  const caption = description(picture, language) ?? (bodyText && collapse(bodyText)) ?? headline(picture, language);
  const credit =
    text(field(picture, 'by', 'byline')) ??
    text(field(picture, 'creditline', 'creditLine')) ??
    text(field(picture, 'copyrightNotice', 'copyrightnotice'));
  if (!src && !caption) return undefined;
  const result: ArticleImage = {};
  if (src) result.src = src;
  if (caption) result.caption = caption;
  if (credit) result.credit = credit;
  return result;
}

/** The archive's source an `infosources` entry names: by id (`literal`), else by name. */
function infoSource(item: Json, sources: readonly KnownSource[]): string | undefined {
  for (const party of list(item, 'infoSources', 'infosource')) {
    const literal = text(party.literal);
    if (literal && sources.some((s) => s.id === literal)) return literal;
    const name = text(party.name);
    const named = name && sourceForName(name, sources);
    if (named) return named;
  }
  return undefined;
}

/** One ninjs object to an item result. */
export function ninjsItem(item: unknown, sources: readonly KnownSource[]): ParsedItem['result'] {
  if (!isObject(item))
    return {
      error: `is ${Array.isArray(item) ? 'an array' : JSON.stringify(item)}, not a ninjs object; each item must be a JSON object with "uri" and "headlines"`,
    };
  const notes: string[] = [];
  const rawLanguage = text(field(item, 'language'));
  const language = languageTag(rawLanguage);
  if (rawLanguage && !language)
    notes.push(`left out the language "${rawLanguage}": it is not a language tag such as "en" or "ko"`);

  const dates: Record<'date' | 'updated', string | undefined> = { date: undefined, updated: undefined };
  for (const [key, names] of [
    ['date', ['firstCreated', 'contentCreated']],
    ['updated', ['versionCreated']],
  ] as const) {
    const value = text(field(item, ...names));
    if (value === undefined) continue;
    dates[key] = isoDate(value);
    if (!dates[key])
      return {
        error: `"${names[0]}" "${value}" is not an ISO 8601 date; write it like "2018-06-12T10:30:00+08:00" and import it again`,
      };
  }
  // Many feeds send only versioncreated: a story's one time is then its date.
  if (!dates.date && dates.updated) [dates.date, dates.updated] = [dates.updated, undefined];
  dates.updated = laterDate(dates.updated, dates.date);
  const embargoText = text(field(item, 'embargoed', 'embargoedUntil'));
  const embargo = embargoText && isoDate(embargoText);
  if (embargoText && !embargo)
    return {
      error: `"embargoed" "${embargoText}" is not an ISO 8601 date; the story cannot be held without it, so write it like "2018-06-12T10:30:00+08:00" and import it again`,
    };
  if (!dates.date) notes.push('the item has no firstcreated or versioncreated; give the date with --date');

  const pubStatus = text(field(item, 'pubStatus'));
  const rights = uniqueNames([text(field(item, 'copyrightNotice')), text(field(item, 'usageTerms'))]).join(' ');
  const uri = text(field(item, 'uri'));
  const originalUrl = storyAddress(uri);
  const title = headline(item, language);
  // Dateline's own export writes links to its own pages as site paths: they are no page of the story's address.
  const bodyOptions = { baseUrl: DATELINE_EXTENSION in item ? undefined : originalUrl, headline: title };
  const story = body(item, language, bodyOptions);
  // A brief carries its text as the description: that is then the story, not also its summary.
  const brief = story ? '' : briefBody(item, language, bodyOptions);
  const edNote = text(field(item, 'edNote'));
  // ninjs means ednote for the receiving newsroom; a note with someone's e-mail or phone is kept off the page.
  const privateNote = edNote !== undefined && hasContactDetails(edNote);

  return feedItemResult(
    'ninjs',
    {
      fields: {
        title,
        date: dates.date,
        updated: dates.updated,
        byline: uniqueNames(splitByline(text(field(item, 'by', 'byline')) ?? '')),
        dateline: text(field(item, 'located')),
        ...concepts(item),
        summary: brief ? undefined : description(item, language),
        editorNote: privateNote ? undefined : edNote,
        internalNote: privateNote ? edNote : undefined,
        image: image(item, language),
        originalUrl,
        // The uri is the item's identity at the agency (the guid of 1.x deliveries that have one instead);
        // Dateline's own export keeps a story's identity in its extension, and a story written here has none.
        importId: DATELINE_EXTENSION in item ? undefined : (uri ?? text(field(item, 'guid'))),
        rights: rights || undefined,
        language,
        // Withheld or canceled stories must not go out: they are kept, as drafts.
        draft: pubStatus === 'withheld' || pubStatus === 'canceled' ? true : undefined,
        embargo,
        // The uri's host names the agency even when the uri is no page a reader can open.
        source: infoSource(item, sources) ?? (httpUrl(uri) && sourceForUrl(httpUrl(uri)!, sources)),
        // What ninjs has no property for, as Dateline's own export writes it.
        ...datelineExtension(item),
      },
      body: story || brief,
      notes,
    },
    sources,
    {
      title: '"headlines" (or 1.x "headline")',
      body: 'no "bodies" entry (or 1.x "body_html" / "body_text"), and no "descriptions" entry (or 1.x "description_text") for a brief, has a value',
    },
  );
}

/** Line and column (both from 1) of an index into a text. */
function lineAndColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Where a JSON.parse error is: the position it gives, or the end of the text for a truncated one. */
function syntaxErrorPosition(source: string, error: SyntaxError): { line: number; column: number } {
  const given = /\bposition (\d+)/.exec(error.message);
  return lineAndColumn(source, given ? Number(given[1]) : source.length);
}

/**
 * Every item of a ninjs delivery: `item N` for each element of an array, `item 1` for a single
 * object. The JSON is parsed whole (deliveries are one story or a batch, not an archive dump).
 */
export const parseNinjs: ItemParser = async function* (input, context) {
  const source = await wholeDocument(input);
  if (source === undefined) {
    yield {
      position: 'the delivery',
      result: { error: documentTooLarge('ninjs delivery', 'a delivery per day, say') },
    };
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column } = syntaxErrorPosition(source, error);
    const reason = error.message.replace(/\s*(?:in JSON )?at position \d+.*$/, '');
    yield {
      position: `line ${line}, column ${column}`,
      result: {
        error: `malformed JSON at line ${line}, column ${column}: ${reason}; no item can be read, so fix the file there (a missing comma, quote or bracket, or a truncated file) and import it again`,
      },
    };
    return;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  for (const [index, item] of items.entries())
    yield { position: `item ${index + 1}`, result: itemOutcome(() => ninjsItem(item, context.sources)) };
};
