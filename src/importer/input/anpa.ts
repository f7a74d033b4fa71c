/**
 * ANPA 1312 / IPTC 7901 wire takes, as a wire receiver saves them: optional SYN bytes, SOH (0x01),
 * the selector and service line (`a0123 4 i BC-Korea-Missile 1st Ld 01-20 0415`), STX (0x02),
 * the story's text with `\r\r\n` line ends and indented paragraphs, ETX (0x03), maybe EOT (0x04).
 * The framing and the service line are the transmission's, not the story's: what is left is
 * wire copy as an editor would paste it, for the page parsers.
 */
import { ImportError } from '../errors.ts';

/** One take: its service line (as sent) and its text (line ends made `\n`). */
export interface WireTake {
  header: string;
  text: string;
}

// SYN fills the line before a transmission; NUL padding is seen in saved captures too.
const FRAMED = /^[\u0000\u0016\s]*\u0001/;
const TAKE = /\u0001([^\u0002\u0003]*)\u0002([^\u0003]*)(\u0003|$)/g;

/** Whether the text is framed as ANPA 1312 / IPTC 7901 takes (it starts with SOH). */
export function isWireTake(text: string): boolean {
  return FRAMED.test(text);
}

/** The takes of a framed text, in order; a take without STX is refused, naming the framing. */
export function wireTakes(text: string): WireTake[] {
  const takes: WireTake[] = [];
  for (const match of text.matchAll(TAKE)) {
    takes.push({
      header: match[1]!.replace(/[\s\u0000-\u001f]+/g, ' ').trim(),
      text: match[2]!.replace(/\r*\n|\r/g, '\n'),
    });
  }
  if (!takes.length) {
    throw new ImportError(
      'this is an ANPA 1312 / IPTC 7901 take (it starts with SOH, byte 0x01) but has no STX (0x02) before its text; save the take whole from the wire receiver and import it again',
    );
  }
  return takes;
}

/**
 * The story of a file of one take, as pasted wire copy: headline and paragraphs apart by blank
 * lines. Several takes are refused: a lead or a writethru replaces the take before it and a new
 * keyword is another story, so which text is the article is the editor's choice.
 */
export function wireTakeText(text: string): string {
  const takes = wireTakes(text);
  if (takes.length > 1) {
    const listed = takes.map((t, i) => `${i + 1}. "${t.header}"`).join(', ');
    throw new ImportError(
      `this is an ANPA 1312 / IPTC 7901 file of ${takes.length} takes (${listed}); the importer reads one take a file, since a lead or writethru replaces the take before it. Split the file at each SOH (0x01) byte and import the take you want, or each story's latest`,
    );
  }
  return paragraphs(takes[0]!.text);
}

/**
 * Wire text lines to paragraphs. The lines above the first indented one (keyword, headline,
 * byline) stay lines of their own; from there an indented line starts a paragraph and the lines
 * after it continue it (the wire wraps at about 69 columns). Text never indented keeps its lines.
 */
function paragraphs(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trimEnd());
  const startsParagraph = (line: string) => /^(?:\t| {2,})\S/.test(line);
  if (!lines.some(startsParagraph)) return `${lines.join('\n').trim()}\n`;
  const out: string[] = [];
  let current: string | undefined;
  let inStory = false;
  for (const line of lines) {
    if (!line.trim()) {
      if (current !== undefined) out.push(current);
      current = undefined;
      continue;
    }
    inStory ||= startsParagraph(line);
    if (current === undefined || !inStory || startsParagraph(line)) {
      if (current !== undefined) out.push(current);
      current = line.trim();
    } else {
      current += ` ${line.trim()}`;
    }
  }
  if (current !== undefined) out.push(current);
  return `${out.join('\n\n')}\n`;
}
