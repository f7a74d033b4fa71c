/**
 * The items of an XML document, streamed with saxes, for every XML format the importer reads:
 * each item (an RSS `<item>`, an Atom `<entry>`, a WordPress `<item>`, a NewsML `newsItem`) is
 * built into a small element tree, handed over when it closes and then dropped, so a long feed
 * or a 100 MB export is never held whole. What comes before the items (the channel's language,
 * the feed's author) stays in the tree of ancestors that every item is given.
 */
import { decodeHTMLStrict, decodeXML, escapeAttribute, escapeText } from 'entities';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DecodeError } from '../../errors.ts';
import type { InputText, ParsedItem } from '../../types.ts';

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

/** Why an item or the stream failed: broken XML, a byte the encoding cannot decode, or an item too deep or too large to hold. */
export type XmlProblem = 'malformed' | 'encoding' | 'too-deep' | 'too-large';

/** What the stream gives: a complete item with its open ancestors (outermost first), or an error. */
export type XmlItemEvent =
  | { kind: 'item'; index: number; element: XmlElement; ancestors: readonly XmlElement[] }
  | {
      kind: 'error';
      problem: XmlProblem;
      /**
       * Whether the stream ends here (malformed XML, a bad byte). A too-deep or too-large item is
       * not fatal: it alone is lost, and the items after it follow.
       */
      fatal: boolean;
      /** What went wrong, for people: at the end of the input, the element left open. */
      message: string;
      /** saxes's own words, without its position (`unexpected close tag.`), or the message for other problems. */
      reason: string;
      /** Where the parser stopped (for an item that failed alone, where it closes): line from 1, column from 1. */
      line: number;
      column: number;
      inItem?: { index: number; line: number; startLine: number };
    };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * How many levels of elements an item may have inside it. The parsers walk an item's tree
 * recursively; 500 is far beyond any real story (a few dozen at most) and far below the depth
 * that overflows the JS stack (about 2,000 frames of those walks).
 */
export const MAX_ITEM_DEPTH = 500;

/**
 * How long one item may be, in characters of the document from its start tag on (so also the most
 * text it can hold): 32 Mi characters, 32 MiB of ASCII. A story is rarely a few hundred KiB; a
 * body past this is a database dump or an embedded file, and converting it took gigabytes.
 */
export const MAX_ITEM_SIZE = 32 * 1024 * 1024;

// Characters XML 1.0 forbids (C0 controls but tab, LF and CR, and U+FFFE/U+FFFF): a feed's stray
// NUL, BEL or ESC from pasted copy would otherwise end the stream at the first.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * The namespace bindings in scope, each prefix's latest on top. saxes's own namespace mode looks a
 * prefix up by walking every open element, which made 40,000 nested elements take a minute; this
 * costs the same at any depth.
 */
class NamespaceScope {
  private readonly bound = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS_NS]],
  ]);
  /** The prefixes each open element binds, to unbind when it closes. */
  private readonly opened: string[][] = [];

  open(attributes: Record<string, string>): void {
    const declared: string[] = [];
    for (const [name, value] of Object.entries(attributes)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      const uris = this.bound.get(prefix);
      if (uris) uris.push(value);
      else this.bound.set(prefix, [value]);
      declared.push(prefix);
    }
    this.opened.push(declared);
  }

  close(): void {
    for (const prefix of this.opened.pop() ?? []) this.bound.get(prefix)!.pop();
  }

  resolve(prefix: string): string | undefined {
    return this.bound.get(prefix)?.at(-1);
  }
}

/** An element from saxes's plain tag, its names resolved in `scope`; an unbound prefix is reported through `fail`, as saxes would. */
function toElement(
  tag: SaxesTagPlain,
  scope: NamespaceScope,
  fail: (message: string) => void,
  line: number,
  startLine: number,
): XmlElement {
  const split = (name: string) => {
    const colon = name.indexOf(':');
    return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
  };
  const bound = (prefix: string) => {
    const uri = scope.resolve(prefix);
    if (uri === undefined) fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    return uri ?? prefix;
  };
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const { prefix, local } = split(name);
    // Unprefixed attributes are in no namespace, whatever the default (Namespaces in XML, 6.2).
    attributes[prefix ? `{${bound(prefix)}}${local}` : local] = value;
  }
  const { prefix, local } = split(tag.name);
  const uri = prefix ? bound(prefix) : (scope.resolve('') ?? '');
  return { uri, local, name: tag.name, attributes, children: [], line, startLine };
}

/**
 * saxes gathers a text node or CDATA section whole before handing it over, so a 200 MB body would
 * be held (as millions of pieces, one per entity) until it ends. While an item is dropped, what it
 * has gathered is let go after each chunk. This reaches into saxes 6's private state, checked so
 * that a change there costs memory, never correctness.
 */
function forgetPendingText(parser: object): void {
  const internals = parser as { text?: unknown; state?: unknown };
  // 13 and 20 are saxes's S_TEXT and S_CDATA: in any other state `text` holds a name or attribute value.
  if (typeof internals.text === 'string' && (internals.state === 13 || internals.state === 20)) internals.text = '';
}

const mib = (characters: number) => `${(characters / 1024 / 1024).toFixed(1)} MiB`;

/** Entities a DOCTYPE's internal subset declares as plain text: `<!ENTITY reg "&#174;">`. */
function declaredEntities(doctype: string): Record<string, string> {
  const entities: Record<string, string> = {};
  for (const [, name, value] of doctype.matchAll(/<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    entities[name!] = decodeXML(value ?? '');
  }
  return entities;
}

/** An HTML named entity (`eacute`), as RSS 0.91's and XHTML's DTDs declare them, or `undefined`. */
function htmlEntity(name: string): string | undefined {
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

/**
 * Streams the elements for which `isItem` is true (given the element and its ancestors, an array
 * valid during the call only). Items are counted from 1; malformed XML or a byte the encoding
 * cannot decode ends the stream with one fatal `error` event, after every item wholly before it.
 * An item nested deeper than MAX_ITEM_DEPTH or longer than MAX_ITEM_SIZE is dropped as it
 * is read (nothing of it is kept) and given as a non-fatal `error` event where it closes.
 * A document with a DOCTYPE may use HTML's named entities (`&eacute;`, `&nbsp;`) and the ones its
 * internal subset declares; the DTD itself is never fetched.
 */
export async function* xmlItems(
  input: InputText,
  isItem: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean,
): AsyncIterable<XmlItemEvent> {
  // Namespaces are resolved here (NamespaceScope), not by saxes, whose lookups grow with the depth.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const scope = new NamespaceScope();
  const fail = (message: string) => void parser.fail(message);
  const stack: XmlElement[] = [];
  const ready: XmlItemEvent[] = [];
  let itemDepth = -1;
  let count = 0;
  let failed = false;
  let closing = false;
  // `opentag` fires at the end of the start tag; messages about a many-attribute tag want where it begins.
  let startLine = 1;
  let startPosition = 0;
  // The item being read: how much text it holds, where it starts, and why it is being dropped.
  let itemText = 0;
  let itemStart = 0;
  let dropped: { problem: 'too-deep' | 'too-large'; depth: number } | undefined;
  // Elements below a dropped item's cut, or below MAX_ITEM_DEPTH outside items, not built: only counted.
  let hidden = 0;

  parser.on('doctype', (doctype) => {
    const declared = declaredEntities(doctype);
    const xml = parser.ENTITIES;
    parser.ENTITIES = new Proxy(xml, {
      get: (_, name) => (typeof name === 'string' ? (xml[name] ?? declared[name] ?? htmlEntity(name)) : undefined),
    });
  });
  parser.on('opentagstart', () => {
    startLine = parser.line;
    startPosition = parser.position - 1;
  });

  const drop = (problem: 'too-deep' | 'too-large') => {
    const item = stack[itemDepth]!;
    dropped = { problem, depth: stack.length - 1 - itemDepth };
    // Everything below the item goes: counted from here on, never held.
    hidden += stack.length - itemDepth - 1;
    stack.length = itemDepth + 1;
    item.children = [];
  };

  parser.on('opentag', (tag) => {
    scope.open(tag.attributes);
    if (hidden > 0 || (itemDepth < 0 && stack.length >= MAX_ITEM_DEPTH * 2)) {
      // Inside a dropped item, or nested past any feed's structure outside the items: not built.
      hidden += 1;
      if (dropped) dropped.depth = Math.max(dropped.depth, stack.length - 1 - itemDepth + hidden);
      return;
    }
    const element = toElement(tag, scope, fail, parser.line, startLine);
    if (itemDepth >= 0) {
      for (const value of Object.values(element.attributes)) itemText += value.length;
      const depth = stack.length - itemDepth;
      if (depth > MAX_ITEM_DEPTH || itemText > MAX_ITEM_SIZE) {
        drop(depth > MAX_ITEM_DEPTH ? 'too-deep' : 'too-large');
        hidden += 1;
        dropped!.depth = depth;
        return;
      }
    }
    const opens = itemDepth < 0 && isItem(element, stack);
    stack.at(-1)?.children.push(element);
    stack.push(element);
    if (opens) {
      itemDepth = stack.length - 1;
      count += 1;
      itemText = 0;
      itemStart = startPosition;
      dropped = undefined;
    }
  });
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (!parent || dropped) return;
    if (itemDepth < 0) {
      // Between items only the ancestors' own text matters; the whitespace between items would pile up.
      if (!text.trim()) return;
    } else {
      itemText += text.length;
      if (itemText > MAX_ITEM_SIZE) {
        drop('too-large');
        return;
      }
    }
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    scope.close();
    if (hidden > 0) {
      hidden -= 1;
      return;
    }
    const element = stack.pop();
    // saxes goes on after an error; what follows one is not trusted.
    if (failed || !element || stack.length !== itemDepth) return;
    itemDepth = -1;
    // The item leaves the tree once handed over, so a long feed is not kept in memory.
    const parent = stack.at(-1);
    if (parent) parent.children.splice(parent.children.lastIndexOf(element), 1);
    if (!dropped) {
      ready.push({ kind: 'item', index: count, element, ancestors: [...stack] });
      return;
    }
    const message =
      dropped.problem === 'too-deep'
        ? `it nests elements ${dropped.depth} levels deep, more than the ${MAX_ITEM_DEPTH} an item may have; it is left out and the items after it are read. Flatten its markup in the source and import it again`
        : `it is ${mib(parser.position - itemStart)} long, more than the ${mib(MAX_ITEM_SIZE)} an item may be; it is left out and the items after it are read. Check that its body is the story and not an embedded file, trim it in the source and import it again`;
    ready.push({
      kind: 'error',
      problem: dropped.problem,
      fatal: false,
      message,
      reason: message,
      line: parser.line,
      column: parser.column + 1,
      inItem: { index: count, line: element.line, startLine: element.startLine },
    });
    dropped = undefined;
  });
  const where = () => {
    const item = itemDepth >= 0 ? stack[itemDepth] : undefined;
    return item ? { inItem: { index: count, line: item.line, startLine: item.startLine } } : {};
  };
  parser.on('error', (error) => {
    if (failed) return;
    failed = true;
    const open = stack.at(-1);
    // saxes starts its message with "line:column: "; the position is given apart instead.
    const reason = error.message.replace(/^\d+:\d+: /, '');
    // At the end of the input the one useful place is where the unclosed element began: a
    // stray "&" makes saxes read the rest of the file as an entity name, so it fails only there.
    const message =
      closing && open ? `<${open.name}> opened at line ${open.line} is never closed` : reason.replace(/\.$/, '');
    ready.push({
      kind: 'error',
      problem: 'malformed',
      fatal: true,
      message,
      reason,
      line: parser.line,
      column: parser.column + 1,
      ...where(),
    });
  });

  try {
    for await (const chunk of input.chunks()) {
      FORBIDDEN_CHARACTERS.lastIndex = 0;
      parser.write(FORBIDDEN_CHARACTERS.test(chunk) ? chunk.replace(FORBIDDEN_CHARACTERS, '') : chunk);
      if (itemDepth >= 0 && !dropped && parser.position - itemStart > MAX_ITEM_SIZE) drop('too-large');
      if (dropped) forgetPendingText(parser);
      yield* ready.splice(0);
      if (failed) return;
    }
  } catch (error) {
    // The text before a bad byte has been parsed: the items wholly before it are given above.
    if (!(error instanceof DecodeError)) throw error;
    yield* ready.splice(0);
    if (failed) return;
    const message = error.message;
    yield {
      kind: 'error',
      problem: 'encoding',
      fatal: true,
      message,
      reason: message,
      line: parser.line,
      column: parser.column + 1,
      ...where(),
    };
    return;
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
      return inner === '' && VOID_ELEMENTS.has(c.local)
        ? `<${c.local}${attributes}>`
        : `<${c.local}${attributes}>${inner}</${c.local}>`;
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

/** Where an XML error is, and what to do about it, as an item of its own: broken XML, a bad byte, or one item left out. */
export function xmlErrorItem(event: Extract<XmlItemEvent, { kind: 'error' }>, itemName: string): ParsedItem {
  const where = `line ${event.line}, column ${event.column}`;
  const position = event.inItem === undefined ? where : `${itemName} ${event.inItem.index} (line ${event.inItem.line})`;
  if (event.problem !== 'malformed') return { position, result: { error: event.message } };
  return {
    position,
    result: {
      error: `malformed XML at ${where}: ${event.message}; the items after it cannot be read, so fix the file there (an unclosed tag, a stray "&" or "<" in text) and import it again`,
    },
  };
}
