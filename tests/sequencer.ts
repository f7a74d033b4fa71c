/**
 * The order in which a run starts its test files. Every site a test builds is made by the run's one
 * builder, a build at a time (tests/helpers/build-server.ts), so a file that builds sites of its own
 * spends much of its time waiting for its builds. Vitest's own order (project by project, longest
 * first) starts the build files together and leaves the workers waiting while a core is idle. Here
 * every other file is one that builds nothing (unit and cli tests, and the suites that read the
 * sample's shared build), so the builder always has work and the core it leaves is used. Longest
 * first within each kind, by Vitest's timings of the last run, else (a fresh clone, a new file) by
 * file size.
 */
import { readFile } from 'node:fs/promises';
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

/** Whether a test file builds a site of its own, and its size in characters. */
async function describeFile(spec: TestSpecification): Promise<{ builds: boolean; size: number }> {
  const text = await readFile(spec.moduleId, 'utf8');
  // The type check reads the whole project: weighed as the heaviest file, so that it starts first.
  const size = text.includes('typeCheck(') ? Number.MAX_SAFE_INTEGER : text.length;
  return { builds: text.includes('buildSite('), size };
}

/** `a` and `b` taken in turns, the rest of the longer at the end. */
function alternate<T>(a: readonly T[], b: readonly T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]])
    .flat()
    .filter((item): item is T => item !== undefined);
}

// Vitest itself runs the files of each `sequence.groupOrder` apart, in the order given here.
export default class SpreadBuildsSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const described = new Map(await Promise.all(files.map(async (f) => [f, await describeFile(f)] as const)));
    // Timings only when every file has one, so that a new file is not weighed in characters against milliseconds.
    const timed = files.every((f) => cache.getTestSpecificationResult(f)?.duration !== undefined);
    const weight = (f: TestSpecification) =>
      timed ? cache.getTestSpecificationResult(f)!.duration! : described.get(f)!.size;
    const longestFirst = (list: TestSpecification[]) => list.sort((a, b) => weight(b) - weight(a));
    const builders = longestFirst(files.filter((f) => described.get(f)!.builds));
    const others = longestFirst(files.filter((f) => !described.get(f)!.builds));
    return alternate(builders, others);
  }
}
