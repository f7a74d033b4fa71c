/**
 * WordPress shortcodes and auto-embeds in a post body, as far as an archive can keep them:
 * `[caption]` becomes a figure, `[gallery]` is handed back as a request for its photos (the
 * parser has the attachments), `[audio]`, `[video]`, `[embed]` and a URL alone on its line
 * become plain links to the media, and any other shortcode is reduced to its inner text.
 *
 * Square brackets that are not shortcodes stay: "[sic]", "[1]", Markdown links. A name WordPress
 * itself registers is a shortcode in any form; another name only when it is closed
 * (`[x]…[/x]`), self-closing (`[x /]`) or written with WordPress's attribute syntax (`[x id="3"]`).
 */

/** The photos a `[gallery]` asks for: attachment ids given, or the images attached to the post. */
export type GalleryRequest = { ids: string[] } | { attached: true; exclude: string[] };

/** A body with its shortcodes expanded, and what the parser must resolve or report. */
export interface ExpandedShortcodes {
  html: string;
  galleries: GalleryRequest[];
  /** Names of shortcodes reduced to their text, each once, in order of first use. */
  reduced: string[];
  /** Names of media shortcodes (`audio`, `video`, `embed`) turned into links, each once. */
  linked: string[];
}

// Registered by WordPress core; they are shortcodes whatever their form.
const CORE = new Set(['caption', 'wp_caption', 'gallery', 'playlist', 'audio', 'video', 'embed']);
const MEDIA_ATTRIBUTES: Record<string, readonly string[]> = {
  audio: ['src', 'mp3', 'm4a', 'ogg', 'oga', 'wav', 'flac', 'wma'],
  video: ['src', 'mp4', 'm4v', 'webm', 'ogv', 'mov', 'wmv', 'flv'],
};

// WordPress's own pattern for a start tag: a name, then anything but "]" (and "/" only before a non-"]").
const OPEN_TAG = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(\/)?\]/g;
const NAMED_ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))(?=\s|$)/g;
// An unknown name counts as a shortcode when everything after it is name="value" pairs.
const ATTRIBUTE_SYNTAX = /^(?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s'"\]]+))+\s*$/;
// A media address: absolute, or a path on the site that the body's base URL resolves.
const MEDIA_URL = /^(?:https?:\/\/|\/(?!\/))[^\s<>"]+$/;

/** Typographic quotes an editor's paste leaves in attributes, read as the plain ones WordPress expects. */
const plainQuotes = (text: string) =>
  text.replace(/&quot;|&#0*34;|&#822[01];|&#8243;|[“”″]/g, '"').replace(/&#0*39;|&#821[67];|[‘’]/g, "'");

/** The named attributes of a shortcode (`ids="1,2" link='file'` → ids, link). */
export function shortcodeAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of plainQuotes(text)
    .replace(/[\u00a0\u200b]/g, ' ')
    .matchAll(NAMED_ATTRIBUTE)) {
    attributes.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

const attributeValue = (text: string) =>
  text
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

/** A plain link whose text is its address. */
const mediaLink = (url: string) => `<a href="${attributeValue(url)}">${url.replace(/</g, '&lt;')}</a>`;

const idList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id));

/** One shortcode found in the text: where it is and what it holds. */
interface Found {
  name: string;
  attributes: string;
  /** The text between `[name]` and `[/name]`, undefined when it is not closed. */
  inner: string | undefined;
  selfClosing: boolean;
}

/** Whether WordPress would read this as a shortcode, by the rules in the file comment. */
function isShortcode(found: Found, after: string): boolean {
  if (CORE.has(found.name)) return true;
  if (found.inner !== undefined || found.selfClosing) return true;
  // `[text](url)` and `[text][ref]` are Markdown links written by hand, not shortcodes.
  if (after === '(' || after === '[') return false;
  return ATTRIBUTE_SYNTAX.test(plainQuotes(found.attributes));
}

/**
 * Replaces every shortcode in `text` with `handle`'s result; an escaped one (`[[gallery]]`)
 * becomes its literal text without the outer brackets. Enclosed text is not rescanned here:
 * `handle` expands it when it keeps it.
 */
function replaceShortcodes(text: string, handle: (found: Found) => string): string {
  let out = '';
  let from = 0;
  const open = new RegExp(OPEN_TAG.source, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const [tag, escaped, name = '', attributes = '', slash] = m;
    const start = m.index;
    let end = start + tag.length;
    let inner: string | undefined;
    if (!slash) {
      // As WordPress does: the first closing tag of the same name closes it, so same-name nesting is not supported.
      const close = text.indexOf(`[/${name}]`, end);
      if (close >= 0) {
        inner = text.slice(end, close);
        end = close + name.length + 3;
      }
    }
    const found: Found = { name, attributes, inner, selfClosing: slash !== undefined };
    if (!isShortcode(found, text[end] ?? '')) {
      open.lastIndex = start + 1;
      continue;
    }
    if (escaped) {
      if (text[end] === ']') {
        out += text.slice(from, start) + text.slice(start + 1, end);
        from = end + 1;
        open.lastIndex = from;
        continue;
      }
      // "[[x]" is a bracket before a shortcode: keep the first bracket and read the shortcode.
      out += text.slice(from, start + 1);
      from = start + 1;
      open.lastIndex = from;
      continue;
    }
    out += text.slice(from, start) + handle(found);
    from = end;
    open.lastIndex = end;
  }
  return out + text.slice(from);
}

/** `<img …>` (in an optional link) at the start of a caption's content, and the words after it. */
const CAPTIONED = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)\s*([\s\S]*)$/i;

/** Expands the shortcodes of a WordPress post body; see the file comment for what each becomes. */
export function expandShortcodes(html: string): ExpandedShortcodes {
  const galleries: GalleryRequest[] = [];
  const reduced = new Set<string>();
  const linked = new Set<string>();

  const expand = (text: string): string =>
    replaceShortcodes(text, ({ name, attributes, inner }) => {
      const attrs = shortcodeAttributes(attributes);
      if (name === 'caption' || name === 'wp_caption') {
        const parts = CAPTIONED.exec(inner ?? '');
        if (parts) {
          // Before WordPress 3.4 the caption was an attribute; since, it follows the image.
          const words = expand(parts[2]!).trim() || (attrs.get('caption') ?? '').trim();
          return `<figure>${parts[1]}${words && `<figcaption>${words}</figcaption>`}</figure>`;
        }
      } else if (name === 'gallery') {
        const ids = idList(attrs.get('ids') || attrs.get('include'));
        galleries.push(ids.length ? { ids } : { attached: true, exclude: idList(attrs.get('exclude')) });
        return '';
      } else if (name === 'audio' || name === 'video' || name === 'embed') {
        const given = name === 'embed' ? [] : MEDIA_ATTRIBUTES[name]!.map((key) => attrs.get(key)?.trim());
        const url = [...given, inner?.trim()].find((value) => value && MEDIA_URL.test(value));
        if (url) {
          linked.add(name);
          return mediaLink(url);
        }
      }
      reduced.add(name);
      return inner === undefined ? '' : expand(inner);
    });

  return { html: autoEmbedLinks(expand(html)), galleries, reduced: [...reduced], linked: [...linked] };
}

/**
 * A URL alone on its line (or alone in a paragraph), which WordPress would turn into an embedded
 * player or a link, as a plain link; `<pre>` blocks are left alone.
 */
export function autoEmbedLinks(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(
              /^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gm,
              (_, before: string, url: string, after: string) => `${before}${mediaLink(url)}${after}`,
            )
            .replace(
              /(<p(?:\s[^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi,
              (_, before: string, url: string, after: string) => `${before}${mediaLink(url)}${after}`,
            ),
    )
    .join('');
}

/** The note naming the shortcodes reduced and turned into links, or none when there were none. */
export function shortcodeNotes({ reduced, linked }: Pick<ExpandedShortcodes, 'reduced' | 'linked'>): string[] {
  const names = (list: string[]) => list.map((name) => `[${name}]`).join(', ');
  const notes: string[] = [];
  if (reduced.length === 1) notes.push(`shortcode ${names(reduced)} was reduced to its text`);
  else if (reduced.length > 1) notes.push(`shortcodes ${names(reduced)} were reduced to their text`);
  if (linked.length === 1) notes.push(`shortcode ${names(linked)} became a plain link to its media, with no player`);
  else if (linked.length > 1)
    notes.push(`shortcodes ${names(linked)} became plain links to their media, with no player`);
  return notes;
}
