import type { ArticleImage } from '../model/article.ts';

export interface PlacedImage {
  image: ArticleImage;
  /** "Photo 3 of 13" inside a gallery. */
  position?: string | undefined;
}

export interface GalleryView {
  lead?: PlacedImage | undefined;
  /** Gallery photos after the lead that have a file or a caption to show. */
  more: PlacedImage[];
  /** Gallery photos known only by their place in the count (nothing was carried over). */
  notCarried: number;
}

const hasContent = (image: ArticleImage) => Boolean(image.src || image.caption || image.credit);
const sameImage = (a: ArticleImage, b: ArticleImage) =>
  a.src === b.src && a.caption === b.caption && a.credit === b.credit;

/**
 * How an article's lead image and gallery are shown: the lead image first (the gallery's
 * first photo when there is no lead), numbered when it belongs to a gallery.
 */
export function galleryView(image: ArticleImage | undefined, gallery: readonly ArticleImage[]): GalleryView {
  const total = gallery.length;
  const position = (i: number) => (total > 1 ? `Photo ${i + 1} of ${total}` : undefined);
  const leadIndex = image ? gallery.findIndex((g) => sameImage(g, image)) : gallery.findIndex(hasContent);
  const leadImage = image ?? (leadIndex >= 0 ? gallery[leadIndex] : undefined);
  const more: PlacedImage[] = [];
  let notCarried = 0;
  gallery.forEach((g, i) => {
    if (i === leadIndex) return;
    if (hasContent(g)) more.push({ image: g, position: position(i) });
    else notCarried++;
  });
  return {
    lead: leadImage && hasContent(leadImage) ? { image: leadImage, position: leadIndex >= 0 ? position(leadIndex) : undefined } : undefined,
    more,
    notCarried,
  };
}
