/**
 * Record-by-record reading of a large XML document with saxes: the caller says which elements
 * are records (a WordPress `item`, a NewsML `newsItem`), and each is handed over as a small tree
 * as soon as its end tag is read. Only the record being read is held, never the document, so a
 * 100 MB export streams in the memory of its largest item.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element's names: as written (`wp:post_id`), and its local name and namespace URI. */
export interface XmlName {
  name: string;
  local: string;
  uri: string;
}

/** A record element with everything inside it. */
export interface XmlElement extends XmlName {
  /** Attribute values by name as written (`domain`, `xml:lang`). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The character data and CDATA directly inside the element, entities decoded, untrimmed. */
  text: string;
  /** Where the start tag ends: line from 1, column from 0. */
  line: number;
  column: number;
}

/** XML that is not well-formed (or is cut short), with where the parser stopped. */
export class XmlSyntaxError extends Error {
  readonly reason: string;
  readonly line: number;
  readonly column: number;

  constructor(reason: string, line: number, column: number) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'XmlSyntaxError';
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** Whether an element opened inside `ancestors` (outermost first) is a record to collect. */
export type RecordSelector = (element: XmlName, ancestors: readonly XmlName[]) => boolean;

/** saxes prefixes its messages with `line:column: `; the position is kept apart. */
const reasonOf = (message: string) => message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');

/**
 * Every record element of the document in `chunks`, in document order, as each one closes.
 * Records do not nest: inside a record everything is part of its tree. Throws an
 * XmlSyntaxError at the first well-formedness error, after the records read before it.
 */
export async function* collectRecords(chunks: AsyncIterable<string> | Iterable<string>, isRecord: RecordSelector): AsyncGenerator<XmlElement> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ancestors: XmlName[] = [];
  // The open elements of the record being read, outermost (the record) first.
  const open: XmlElement[] = [];
  let done: XmlElement[] = [];

  parser.on('error', (error) => {
    throw new XmlSyntaxError(reasonOf(error.message), parser.line, parser.column);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name: XmlName = { name: tag.name, local: tag.local, uri: tag.uri };
    if (open.length > 0 || isRecord(name, ancestors)) {
      const attributes: Record<string, string> = {};
      for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
      const element: XmlElement = { ...name, attributes, children: [], text: '', line: parser.line, column: parser.column };
      open.at(-1)?.children.push(element);
      open.push(element);
    }
    ancestors.push(name);
  });
  const addText = (text: string) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    ancestors.pop();
    const element = open.pop();
    if (element && open.length === 0) done.push(element);
  });

  const flush = function* () {
    const ready = done;
    done = [];
    yield* ready;
  };
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield* flush();
  }
  parser.close();
  yield* flush();
}

/** The first child with this local name (and namespace, when given). */
export function child(element: XmlElement, local: string, uri?: (uri: string) => boolean): XmlElement | undefined {
  return element.children.find((c) => c.local === local && (uri === undefined || uri(c.uri)));
}

/** Every child with this local name (and namespace, when given). */
export function children(element: XmlElement, local: string, uri?: (uri: string) => boolean): XmlElement[] {
  return element.children.filter((c) => c.local === local && (uri === undefined || uri(c.uri)));
}
