/**
 * The items of an XML feed, streamed with saxes: each item (an RSS `<item>`, an Atom `<entry>`)
 * is built into a small element tree, handed over when it closes and then dropped, so a long
 * feed is never held whole. What comes before the items (the channel's language, the feed's
 * author) stays in the tree of ancestors that every item is given.
 */
import { escapeAttribute, escapeText } from 'entities';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { InputText, ParsedItem } from './page.ts';

/** An element as parsed, with namespaces resolved; text and CDATA are kept as strings among its children. */
export interface XmlElement {
  uri: string;
  local: string;
  /** The name as written, with its prefix (`media:content`), for messages and serialising. */
  name: string;
  /** Attributes by local name, namespaced ones as `{uri}local`. */
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  /** The line the element starts on, for messages. */
  line: number;
}

/** What the stream gives: a complete item with its open ancestors (outermost first), or the first well-formedness error. */
export type XmlItemEvent =
  | { kind: 'item'; index: number; element: XmlElement; ancestors: readonly XmlElement[] }
  | { kind: 'error'; message: string; line: number; column: number; inItem?: { index: number; line: number } };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function toElement(tag: SaxesTagNS, line: number): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    attributes[attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local] = attribute.value;
  }
  return { uri: tag.uri, local: tag.local, name: tag.name, attributes, children: [], line };
}

/**
 * Streams the elements for which `isItem` is true (given the element and its ancestors).
 * Items are counted from 1; a malformed document ends the stream with one `error` event.
 */
export async function* xmlItems(input: InputText, isItem: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean): AsyncIterable<XmlItemEvent> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const ready: XmlItemEvent[] = [];
  let itemDepth = -1;
  let count = 0;
  let failed = false;
  let closing = false;

  parser.on('opentag', (tag) => {
    const element = toElement(tag, parser.line);
    stack.at(-1)?.children.push(element);
    stack.push(element);
    if (itemDepth < 0 && isItem(element, stack.slice(0, -1))) {
      itemDepth = stack.length - 1;
      count += 1;
    }
  });
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    // saxes goes on after an error; what follows one is not trusted.
    if (failed || !element || stack.length !== itemDepth) return;
    itemDepth = -1;
    // The item leaves the tree once handed over, so a long feed is not kept in memory.
    const parent = stack.at(-1);
    if (parent) parent.children.splice(parent.children.indexOf(element), 1);
    ready.push({ kind: 'item', index: count, element, ancestors: [...stack] });
  });
  parser.on('error', (error) => {
    if (failed) return;
    failed = true;
    const open = stack.at(-1);
    // At the end of the input the one useful place is where the unclosed element began: a
    // stray "&" makes saxes read the rest of the file as an entity name, so it fails only there.
    const message =
      closing && open
        ? `<${open.name}> opened at line ${open.line} is never closed`
        : // saxes starts its message with "line:column: "; the position is given apart instead.
          error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const item = itemDepth >= 0 ? stack[itemDepth] : undefined;
    ready.push({ kind: 'error', message, line: parser.line, column: parser.column + 1, ...(item ? { inItem: { index: count, line: item.line } } : {}) });
  });

  for await (const chunk of input.chunks()) {
    parser.write(chunk);
    yield* ready.splice(0);
    if (failed) return;
  }
  closing = true;
  parser.close();
  yield* ready.splice(0);
}

/** The first child element with this namespace and local name. */
export function child(element: XmlElement, uri: string, local: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => typeof c !== 'string' && c.uri === uri && c.local === local);
}

/** Every child element with this namespace and local name, in order. */
export function children(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.uri === uri && c.local === local);
}

/** The text of an element and everything in it, entities and CDATA already decoded by the parser. */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** The trimmed text of the first such child, or `undefined` when it is missing or blank. */
export function childText(element: XmlElement, uri: string, local: string): string | undefined {
  const found = child(element, uri, local);
  const text = found && textContent(found).trim();
  return text || undefined;
}

// Written as `<br>`, not `<br></br>`, which an HTML parser would read as two line breaks.
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** The content of an element written back out as markup, for an Atom `type="xhtml"` body. */
export function innerMarkup(element: XmlElement): string {
  return element.children
    .map((c) => {
      if (typeof c === 'string') return escapeText(c);
      const attributes = Object.entries(c.attributes)
        .filter(([name]) => !name.startsWith('{'))
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      const inner = innerMarkup(c);
      return inner === '' && VOID_ELEMENTS.has(c.local) ? `<${c.local}${attributes}>` : `<${c.local}${attributes}>${inner}</${c.local}>`;
    })
    .join('');
}

/** `xml:lang` of the element or its nearest ancestor that has one. */
export function xmlLang(element: XmlElement, ancestors: readonly XmlElement[]): string | undefined {
  for (const e of [element, ...[...ancestors].reverse()]) {
    const lang = e.attributes[`{${XML_NS}}lang`]?.trim();
    if (lang) return lang;
  }
  return undefined;
}

/** Where an XML error is, and what to do about it, as an item of its own. */
export function xmlErrorItem(event: Extract<XmlItemEvent, { kind: 'error' }>, itemName: string): ParsedItem {
  const where = `line ${event.line}, column ${event.column}`;
  return {
    position: event.inItem === undefined ? where : `${itemName} ${event.inItem.index} (line ${event.inItem.line})`,
    result: { error: `malformed XML at ${where}: ${event.message}; the items after it cannot be read, so fix the file there (an unclosed tag, a stray "&" or "<" in text) and import it again` },
  };
}
