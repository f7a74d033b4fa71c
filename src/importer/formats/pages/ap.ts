/**
 * AP article pages as editors paste them: the headline, gallery chrome (`Full Screen`,
 * `1 / 13`), the copyright line, the lead photo's caption with its credit and date, an
 * optional byline, then the story from its dateline (`SEOUL, South Korea (AP) — ` or
 * `SEOUL – `), with `___` separators and a closing "contributed to this report" line.
 */
import type { ArticleImage } from '../../../model/article.ts';
import { ImportError } from '../../errors.ts';
import { blocksToMarkdown, type StoryBlock } from '../body/markdown.ts';
import type { ArticleFields, ParsedPage } from '../../types.ts';
import { lines, quoteLines } from './lines.ts';
import { findDateInText } from './wire-dates.ts';
import { isSeparator, matchByline, matchDateline, splitCredit, splitLabel } from '../text/wire-lines.ts';

const isChrome = (line: string) => /^(?:Full Screen|ADVERTISEMENT|Advertisement)$/.test(line);
const COUNTER = /^(\d{1,3})\s*(?:\/|of)\s*(\d{1,3})$/;
const RIGHTS = /^(?:Copyright|©)\s.*\bAll rights reserved\.?$/i;

/** Reads a pasted AP page. */
export function parseAp(text: string): ParsedPage {
  const all = lines(text).map((line) => line.trim());
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = { source: 'ap' };

  const titleAt = all.findIndex((line) => line && !isChrome(line));
  if (titleAt < 0) throw new ImportError('found no headline; paste the AP page from its headline down');
  Object.assign(fields, splitLabel(all[titleAt]!));

  const isStoryStart = (line: string) => {
    const d = matchDateline(line);
    return d !== undefined && (d.agency === undefined || d.agency === 'AP');
  };
  let storyAt = all.findIndex((line, i) => i > titleAt && isStoryStart(line));
  let counter: { position: number; total: number } | undefined;
  let image: ArticleImage | undefined;
  const leftOut: string[] = [];
  let i = titleAt + 1;
  for (; i < all.length && (storyAt < 0 || i < storyAt); i++) {
    const line = all[i]!;
    if (!line || isChrome(line)) continue;
    const count = COUNTER.exec(line);
    const photo = splitCredit(line);
    const byline = matchByline(line);
    if (count && !counter) {
      counter = { position: Number(count[1]), total: Number(count[2]) };
    } else if (RIGHTS.test(line) && fields.rights === undefined) {
      fields.rights = line;
    } else if (photo && !image) {
      image = photo;
      const found = findDateInText(photo.caption);
      if (found) {
        fields.date = found.iso;
        if (found.weekdayMismatch)
          notes.push(`the caption's "${found.text}" names the wrong weekday for that date; check the date`);
      }
    } else if (byline && fields.byline === undefined) {
      fields.byline = byline;
    } else if (storyAt < 0) {
      break;
    } else {
      leftOut.push(line);
    }
  }
  if (storyAt < 0) storyAt = i;
  if (leftOut.length)
    notes.push(`left out ${leftOut.length} line(s) between the headline and the story: ${quoteLines(leftOut)}`);

  const dateline = matchDateline(all[storyAt] ?? '');
  if (dateline) fields.dateline = dateline.city;

  const blocks: StoryBlock[] = [];
  for (const line of all.slice(storyAt)) {
    if (!line || isChrome(line)) continue;
    const byline = fields.byline === undefined ? matchByline(line, { strict: true }) : undefined;
    if (byline) fields.byline = byline;
    else if (isSeparator(line)) blocks.push({ type: 'separator' });
    else blocks.push({ type: 'paragraph', text: line });
  }
  if (!blocks.some((b) => b.type === 'paragraph')) {
    throw new ImportError(
      'found no story text after the headline; paste the whole AP page, from the headline to the end of the story',
    );
  }

  if (image) {
    fields.image = image;
    if (counter && counter.total > 1 && counter.position <= counter.total) {
      // Only the photo on screen was carried over; `{}` keeps the others' places in the count.
      fields.gallery = Array.from({ length: counter.total }, (_, n) =>
        n === counter.position - 1 ? { ...image } : {},
      );
    }
  }
  return { kind: 'ap', fields, body: blocksToMarkdown(blocks), notes };
}
