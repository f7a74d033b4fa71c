/**
 * The time lines of Korean news pages, in Korea time (+09:00): Yonhap's `송고시간2016-01-06 13:40`
 * (also `송고시간 2016/01/06 13:40`, and `2016/01/06 13:40 송고` under the story), and the portals'
 * `기사입력 2016.01.06. 오후 1:40` and `최종수정 2016.01.06. 오후 3:02`, alone or on one line.
 * Results are checked with `parseArticleDate`, so 2월 30일 is refused rather than rolled over.
 */
import { parseArticleDate } from '../../../model/dates.ts';

/** When a story was filed and, where the line gives it, last changed; ISO 8601 in Korea time. */
export interface KoreanTimes {
  published?: string;
  updated?: string;
}

const PUBLISHED = String.raw`송고\s*시간|송고|기사\s*입력|입력|등록|발행`;
const UPDATED = String.raw`최종\s*수정|기사\s*수정|수정|업데이트`;
/** `2016-01-06`, `2016/01/06`, `2016.01.06.`, `2016년 1월 6일`, with a weekday `(수)` after it or not. */
const DAY = String.raw`(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?\s*(?:\(?[월화수목금토일]\)?\s*)?`;
/** `13:40`, `13:40:05`, `오후 1:40`, `13시 40분`. */
const TIME = String.raw`(오전|오후)?\s*(\d{1,2})\s*(?::|시)\s*(\d{2})\s*(?::\d{2})?\s*분?`;
const STAMP = `${DAY}${TIME}`;
const LABELLED = new RegExp(String.raw`(${PUBLISHED}|${UPDATED})\s*:?\s*${STAMP}`, 'gu');
/** The sign-off's form, the time before the label: `2016/01/06 13:40 송고`. */
const TRAILING = new RegExp(String.raw`^${STAMP}\s*송고$`, 'u');

const pad = (n: number | string) => String(n).padStart(2, '0');

function toIso(parts: readonly (string | undefined)[]): string | undefined {
  const [year, month, day, half, hour, minute] = parts;
  let h = Number(hour);
  if (h > 23 || (half && h > 12)) return undefined;
  if (half === '오후' && h < 12) h += 12;
  if (half === '오전' && h === 12) h = 0;
  return parseArticleDate(`${year}-${pad(month!)}-${pad(day!)}T${pad(h)}:${minute}:00+09:00`)?.iso;
}

/**
 * The times a line gives, or `undefined` when the line is not a time line: it must be made of
 * labelled times only (`송고시간2016-01-06 13:40`, `입력 2016.01.06. 오후 1:40 수정 2016.01.06. 오후 3:02`),
 * so a sentence that mentions a time is never taken for one.
 */
export function koreanTimeLine(line: string): KoreanTimes | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  const trailing = TRAILING.exec(text);
  if (trailing) {
    const published = toIso(trailing.slice(1));
    return published ? { published } : undefined;
  }
  const times: KoreanTimes = {};
  let rest = text;
  for (const m of text.matchAll(LABELLED)) {
    const iso = toIso(m.slice(2));
    if (!iso) return undefined;
    const updated = new RegExp(`^(?:${UPDATED})$`, 'u').test(m[1]!);
    if (updated) times.updated ??= iso;
    else times.published ??= iso;
    rest = rest.replace(m[0], ' ');
  }
  if (!times.published && !times.updated) return undefined;
  // Between and around the times only separators may stand (`|`, `·`, `l`).
  return /^[\s|·ㆍ/,l]*$/u.test(rest) ? times : undefined;
}
