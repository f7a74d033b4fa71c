import { matchDateline } from '../formats/text/wire-lines.ts';
import type { PageKind } from '../types.ts';

const YONHAP_MARKS = [/^Go to Contents\b/m, /\(Yonhap\)\s+(?:--|—|–)\s/, /^Send Feedback$/m];
const AP_MARKS = [/\(AP\)\s+(?:—|–|--?)\s/, /^Copyright \d{4} The Associated Press\b/m, /\(AP Photo\b/];

/** Which parser a page needs: by extension or markup for saved pages, by the wire's marks for text. */
export function detectKind(text: string, name: string): PageKind {
  if (/\.x?html?$/i.test(name) || /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<title>)/i.test(text)) return 'html';
  const yonhap = YONHAP_MARKS.some((re) => re.test(text));
  const ap = AP_MARKS.some((re) => re.test(text));
  if (yonhap && ap) {
    // A Yonhap story can credit an AP photo and the reverse: the story's own dateline decides.
    const agency = text.split('\n').map(matchDateline).find((d) => d?.agency === 'Yonhap' || d?.agency === 'AP')?.agency;
    return agency === 'AP' ? 'ap' : 'yonhap';
  }
  if (yonhap) return 'yonhap';
  if (ap) return 'ap';
  return 'plain';
}
