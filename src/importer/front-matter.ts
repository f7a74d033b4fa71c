/**
 * Reading and writing article files with gray-matter. YAML is read with the core schema so
 * dates stay the strings the editor wrote (an unquoted `2016-02-31` is reported, not rolled
 * over to March), and written with every date quoted.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

const yamlEngine = {
  parse: (source: string): object => {
    const data = load(source, { schema: CORE_SCHEMA });
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new Error('the front matter is not a list of fields (expected lines like "title: ...")');
    }
    return data;
  },
  // The dump schema quotes any string another YAML reader could take for a date or number.
  stringify: (data: object): string => dump(data, { lineWidth: -1, quoteStyle: 'double' }),
};

const options = { engines: { yaml: yamlEngine } };

/** A Markdown file's front matter and body; throws on YAML that does not parse. */
export function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const file = matter(text, options);
  return { data: file.data, body: file.content };
}

/** A Markdown file with `data` as front matter, in the order given. */
export function writeFrontMatter(data: object, body: string): string {
  // An object, not a string, so gray-matter does not look for front matter inside the body.
  return matter.stringify({ content: body }, data, options);
}
