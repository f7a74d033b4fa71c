/**
 * A few of the archive's dates, one for each way its results name a time (the zones a story's
 * time is named in, and the offset it was written with), most common first. The search page
 * formats each once while its index loads (client/date-warmup.ts): the browser makes a date
 * format for each zone and language the first time it is used, slowly enough that ten results
 * took a noticeable moment to draw, and it keeps them.
 */
import type { ArticleRecord } from '../model/records.ts';

/** A date as an article writes it, and the zones its results name its time in (most fitting first). */
export type DateSample = [date: string, zones: string[]];

/** The offset a date with a time was written with (`+09:00`, `Z`), or undefined for a day alone. */
const writtenOffset = (date: string) => /T[\d:.]+([+-]\d{2}:\d{2}|Z)$/.exec(date)?.[1];

/** Up to `limit` dates of `articles`, one for each zones and offset their times are named with, most common first. */
export function dateSamples(
  articles: readonly ArticleRecord[],
  zonesOf: (article: ArticleRecord) => string[],
  limit = 6,
): DateSample[] {
  const seen = new Map<string, { sample: DateSample; count: number }>();
  for (const article of articles) {
    const offset = writtenOffset(article.data.date);
    if (!offset) continue;
    const zones = zonesOf(article);
    const key = `${zones.join(' ')}\u0000${offset}`;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { sample: [article.data.date, zones], count: 1 });
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((entry) => entry.sample);
}
