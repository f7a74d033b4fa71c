import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicImageSize } from '../../../src/astro/public-image-size.ts';

describe('the size of an image under public/', () => {
  it("reads an SVG's size from its own width and height, and gives none for a remote, missing or unreadable file", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'public-'));
    await writeFile(join(dir, 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="560" height="230"></svg>');
    await writeFile(join(dir, 'broken.png'), 'not a picture');
    expect(await publicImageSize('/chart.svg', dir)).toEqual({ width: 560, height: 230 });
    expect(await publicImageSize('https://example.com/photo.jpg', dir)).toBeUndefined();
    expect(await publicImageSize('/missing.jpg', dir)).toBeUndefined();
    expect(await publicImageSize('/broken.png', dir)).toBeUndefined();
  });

  it('gives the sample chart its drawn size', async () => {
    expect(await publicImageSize('/images/north-korea-nuclear-tests.svg')).toEqual({ width: 560, height: 230 });
  });
});
