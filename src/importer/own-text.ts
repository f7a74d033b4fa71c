/**
 * A string of its own. V8 may keep a string cut from a larger one as a view of it, so an id or a
 * caption cut from a feed's text and kept for the whole run keeps all of that text alive; what the
 * importer holds past one item is copied through this.
 */
export function ownText(text: string): string;
export function ownText(text: string | undefined): string | undefined;
export function ownText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (' ' + text).slice(1);
}
