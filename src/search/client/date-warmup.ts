/**
 * Makes the date formats the first results will need while the index loads: each sample date
 * (src/search/date-samples.ts) is formatted once, as a result shows it, one a task, so the
 * results draw at once when they come and no task holds the page up for long.
 */
import { formatArticleDate } from '../../model/dates.ts';
import type { DateSample } from '../date-samples.ts';

/** Formats each of `samples` in `lang`, one a task (`schedule`), ignoring any it cannot. */
export function warmDateFormats(
  samples: readonly DateSample[],
  lang: string,
  schedule: (run: () => void) => void = (run) => void setTimeout(run, 0),
  format: (date: string, zones: string[], lang: string) => unknown = formatArticleDate,
): void {
  const next = (index: number) => {
    const sample = samples[index];
    if (!sample) return;
    schedule(() => {
      try {
        format(sample[0], sample[1], lang);
      } catch {
        // A date the page cannot format is shown as written (render.ts); nothing to make ready.
      }
      next(index + 1);
    });
  };
  next(0);
}

/** Reads the samples from the page's data attribute; anything malformed counts as none. */
export function parseDateSamples(json: string | undefined): DateSample[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (sample): sample is DateSample =>
        Array.isArray(sample) &&
        typeof sample[0] === 'string' &&
        Array.isArray(sample[1]) &&
        sample[1].every((zone) => typeof zone === 'string'),
    );
  } catch {
    return [];
  }
}
