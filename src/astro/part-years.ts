/**
 * Which articles this build renders, for the content loader and the article routes alike: all
 * of them, unless the build is one part of a build in parts (src/config/build-part.ts).
 */
import { BUILD_PART, yearsOfPart } from '../config/build-part.ts';
import { articlesPerYear, yearOfId } from '../model/content-files.ts';

let partYears: Promise<ReadonlySet<string> | 'all'> | undefined;

/** The years whose article pages this build renders, worked out once from the article files' places. */
export function yearsRendered(contentDir: string): Promise<ReadonlySet<string> | 'all'> {
  partYears ??=
    BUILD_PART.kind === 'whole'
      ? Promise.resolve('all')
      : articlesPerYear(contentDir).then((perYear) => yearsOfPart(BUILD_PART, perYear));
  return partYears;
}

/** Whether a build rendering `years` renders the article (or version) with content id `id`. */
export function rendersId(years: ReadonlySet<string> | 'all', id: string): boolean {
  return years === 'all' || years.has(yearOfId(id));
}
