/** What `npm run build` tells an editor: problems, not noise. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/content.ts';

describe('the build log of an archive whose stories have no earlier versions', () => {
  it('has no warning about an empty collection, and the stories have no versions link', async () => {
    const dir = await copyFixture('archive');
    await rm(join(dir, 'articles/2016/first-talks-open/versions'), { recursive: true });
    const site = await buildSite({ contentDir: dir });
    expect(site.ok, site.output).toBe(true);
    expect(site.output).not.toMatch(/\[WARN\]/);
    expect(await site.read('articles/2016/01/20/first-talks-open/index.html')).not.toContain('/versions/');
  });
});
