/**
 * The lines a news site prints around and inside a story that are not the story: ad labels,
 * share buttons, sign-offs, reproduction notices, newsletter and "Read more" prompts. One list,
 * so every page parser leaves out the same things.
 */
import { isKoreanChromeLine } from '../text/korean-wire-lines.ts';

/** Lines longer than this are prose, whatever words they open with. */
const MAX_CHROME_LENGTH = 200;

const CHROME_LINES: readonly RegExp[] = [
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues (?:below|after (?:this )?advertisement)(?: advertisement)?|continue reading(?: (?:below|the main story))?)$/i,
  // Share buttons, alone or run together (`Share Facebook Twitter Email`).
  /^(?:share(?: this(?: article| story| page)?| (?:on|via) \w+)?|tweet|e-?mail|print|copy (?:link|url)|link copied|facebook|twitter|x|linkedin|whatsapp|reddit|flipboard|pinterest|kakaotalk)(?:[\s,|·]+(?:share|tweet|e-?mail|print|copy (?:link|url)|facebook|twitter|x|linkedin|whatsapp|reddit|flipboard|pinterest|kakaotalk))*$/i,
  /^\(END\)$/,
  /^(?:unauthori[sz]ed )?(?:reproduction|redistribution|republication)(?:(?:,| and| or)+ (?:reproduction|redistribution|republication|distribution|rebroadcasting))* (?:(?:is|are) )?(?:strictly )?prohibited\.?$/i,
  /^(?:sign up|subscribe|register)\b.*\b(?:newsletters?|briefings?|alerts?|e-?mails?|inbox|digest)\b.*$/i,
  /^(?:get|receive) (?:our|the) .*\bnewsletters?\b.*$/i,
  /^(?:read more|more on this story|see also|recommended(?: reading)?|related(?: (?:articles?|stories|story|coverage|content|news))?)(?:\s*[:›»>\-–—]\s*.*)?$/i,
];

/** A copyright line: `© 2024 The Paper`, `Copyright 2021 The Associated Press`, `... All rights reserved.` */
const RIGHTS_LINE = /^(?:(?:copyright|\(c\))\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}|©|ⓒ)|©|ⓒ)|\ball rights reserved\b/i;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a line of a page (an element's whole text) is page chrome, not story; Korean pages' own in korean-wire-lines.ts. */
export function isChromeLine(text: string): boolean {
  const line = squash(text);
  return line.length <= MAX_CHROME_LENGTH && (CHROME_LINES.some((re) => re.test(line)) || isKoreanChromeLine(line));
}

/** Whether a line of a page is a copyright or rights notice. */
export function isRightsLine(text: string): boolean {
  const line = squash(text);
  return line.length < 300 && RIGHTS_LINE.test(line);
}
