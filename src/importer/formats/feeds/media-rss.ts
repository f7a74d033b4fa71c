/**
 * The lead photo of a feed item from Media RSS (`media:content`, `media:group`,
 * `media:thumbnail` with `media:description` and `media:credit`), which RSS and Atom feeds
 * alike carry, or from a plain image enclosure.
 */
import type { ArticleImage } from '../../../model/article.ts';
import { collapse, htmlToPlainText, httpUrl } from '../items/item-fields.ts';
import { child, children, textContent, type XmlElement } from '../items/xml-items.ts';

export const MEDIA_NS = 'http://search.yahoo.com/mrss/';

const isImageType = (type: string | undefined) => /^image\//i.test(type ?? '');

/** A `media:content` that is a picture: `medium="image"`, an image type, or neither said and a photo's file name. */
function isPicture(content: XmlElement): boolean {
  const { medium, type } = content.attributes;
  if (medium) return medium === 'image';
  if (type) return isImageType(type);
  return /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(content.attributes.url ?? '');
}

/** `media:description` as text: HTML when `type="html"`, else plain. */
function description(element: XmlElement): string | undefined {
  const found = child(element, MEDIA_NS, 'description');
  if (!found) return undefined;
  const text = found.attributes.type === 'html' ? htmlToPlainText(textContent(found)) : collapse(textContent(found));
  return text || undefined;
}

function credit(element: XmlElement): string | undefined {
  const credits = children(element, MEDIA_NS, 'credit')
    .map((c) => collapse(textContent(c)))
    .filter(Boolean);
  return credits.length ? credits.join(', ') : undefined;
}

/**
 * The item's photo: the first picture `media:content` (alone or in a `media:group`), else an
 * image `enclosure` (RSS) or `link rel="enclosure"` (Atom) given as `enclosures`, else a
 * `media:thumbnail`; caption and credit from the nearest `media:description` and `media:credit`.
 * No photo file, no image: a stray description is not a caption.
 */
export function mediaImage(
  item: XmlElement,
  enclosures: readonly { url?: string | undefined; type?: string | undefined }[] = [],
): ArticleImage | undefined {
  const groups = children(item, MEDIA_NS, 'group');
  const candidates = [
    ...children(item, MEDIA_NS, 'content').map((c) => [c, item] as const),
    ...groups.flatMap((g) => children(g, MEDIA_NS, 'content').map((c) => [c, g] as const)),
  ];
  const picture = candidates.find(([c]) => isPicture(c) && httpUrl(c.attributes.url));
  const enclosure = enclosures.find((e) => isImageType(e.type) && httpUrl(e.url));
  const thumbnail = [item, ...groups]
    .map((e) => child(e, MEDIA_NS, 'thumbnail'))
    .find((t) => t && httpUrl(t.attributes.url));
  const src = picture ? picture[0].attributes.url : (enclosure?.url ?? thumbnail?.attributes.url);
  const scopes = [picture?.[0], picture?.[1], item].filter((e): e is XmlElement => e !== undefined);
  const caption = scopes.map(description).find(Boolean);
  const by = scopes.map(credit).find(Boolean);
  if (!src) return undefined;
  const image: ArticleImage = { src: src.trim() };
  if (caption) image.caption = caption;
  if (by) image.credit = by;
  return image;
}
