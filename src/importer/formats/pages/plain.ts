/**
 * Any other text: the first line is the headline, an optional line after it holds the date,
 * then the story. Paragraphs are separated by blank lines when there are any (and lines
 * inside one are joined), otherwise each line is a paragraph.
 */
import { ImportError } from '../../errors.ts';
import { blocksToMarkdown, type StoryBlock } from '../body/markdown.ts';
import type { ArticleFields, ParseContext, ParsedPage } from '../../types.ts';
import { sourceForAgency } from '../../sources.ts';
import { lines } from './lines.ts';
import { dateLine } from './wire-dates.ts';
import { isSeparator, matchByline, matchDateline, splitLabel } from '../text/wire-lines.ts';

/** Reads plain text. */
export function parsePlain(text: string, context: ParseContext): ParsedPage {
  const all = lines(text);
  const titleAt = all.findIndex((line) => line.trim());
  if (titleAt < 0) throw new ImportError('found no headline; the first line should be the headline');
  const fields: Partial<ArticleFields> = splitLabel(all[titleAt]!);

  let rest = all.slice(titleAt + 1);
  // Header lines right under the headline: a date, a byline, in either order.
  for (;;) {
    const at = rest.findIndex((line) => line.trim());
    const line = at < 0 ? '' : rest[at]!.trim();
    const date = fields.date === undefined ? dateLine(line) : undefined;
    const byline = fields.byline === undefined ? matchByline(line) : undefined;
    if (date) fields.date = date;
    else if (byline) fields.byline = byline;
    else break;
    rest = rest.slice(at + 1);
  }

  const paragraphs = toParagraphs(rest);
  if (!paragraphs.length)
    throw new ImportError('found no story text under the headline; put the story after the first line');
  const dateline = matchDateline(paragraphs[0]!);
  if (dateline) {
    fields.dateline = dateline.city;
    const source = dateline.agency && sourceForAgency(dateline.agency, context.sources);
    if (source) fields.source = source;
  }
  const blocks: StoryBlock[] = paragraphs.map((text) =>
    isSeparator(text) ? { type: 'separator' } : { type: 'paragraph', text },
  );
  return { kind: 'plain', fields, body: blocksToMarkdown(blocks), notes: [] };
}

function toParagraphs(text: readonly string[]): string[] {
  const first = text.findIndex((line) => line.trim());
  const last = text.findLastIndex((line) => line.trim());
  if (first < 0) return [];
  const body = text.slice(first, last + 1);
  if (!body.some((line) => !line.trim())) return body.map((line) => line.trim());
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...body, '']) {
    if (line.trim()) {
      current.push(line.trim());
    } else if (current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}
