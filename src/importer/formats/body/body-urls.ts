/**
 * Addresses in imported bodies and pages: which a story may keep, made absolute against the
 * item's own address, and which file of a responsive image (`srcset`, `<picture>`) is the photo.
 */

/** Web addresses an image may have. */
export const IMAGE_SCHEMES = /^https?:/;
/** Addresses a link may have. */
export const LINK_SCHEMES = /^(?:https?|mailto):/;

/**
 * Whether `url` names another host in disguise: browsers (and the URL parser) read `/\host`,
 * `\\host` and `\/host` as `//host`, so such a "site path" would send the reader elsewhere.
 */
export function isDisguisedHost(url: string): boolean {
  // The URL parser drops tabs and newlines anywhere and spaces and controls at the ends, so `/\t\\host` counts too.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^[\\/]{2}/.test(cleaned) && cleaned.slice(0, 2).includes('\\');
}

/** `url` made absolute against `base`, or `undefined` when it then is not an address `schemes` allows. */
export function usableUrl(url: unknown, base: string | undefined, schemes: RegExp): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  if (url.trim().startsWith('#')) return url.trim();
  if (isDisguisedHost(url)) return undefined;
  try {
    const absolute = new URL(url, base).href;
    return schemes.test(absolute) ? absolute : undefined;
  } catch {
    return undefined;
  }
}

/** One candidate of a `srcset`: its address and how large it is (`640w` → 640, `2x` → 2; none → 1). */
interface SrcsetCandidate {
  url: string;
  width?: number;
  density: number;
}

/** The candidates of a `srcset` attribute, read as browsers do: a comma inside an address (`?crop=0,0`) stays in it. */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  while (at < srcset.length) {
    const start = /[^\s,]/.exec(srcset.slice(at));
    if (!start) break;
    at += start.index;
    const urlEnd = srcset.slice(at).search(/\s|$/);
    let url = srcset.slice(at, at + urlEnd);
    at += urlEnd;
    let descriptor = '';
    // An address ending in commas has no descriptor; otherwise the descriptor runs to the next comma.
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      const comma = srcset.indexOf(',', at);
      descriptor = srcset.slice(at, comma === -1 ? srcset.length : comma).trim();
      at = comma === -1 ? srcset.length : comma + 1;
    }
    const width = /^(\d+)w$/i.exec(descriptor);
    const density = /^(\d+(?:\.\d+)?)x$/i.exec(descriptor);
    candidates.push({ url, ...(width && { width: Number(width[1]) }), density: density ? Number(density[1]) : 1 });
  }
  return candidates;
}

/** The largest candidate of some `srcset`s (by width, else pixel density); `undefined` when none has one. */
export function largestSrcsetUrl(srcsets: readonly string[]): string | undefined {
  const candidates = srcsets.flatMap(parseSrcset);
  const size = (c: SrcsetCandidate) => c.width ?? c.density;
  return candidates.reduce<SrcsetCandidate | undefined>(
    (best, c) => (!best || size(c) > size(best) ? c : best),
    undefined,
  )?.url;
}

/** A placeholder a lazy-loading page puts in `src` until the real photo loads: a data: URI or a blank gif. */
const PLACEHOLDER_SRC =
  /^(?:data:|about:blank$)|(?:^|\/)(?:blank|spacer|pixel|transparent|placeholder|lazy)[\w-]*\.(?:gif|png|svg)(?:$|\?)/i;

/** Where a photo's file is said to be, as the page gives it (attribute values, not yet resolved). */
export interface ImageSources {
  src?: string | null | undefined;
  /** Lazy-loading attributes: `data-src`, `data-lazy-src`, `data-original`. */
  lazy?: readonly (string | null | undefined)[];
  /** The `srcset`s of the image and of the `<source>`s of its `<picture>`. */
  srcsets?: readonly (string | null | undefined)[];
}

/** The address to keep for a photo: its `src`, else a lazy-loading one, else the largest `srcset` candidate. */
export function bestImageSource(sources: ImageSources): string | undefined {
  const real = (value: string | null | undefined) =>
    value?.trim() && !PLACEHOLDER_SRC.test(value.trim()) ? value.trim() : undefined;
  return (
    real(sources.src) ??
    (sources.lazy ?? []).map(real).find(Boolean) ??
    largestSrcsetUrl((sources.srcsets ?? []).filter((s): s is string => Boolean(s?.trim())))
  );
}
