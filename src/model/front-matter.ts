/**
 * Reading the front matter of a content file: the one reader the build, `check:content`, the
 * sitemap and the importer share. Astro's own splitter finds where the front matter ends; the
 * YAML is read with the core schema, so every date stays the text the editor wrote, quoted or not
 * (`2016-02-06T15:00:00-09:00` keeps its day and offset; an impossible `2016-02-31` is reported
 * instead of rolled over to March). Anchors and aliases are bounded: a kilobyte of nested aliases
 * ("billion laughs") would otherwise take the build down, far from the file that did it.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, load } from 'js-yaml';

/** Front matter that cannot be read, with what to do about it; `line` counts from 1 in the file. */
export class FrontMatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'FrontMatterError';
    this.line = line;
  }
}

/** What a Markdown file holds: its front matter fields and its body. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

/** Most `*alias` uses a file may hold; front matter needs few, and each may copy a whole list. */
export const MAX_ALIASES = 100;

/** Most values the fields may hold once every alias is copied out: far above any article, far below an alias bomb. */
export const MAX_EXPANDED_VALUES = 100_000;

const ALIAS_FIX = 'write the fields out in full, without & anchors and * aliases';

/**
 * How many values `data` holds once each alias is copied out, counted once per shared object
 * (so a "billion laughs" document is counted, not walked); Infinity for an alias that holds itself.
 */
function expandedSize(data: unknown, sizes = new Map<object, number>(), open = new Set<object>()): number {
  if (data === null || typeof data !== 'object') return 1;
  const known = sizes.get(data);
  if (known !== undefined) return known;
  if (open.has(data)) return Infinity;
  open.add(data);
  let size = 1;
  for (const value of Object.values(data)) size += expandedSize(value, sizes, open);
  open.delete(data);
  sizes.set(data, size);
  return size;
}

/** Parses YAML fields with the core schema (no timestamps, so dates stay strings), refusing alias bombs. */
export function parseYamlFields(source: string, lineOffset = 0): Record<string, unknown> {
  if (source.trim() === '') return {};
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
  } catch (error) {
    if (/exceeded maxAliases/.test((error as Error).message)) {
      throw new FrontMatterError(
        `the YAML uses more than ${MAX_ALIASES} * aliases, which could make it expand without end; ${ALIAS_FIX}`,
      );
    }
    const e = error as { reason?: string; mark?: { line: number }; message: string };
    const line = e.mark ? e.mark.line + 1 + lineOffset : undefined;
    throw new FrontMatterError(
      `the YAML does not parse${line ? ` on line ${line}` : ''}: ${e.reason ?? e.message}`,
      line,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('the fields are not written as "name: value" lines (like "title: ...")');
  }
  const size = expandedSize(data);
  if (size === Infinity)
    throw new FrontMatterError(
      `the YAML has an alias inside its own anchor (like &a [*a]), which never ends; ${ALIAS_FIX}`,
    );
  if (size > MAX_EXPANDED_VALUES) {
    throw new FrontMatterError(
      `the YAML's * aliases expand to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values (an alias bomb); ${ALIAS_FIX}`,
    );
  }
  return data as Record<string, unknown>;
}

/**
 * A Markdown file's front matter and body. A file without front matter has empty data; one that
 * opens a `---` block and never closes it, or whose YAML does not parse, throws a FrontMatterError.
 */
export function readFrontMatter(text: string): FrontMatterFile {
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    if (OPENING.test(text)) {
      throw new FrontMatterError(
        'the front matter opens with --- but never closes; end the fields with a line holding only ---',
        1,
      );
    }
    return { data: {}, body: text };
  }
  const end = text.indexOf(raw) + raw.length;
  // Astro's splitter takes the first `---` after the fields; the body starts on the next line.
  const body = text.slice(end).replace(/^---[ \t]*(?:\r?\n|$)/, '');
  return { data: parseYamlFields(raw), body };
}
