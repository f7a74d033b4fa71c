/**
 * Reading and writing article files with gray-matter. YAML is read with the core schema so
 * dates stay the strings the editor wrote (an unquoted `2016-02-31` is reported, not rolled
 * over to March), and written with every date quoted.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, defineScalarTag, dump, load, NOT_RESOLVED, timestampTag } from 'js-yaml';

/** A date-time written without quotes, which Astro's YAML reader would turn into a UTC `Date`. */
class PlainDateTime {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** A date with no time, which Astro reads as midnight UTC: the same day, so nothing is lost. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Implicit tags only ever see plain (unquoted) scalars, so this marks exactly the values Astro converts.
const plainDateTimeTag = defineScalarTag<PlainDateTime>('tag:yaml.org,2002:timestamp', {
  implicit: true,
  implicitFirstChars: [...'0123456789'],
  resolve: (source, isExplicit, tagName) =>
    !DATE_ONLY.test(source) && timestampTag.resolve(source, isExplicit, tagName) !== NOT_RESOLVED ? new PlainDateTime(source) : NOT_RESOLVED,
  identify: () => false,
});

const READ_SCHEMA = CORE_SCHEMA.withTags(plainDateTimeTag);

/** A date-time written without quotes: where (`date`, `corrections[0].date`) and as written. */
export interface UnquotedDateTime {
  path: string;
  text: string;
}

/** Replaces each `PlainDateTime` in `value` by its text, recording where it was. */
function unwrapPlainDateTimes(value: unknown, path: string, found: UnquotedDateTime[]): unknown {
  if (value instanceof PlainDateTime) {
    found.push({ path, text: value.text });
    return value.text;
  }
  if (Array.isArray(value)) return value.map((item, i) => unwrapPlainDateTimes(item, `${path}[${i}]`, found));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrapPlainDateTimes(item, path ? `${path}.${key}` : key, found)]));
  }
  return value;
}

function yamlEngine(found: UnquotedDateTime[]) {
  return {
    parse: (source: string): object => {
      const data = load(source, { schema: READ_SCHEMA });
      if (data === null || data === undefined) return {};
      if (typeof data !== 'object' || Array.isArray(data)) {
        throw new Error('the front matter is not a list of fields (expected lines like "title: ...")');
      }
      return unwrapPlainDateTimes(data, '', found) as object;
    },
    // The dump schema quotes any string another YAML reader could take for a date or number.
    stringify: (data: object): string => dump(data, { lineWidth: -1, quoteStyle: 'double' }),
  };
}

/** What a Markdown file holds: front matter, body, and where the front matter has an unquoted date-time. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** Values written as unquoted date-times (kept in `data` as their text), which Astro would read as UTC. */
  unquotedDateTimes: UnquotedDateTime[];
}

/** A Markdown file's front matter and body; throws on YAML that does not parse. */
export function readFrontMatter(text: string): FrontMatterFile {
  const unquotedDateTimes: UnquotedDateTime[] = [];
  const file = matter(text, { engines: { yaml: yamlEngine(unquotedDateTimes) } });
  return { data: file.data, body: file.content, unquotedDateTimes };
}

/** A Markdown file with `data` as front matter, in the order given. */
export function writeFrontMatter(data: object, body: string): string {
  // An object, not a string, so gray-matter does not look for front matter inside the body.
  return matter.stringify({ content: body }, data, { engines: { yaml: yamlEngine([]) } });
}
