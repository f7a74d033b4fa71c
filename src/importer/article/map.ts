/**
 * The `--map FILE` of a bulk import: a YAML file that turns a CMS's categories into sections and
 * topics, author logins into bylines, and spellings of a name into one canonical name. Reading it
 * checks every entry (topics against the archive's own), so a bad map stops the run before any
 * item is read; applying it is a pure function of the map and one article's fields. The archive's
 * own alias file (content/aliases.yaml) is applied on every import, with or without a map, so an
 * imported article names people, places, organizations and tags as the archive's pages do.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { canonicalBySlug, NO_ALIASES, type Aliases } from '../../model/aliases.ts';
import { ENTITY_KINDS, type EntityKind } from '../../model/entity-kinds.ts';
import { readAliasesFile } from '../../model/read-content.ts';
import { slugify } from '../../model/slugs.ts';
import { formatProblem } from '../../model/validate.ts';
import type { ArticleFields } from '../types.ts';

/** The four tables of a map file, keyed by the lower-cased, trimmed spelling, and the archive's aliases. */
export interface ImportMap {
  sections: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  authors: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  /** The alias file's name for each spelling, per kind, keyed by the spelling's slug. */
  aliases: Readonly<Record<EntityKind, ReadonlyMap<string, string>>>;
}

const aliasIndex = (aliases: Aliases) =>
  Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, canonicalBySlug(aliases[kind])])) as Record<
    EntityKind,
    Map<string, string>
  >;

/** A map file that cannot be used, with the entry and the fix in the message. */
export class MapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MapError';
  }
}

const TABLES = ['sections', 'topics', 'authors', 'names'] as const;
type Table = (typeof TABLES)[number];

const WHAT: Record<Table, string> = {
  sections: 'a CMS category to a section name, like "North Korea: Diplomacy"',
  topics: 'a CMS category to a topic id in content/topics, like "Nuclear talks: nuclear-talks"',
  authors: 'an author login or spelling to the byline name, like "jkim: Kim Ji-hoon"',
  names: 'a spelling to the canonical name, like "Kim Jong-un: Kim Jong Un"',
};

/** A map with no entries: applying it changes nothing. */
export const EMPTY_MAP: ImportMap = {
  sections: new Map(),
  topics: new Map(),
  authors: new Map(),
  names: new Map(),
  aliases: aliasIndex(NO_ALIASES),
};

const key = (spelling: string) => spelling.trim().toLowerCase();

/**
 * Parses a map file's text; `file` names it in errors and `topicIds` are the archive's topics.
 * Throws a MapError naming the file, the entry and the fix.
 */
export function parseImportMap(text: string, file: string, topicIds: readonly string[], topicsDir: string): ImportMap {
  if (!text.trim()) return EMPTY_MAP;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number }; message: string };
    throw new MapError(
      `--map ${file}: the YAML does not parse${e.mark ? ` on line ${e.mark.line + 1}` : ''}: ${e.reason ?? e.message}; fix that line`,
    );
  }
  if (data === null || data === undefined) return EMPTY_MAP;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new MapError(
      `--map ${file}: expected the tables ${TABLES.join(', ')} as "name:" lines, each holding "spelling: value" lines`,
    );
  }
  const map = { sections: new Map(), topics: new Map(), authors: new Map(), names: new Map() } satisfies Record<
    Table,
    Map<string, string>
  >;
  for (const [table, entries] of Object.entries(data as Record<string, unknown>)) {
    if (!(TABLES as readonly string[]).includes(table)) {
      throw new MapError(
        `--map ${file}: unknown table "${table}"; a map has only ${TABLES.map((t) => `"${t}"`).join(', ')}`,
      );
    }
    const name = table as Table;
    if (entries === null || entries === undefined) continue;
    if (typeof entries !== 'object' || Array.isArray(entries)) {
      throw new MapError(
        `--map ${file}: ${name}: expected "spelling: value" lines under it, each mapping ${WHAT[name]}`,
      );
    }
    for (const [from, to] of Object.entries(entries as Record<string, unknown>)) {
      if (typeof to !== 'string' || !to.trim()) {
        throw new MapError(
          `--map ${file}: ${name}: "${from}" maps to ${JSON.stringify(to)}; give it text, mapping ${WHAT[name]}`,
        );
      }
      const value = to.trim();
      if (name === 'topics' && !topicIds.includes(value)) {
        const known = topicIds.length
          ? `use one of ${topicIds.map((t) => `"${t}"`).join(', ')}`
          : `there are no topics in ${topicsDir}/`;
        throw new MapError(
          `--map ${file}: topics: "${from}" maps to "${value}", which is not a topic; ${known}, or add ${topicsDir}/${value}.md`,
        );
      }
      map[name].set(key(from), value);
    }
  }
  return { ...map, aliases: EMPTY_MAP.aliases };
}

/**
 * The map (none: an empty one) with the alias file of the archive at `root` added; throws a
 * MapError listing the alias file's problems, since names would otherwise be written unmapped.
 */
export async function withArchiveAliases(map: ImportMap | undefined, root: string): Promise<ImportMap> {
  const { aliases, problems } = await readAliasesFile(root);
  if (problems.length) {
    throw new MapError(
      `the archive's alias file has problems; fix them (npm run check:content lists them) and import again:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return { ...(map ?? EMPTY_MAP), aliases: aliasIndex(aliases) };
}

/** How an article's categories and names come out under a map; `section` is undefined when no category gives one. */
export interface MappedFields {
  section?: string | undefined;
  topics: string[];
  tags: string[];
  byline: string[];
  people: string[];
  places: string[];
  organizations: string[];
}

const unique = (list: readonly string[]) => [...new Set(list)];
const asList = (value: ArticleFields['tags']) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Applies a map to an article's fields and its CMS categories. Unless `sectionGiven` (--section),
 * the section is the first category the map's `sections` names, else the first category as the
 * CMS spells it; categories mapped to topics become topics; every other category becomes a tag,
 * so none is dropped. Bylines go through `authors`, then every name (bylines, people, places,
 * organizations, tags) through `names`, then people, places, organizations and tags through the
 * archive's aliases of their kind.
 */
export function applyImportMap(
  map: ImportMap,
  fields: Partial<ArticleFields>,
  categories: readonly string[] = [],
  sectionGiven = false,
): MappedFields {
  const named = (name: string) => map.names.get(key(name)) ?? name;
  const canonical = (kind: EntityKind) => (name: string) => map.aliases[kind].get(slugify(named(name))) ?? named(name);
  const cats = unique(categories.map((c) => c.trim()).filter(Boolean));
  // Subjects (ninjs, NewsML) arrive as tags: the map turns them into a section or topics as it does categories.
  const tagged = asList(fields.tags);
  const mappedSection = sectionGiven ? undefined : [...cats, ...tagged].find((c) => map.sections.has(key(c)));
  const sectionCategory = sectionGiven ? undefined : (mappedSection ?? cats[0]);
  const section = mappedSection ? map.sections.get(key(mappedSection)) : sectionCategory;
  const topics = [...cats, ...tagged].flatMap((c) => map.topics.get(key(c)) ?? []);
  const leftOver = cats.filter(
    (c) => c !== sectionCategory && !map.topics.has(key(c)) && (sectionGiven || !map.sections.has(key(c))),
  );
  const keptTags = tagged.filter((t) => t !== mappedSection && !map.topics.has(key(t)));
  return {
    section,
    topics: unique([...(fields.topics ?? []), ...topics]),
    tags: unique([...keptTags, ...leftOver].map(canonical('tags'))),
    byline: unique(asList(fields.byline).map((b) => named(map.authors.get(key(b)) ?? b))),
    people: unique(asList(fields.people).map(canonical('people'))),
    places: unique(asList(fields.places).map(canonical('places'))),
    organizations: unique(asList(fields.organizations).map(canonical('organizations'))),
  };
}
