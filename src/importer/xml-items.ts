/**
 * The items of an XML document, streamed with saxes, for every XML format the importer reads:
 * each item (an RSS `<item>`, an Atom `<entry>`, a WordPress `<item>`, a NewsML `newsItem`) is
 * built into a small element tree, handed over when it closes and then dropped, so a long feed
 * or a 100 MB export is never held whole. What comes before the items (the channel's language,
 * the feed's author) stays in the tree of ancestors that every item is given.
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
  /** The line the start tag ends on, where the parser reads it. */
  line: number;
  /** The line of the tag's name, where `<` is unless a line break follows the name: earlier than `line` when attributes run over lines. */
  startLine: number;
}

/** A namespace by its URI, or a test for one written with a version in it (`http://wordpress.org/export/1.2/`). */
export type Namespace = string | ((uri: string) => boolean);

/** What the stream gives: a complete item with its open ancestors (outermost first), or the first well-formedness error. */
export type XmlItemEvent =
  | { kind: 'item'; index: number; element: XmlElement; ancestors: readonly XmlElement[] }
  | {
      kind: 'error';
      /** What went wrong, for people: at the end of the input, the element left open. */
      message: string;
      /** saxes's own words, without its position (`unexpected close tag.`). */
      reason: string;
      /** Where the parser stopped: line from 1, column from 1. */
      line: number;
      column: number;
      inItem?: { index: number; line: number; startLine: number };
    };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function toElement(tag: SaxesTagNS, line: number, startLine: number): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    attributes[attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local] = attribute.value;
  }
  return { uri: tag.uri, local: tag.local, name: tag.name, attributes, children: [], line, startLine };
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
  // `opentag` fires at the end of the start tag; messages about a many-attribute tag want where it begins.
  let startLine = 1;

  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const element = toElement(tag, parser.line, startLine);
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
    // saxes starts its message with "line:column: "; the position is given apart instead.
    const reason = error.message.replace(/^\d+:\d+: /, '');
    // At the end of the input the one useful place is where the unclosed element began: a
    // stray "&" makes saxes read the rest of the file as an entity name, so it fails only there.
    const message = closing && open ? `<${open.name}> opened at line ${open.line} is never closed` : reason.replace(/\.$/, '');
    const item = itemDepth >= 0 ? stack[itemDepth] : undefined;
    ready.push({
      kind: 'error',
      message,
      reason,
      line: parser.line,
      column: parser.column + 1,
      ...(item ? { inItem: { index: count, line: item.line, startLine: item.startLine } } : {}),
    });
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

const isNamed = (node: XmlElement | string, uri: Namespace, local: string): node is XmlElement =>
  typeof node !== 'string' && node.local === local && (typeof uri === 'string' ? node.uri === uri : uri(node.uri));

/** The first child element with this namespace and local name. */
export function child(element: XmlElement, uri: Namespace, local: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => isNamed(c, uri, local));
}

/** Every child element with this namespace and local name, in order. */
export function children(element: XmlElement, uri: Namespace, local: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isNamed(c, uri, local));
}

/** The text of an element and everything in it, entities and CDATA already decoded by the parser. */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** The trimmed text of the first such child, or `undefined` when it is missing or blank. */
export function childText(element: XmlElement, uri: Namespace, local: string): string | undefined {
  const found = child(element, uri, local);
  const text = found && textContent(found).trim();
  return text || undefined;
}

// Written as `<br>`, not `<br></br>`, which an HTML parser would read as two line breaks.
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** The attributes of an element that have no namespace, written out as in a start tag: ` class="a"`. */
export function attributeMarkup(element: XmlElement): string {
  return Object.entries(element.attributes)
    .filter(([name]) => !name.startsWith('{'))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** The content of an element written back out as markup, for an Atom `type="xhtml"` body. */
export function innerMarkup(element: XmlElement): string {
  return element.children
    .map((c) => {
      if (typeof c === 'string') return escapeText(c);
      const attributes = attributeMarkup(c);
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
