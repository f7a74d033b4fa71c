/**
 * Which articles this build renders, for the content loader and the article routes alike: all
 * of them, unless the build is one part of a build in parts (src/build-part.ts).
 */
import { BUILD_PART, yearsOfPart } from '../build-part.ts';
import { listContentFiles } from '../model/content-files.ts';

/** An article's or version's year, from its id (`2016/slug`, `2016/slug/versions/1`): its folder. */
export function yearOf(id: string): string {
  return id.slice(0, id.indexOf('/'));
}

let partYears: Promise<ReadonlySet<string> | 'all'> | undefined;

/** The years whose article pages this build renders, worked out once from the article files' places. */
export function yearsRendered(contentDir: string): Promise<ReadonlySet<string> | 'all'> {
  partYears ??= (async () => {
    if (BUILD_PART.kind === 'whole') return 'all';
    const perYear = new Map<string, number>();
    for (const { id } of (await listContentFiles(contentDir, 'articles')).files) perYear.set(yearOf(id), (perYear.get(yearOf(id)) ?? 0) + 1);
    return yearsOfPart(BUILD_PART, perYear);
  })();
  return partYears;
}
