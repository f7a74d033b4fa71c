import { describe, expect, it } from 'vitest';
import { buildLockKeys, chunksGoToOutput, PROJECT_LOCK } from '../../../scripts/lib/build-lock.ts';

describe('the locks a build takes', () => {
  it('lets Astro write server chunks into an output folder inside the working folder, not one outside it', () => {
    expect(chunksGoToOutput('/site/dist', '/site')).toBe(true);
    expect(chunksGoToOutput('/site/node_modules/.cache/builds/b1', '/site')).toBe(true);
    expect(chunksGoToOutput('/tmp/out', '/site')).toBe(false);
    expect(chunksGoToOutput('/site-other/dist', '/site')).toBe(false);
    expect(chunksGoToOutput('/site', '/site')).toBe(false);
  });

  it('keeps builds of two content folders into two output folders apart, and a folder outside the project on the project lock', () => {
    const a = buildLockKeys('/site/node_modules/.astro/content-a', '/site/out-a', '/site');
    const b = buildLockKeys('/site/node_modules/.astro/content-b', '/site/out-b', '/site');
    expect(a.filter((key) => b.includes(key))).toEqual([]);
    // The same content folder, or the same output folder, is shared: such builds take turns.
    expect(buildLockKeys('/site/node_modules/.astro/content-a', '/site/out-c', '/site')).toContain(a[0]);
    expect(buildLockKeys('/site/node_modules/.astro/content-c', '/site/out-a', '/site')).toContain(a[1]);
    // Outside the working folder, Astro's chunks go into the project's .astro/: one such build at a time.
    expect(buildLockKeys('/site/node_modules/.astro/content-a', '/tmp/out', '/site')).toContain(PROJECT_LOCK);
    expect(buildLockKeys('/site/node_modules/.astro/content-b', '/tmp/other', '/site')).toContain(PROJECT_LOCK);
  });
});
