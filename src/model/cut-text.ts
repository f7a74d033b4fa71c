/**
 * Cutting text to a length without breaking a character: `slice` counts UTF-16 units, so it can
 * split a surrogate pair (𠜎, an emoji) or leave a base letter without its marks (क्षि).
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` made of whole graphemes that is at most `max` UTF-16 units long. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
