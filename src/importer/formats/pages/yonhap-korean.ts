/**
 * Yonhap's Korean article pages as editors paste them: the headline with its label at the end
 * (`…핵실험 강행(종합2보)`) or the front (`[속보] …`), the time line (`송고시간2016-01-06 13:40`,
 * Korea time), the reporter's line and the page's buttons (`기자 페이지`, `공유`, `댓글`, `인쇄`),
 * subheadlines, a photo credit in square brackets (`[연합뉴스 자료사진]`), then the story from
 * `(서울=연합뉴스) 홍길동 기자 =`, signed off with the reporter's e-mail, `제보는 카카오톡 okjebo`,
 * `<저작권자(c) 연합뉴스 …>` and `2016/01/06 13:40 송고`, and a `관련 뉴스` list under it.
 */
import type { ArticleImage } from '../../../model/article.ts';
import { ImportError } from '../../errors.ts';
import { blocksToMarkdown, type StoryBlock } from '../body/markdown.ts';
import type { ArticleFields, ParsedPage } from '../../types.ts';
import { lines, quoteLines } from './lines.ts';
import { koreanTimeLine } from './korean-time-lines.ts';
import { dateLine } from './wire-dates.ts';
import { isSeparator, splitLabel } from '../text/wire-lines.ts';
import {
  hasHangul,
  isKoreanChromeLine,
  isKoreanRelatedHeading,
  isKoreanSignOffLine,
  KOREAN_END_SUFFIX,
  matchKoreanDateline,
  matchKoreanReporterLine,
  splitKoreanPhotoCredit,
} from '../text/korean-wire-lines.ts';

/** The page's buttons and the wire's sign-off, an e-mail line of its own included: never story. */
const isPageChrome = (line: string) => isKoreanChromeLine(line) || isKoreanSignOffLine(line);
const isYonhapDateline = (line: string) => matchKoreanDateline(line)?.agency === 'Yonhap';
/** A photo's caption line starts with a dateline too; its bracketed credit at the end tells it from the story. */
const isPhotoLine = (line: string) => splitKoreanPhotoCredit(line) !== undefined;

/** The sign-off's filing stamp, which may share a line with the copyright notice. */
const SENT_STAMP = /\d{4}\/\d{2}\/\d{2}\s+\d{1,2}:\d{2}\s*송고/u;

/**
 * Whether a pasted Yonhap page is a Korean one: no English dateline (`SEOUL, Jan. 20 (Yonhap) --`), and
 * a story opening `(서울=연합뉴스)`, a Korean time line or a Korean headline.
 */
export function isKoreanYonhapPage(text: string): boolean {
  const all = lines(text).map((line) => line.trim());
  if (all.some((line) => / \(Yonhap\) (?:--|—|–) /.test(line))) return false;
  if (all.some((line) => isYonhapDateline(line) || koreanTimeLine(line))) return true;
  const headline = all.find((line) => line && !isPageChrome(line) && !/^Go to (?:Contents|Navigation)\b/.test(line));
  return headline !== undefined && hasHangul(headline);
}

/** Reads a pasted Korean Yonhap page. */
export function parseKoreanYonhap(text: string): ParsedPage {
  const all = lines(text).map((line) => line.trim());
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = { source: 'yonhap', language: 'ko' };

  const titleAt = all.findIndex((line) => line && !isPageChrome(line));
  if (titleAt < 0) throw new ImportError('found no headline; paste the Yonhap page from its headline down');
  Object.assign(fields, splitLabel(all[titleAt]!));

  const photos: ArticleImage[] = [];
  const takePhoto = (line: string) => {
    const { caption, credit } = splitKoreanPhotoCredit(line)!;
    photos.push({ ...(caption && { caption }), credit });
  };
  const takeTimes = (line: string) => {
    const times = koreanTimeLine(line);
    if (!times) return false;
    fields.date ??= times.published;
    if (times.updated) fields.updated ??= times.updated;
    return true;
  };

  // The header runs from the headline to the story's dateline; without one, to the first line it cannot place.
  let storyAt = all.findIndex((line, i) => i > titleAt && isYonhapDateline(line) && !isPhotoLine(line));
  let reporters: string[] | undefined;
  const subheads: string[] = [];
  let i = titleAt + 1;
  for (; i < all.length && (storyAt < 0 || i < storyAt); i++) {
    const line = all[i]!;
    if (!line || isPageChrome(line)) continue;
    const date = fields.date === undefined ? dateLine(line) : undefined;
    if (takeTimes(line)) continue;
    if (date) fields.date = date;
    else if (matchKoreanReporterLine(line)) reporters ??= matchKoreanReporterLine(line);
    else if (isPhotoLine(line)) takePhoto(line);
    else if (storyAt < 0) break;
    else subheads.push(line);
  }
  if (storyAt < 0) storyAt = i;
  if (subheads.length) {
    // Yonhap's subheadlines say what the story is about in a line or two: the summary a reader sees in listings.
    fields.summary = subheads.join(' / ');
    notes.push(`kept the subheadline(s) under the headline as the summary: ${quoteLines(subheads)}`);
  }

  const dateline = matchKoreanDateline(all[storyAt] ?? '');
  if (dateline) fields.dateline = dateline.city;
  const byline = dateline?.byline.length ? dateline.byline : reporters;
  if (byline?.length) fields.byline = byline;

  const blocks: StoryBlock[] = [];
  let end = storyAt;
  for (; end < all.length; end++) {
    const line = end === storyAt && dateline ? all[end]!.slice(dateline.length) : all[end]!;
    if (isKoreanSignOffLine(line) || isKoreanRelatedHeading(line)) break;
    if (!line || isPageChrome(line)) continue;
    if (isPhotoLine(line)) takePhoto(line);
    else if (isSeparator(line)) blocks.push({ type: 'separator' });
    else blocks.push({ type: 'paragraph', text: line });
  }
  const last = blocks.at(-1);
  if (last?.type === 'paragraph' && KOREAN_END_SUFFIX.test(last.text))
    last.text = last.text.replace(KOREAN_END_SUFFIX, '');
  if (!blocks.some((b) => b.type === 'paragraph')) {
    throw new ImportError(
      'found no story text after the headline; paste the whole Yonhap page, from the headline to "<저작권자(c) 연합뉴스 …>"',
    );
  }

  // Under the story: the sign-off (whose `… 송고` stamp dates a page pasted without its time line), then the related news.
  const leftOut: string[] = [];
  for (const line of all.slice(end)) {
    if (isKoreanRelatedHeading(line)) break;
    const stamp = SENT_STAMP.exec(line);
    if (stamp) takeTimes(stamp[0]);
    if (!line || takeTimes(line) || isPageChrome(line)) continue;
    leftOut.push(line);
  }
  if (leftOut.length)
    notes.push(`left out ${leftOut.length} line(s) after the end of the story: ${quoteLines(leftOut)}`);

  const [lead, ...more] = photos;
  if (lead) fields.image = lead;
  if (more.length) {
    notes.push(
      `left out ${more.length} more photo caption(s) from the story (the first is the article's photo): ${quoteLines(more.map((p) => [p.caption, `[${p.credit}]`].filter(Boolean).join(' ')))}`,
    );
  }
  if (fields.updated !== undefined && fields.updated === fields.date) delete fields.updated;

  return { kind: 'yonhap', fields, body: blocksToMarkdown(blocks), notes };
}
