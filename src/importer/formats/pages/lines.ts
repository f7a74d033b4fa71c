/** A pasted page's lines, and a few of them quoted for a note about what was left out. */
import { cutText } from '../../../model/cut-text.ts';

/** The text's lines, each without trailing whitespace. */
export function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd());
}

/** A few lines, quoted and shortened, for a note to the editor. */
export function quoteLines(list: readonly string[], max = 3): string {
  const shown = list.slice(0, max).map((l) => JSON.stringify(l.length > 60 ? `${cutText(l, 57)}...` : l));
  return shown.join(', ') + (list.length > max ? `, and ${list.length - max} more` : '');
}
