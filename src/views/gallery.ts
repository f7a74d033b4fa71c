import type { ArticleImage } from '../model/article.ts';

export interface PlacedImage {
  image: ArticleImage;
  /** "Photo 3 of 13" inside a gallery. */
  position?: string | undefined;
}

export interface GalleryView {
  /** The photo shown under the byline line: one with a file, never an empty frame. */
  lead?: PlacedImage | undefined;
  /** Gallery photos after the lead that have a file to show. */
  more: PlacedImage[];
  /** Gallery photos whose file was not carried over (a caption alone is not shown: no empty frames). */
  notCarried: number;
}

/** Only a photo with a file is shown: a caption for a photo that is not there would frame nothing. */
const hasPhoto = (image: ArticleImage) => Boolean(image.src);
const sameImage = (a: ArticleImage, b: ArticleImage) =>
  a.src === b.src && a.caption === b.caption && a.credit === b.credit;

/**
 * How an article's lead image and gallery are shown: the lead image first (the gallery's
 * first photo with a file when the lead has none), numbered when it belongs to a gallery.
 */
export function galleryView(image: ArticleImage | undefined, gallery: readonly ArticleImage[]): GalleryView {
  const total = gallery.length;
  const position = (i: number) => (total > 1 ? `Photo ${i + 1} of ${total}` : undefined);
  const leadIndex =
    image && hasPhoto(image) ? gallery.findIndex((g) => sameImage(g, image)) : gallery.findIndex(hasPhoto);
  const leadImage = image && hasPhoto(image) ? image : leadIndex >= 0 ? gallery[leadIndex] : undefined;
  const more: PlacedImage[] = [];
  let notCarried = 0;
  gallery.forEach((g, i) => {
    if (i === leadIndex) return;
    if (hasPhoto(g)) more.push({ image: g, position: position(i) });
    else notCarried++;
  });
  return {
    lead:
      leadImage && hasPhoto(leadImage)
        ? { image: leadImage, position: leadIndex >= 0 ? position(leadIndex) : undefined }
        : undefined,
    more,
    notCarried,
  };
}
