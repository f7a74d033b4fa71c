/**
 * Yonhap article pages as editors paste them: skip links, a labelled headline, the crumb and
 * time line (Korea time), an optional `(ATTN: ...)` note, the story from its dateline, then
 * `(END)` or the reporter's e-mail and the feedback footer. Korean pages are read by
 * yonhap-korean.ts.
 */
import { ImportError } from '../../errors.ts';
import { blocksToMarkdown, type StoryBlock } from '../body/markdown.ts';
import type { ArticleFields, ParsedPage } from '../../types.ts';
import { lines, quoteLines } from './lines.ts';
import { dateLine, yonhapTimeLine } from './wire-dates.ts';
import { isEmailLine, isSeparator, matchByline, matchDateline, splitLabel } from '../text/wire-lines.ts';
import { isKoreanYonhapPage, parseKoreanYonhap } from './yonhap-korean.ts';

const isSkipLink = (line: string) => /^Go to (?:Contents|Navigation)\b/.test(line);
const isFooter = (line: string) => /^(?:Send Feedback|How can we improve\?|Thanks for your feedback!)$/.test(line);
const isEnd = (line: string) => line === '(END)';
const END_SUFFIX = /\s*\(END\)$/;

/** Reads a pasted Yonhap page, in English or in Korean. */
export function parseYonhap(text: string): ParsedPage {
  if (isKoreanYonhapPage(text)) return parseKoreanYonhap(text);
  const all = lines(text).map((line) => line.trim());
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = { source: 'yonhap' };

  const titleAt = all.findIndex((line) => line && !isSkipLink(line));
  if (titleAt < 0) throw new ImportError('found no headline; paste the Yonhap page from its headline down');
  Object.assign(fields, splitLabel(all[titleAt]!));

  // The header runs from the headline to the dateline; without one, to the first line it cannot place.
  let datelineAt = all.findIndex((line, i) => i > titleAt && matchDateline(line)?.agency === 'Yonhap');
  const leftOut: string[] = [];
  let i = titleAt + 1;
  for (; i < all.length && (datelineAt < 0 || i < datelineAt); i++) {
    const line = all[i]!;
    if (!line || isSkipLink(line)) continue;
    // Besides the time line, a line that is only a date (`2017-02-12`), as some copies show it.
    const date = fields.date === undefined ? (yonhapTimeLine(line) ?? dateLine(line)) : undefined;
    if (date) {
      fields.date = date;
    } else if (line.startsWith('(ATTN:') && fields.editorNote === undefined) {
      let note = line;
      while (!note.endsWith(')') && i + 1 < all.length) note += ` ${all[++i]!}`;
      fields.editorNote = note
        .replace(/^\(ATTN:\s*/, '')
        .replace(/\)$/, '')
        .trim();
    } else if (matchByline(line) && fields.byline === undefined) {
      fields.byline = matchByline(line);
    } else if (datelineAt < 0) {
      break;
    } else {
      leftOut.push(line);
    }
  }
  if (datelineAt < 0) datelineAt = i;
  if (leftOut.length)
    notes.push(`left out ${leftOut.length} line(s) between the headline and the story: ${quoteLines(leftOut)}`);

  const dateline = matchDateline(all[datelineAt] ?? '');
  if (dateline) fields.dateline = dateline.city;

  const blocks: StoryBlock[] = [];
  let end = datelineAt;
  for (; end < all.length; end++) {
    const line = all[end]!;
    if (isEnd(line) || isEmailLine(line) || isFooter(line)) break;
    if (!line) continue;
    if (isSeparator(line)) blocks.push({ type: 'separator' });
    else blocks.push({ type: 'paragraph', text: line });
  }
  const last = blocks.at(-1);
  if (last?.type === 'paragraph' && END_SUFFIX.test(last.text)) last.text = last.text.replace(END_SUFFIX, '');
  if (!blocks.some((b) => b.type === 'paragraph')) {
    throw new ImportError(
      'found no story text after the headline; paste the whole Yonhap page, from the headline to "Send Feedback"',
    );
  }

  const after = all.slice(end).filter((line) => line && !isEnd(line) && !isEmailLine(line) && !isFooter(line));
  if (after.length) notes.push(`left out ${after.length} line(s) after the end of the story: ${quoteLines(after)}`);

  return { kind: 'yonhap', fields, body: blocksToMarkdown(blocks), notes };
}
