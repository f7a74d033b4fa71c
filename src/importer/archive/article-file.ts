/**
 * Writing article files: front matter in the order given, with every date and anything another
 * YAML reader could take for a date, number or boolean quoted (gray-matter, as tooling outside Astro).
 */
import matter from 'gray-matter';
import { dump } from 'js-yaml';
import { mapStrings, withoutControls } from '../../model/control-characters.ts';

const engine = {
  parse: (): object => {
    throw new Error('article-text writes files only; read them with src/model/front-matter.ts');
  },
  stringify: (data: object): string => dump(data, { lineWidth: -1, quoteStyle: 'double' }),
};

/**
 * A Markdown file with `data` as front matter, in the order given. Control characters a feed
 * carried (ESC, BEL, NUL, ...) are left out of every field and the body; tabs and line breaks stay.
 */
export function writeFrontMatter(data: object, body: string): string {
  // An object, not a string, so gray-matter does not look for front matter inside the body.
  return matter.stringify({ content: withoutControls(body) }, mapStrings(data, withoutControls), {
    engines: { yaml: engine },
  });
}
