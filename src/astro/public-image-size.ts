/**
 * The width and height of an image under public/, for its <img>'s width and height attributes: the
 * browser keeps the image's room from the first paint, so the story text does not jump down when
 * the photo arrives (layout shift). Read once a build for each file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

export interface ImageSize {
  width: number;
  height: number;
}

const sizes = new Map<string, Promise<ImageSize | undefined>>();

/**
 * The size of `src` when it is a file under `publicDir` (a path like "/images/chart.svg") whose size
 * can be read; undefined for a remote photo, a missing file or one whose size cannot be read.
 */
export function publicImageSize(
  src: string,
  publicDir = join(process.cwd(), 'public'),
): Promise<ImageSize | undefined> {
  if (!src.startsWith('/') || src.startsWith('//')) return Promise.resolve(undefined);
  const file = join(publicDir, decodeURIComponent(src));
  let size = sizes.get(file);
  if (!size) {
    size = readFile(file)
      .then((data) => imageMetadata(data, src))
      .then(({ width, height }) => ({ width, height }))
      .catch(() => undefined);
    sizes.set(file, size);
  }
  return size;
}
