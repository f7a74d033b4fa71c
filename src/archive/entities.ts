import { canonicalBySlug, type AliasTable } from '../model/aliases.ts';
import type { EntityKind } from '../model/entity-kinds.ts';
import type { ArticleRecord } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n/strings/index.ts';

/** A person, place, organization or tag, with every article that names it (newest first). */
export interface Entity {
  kind: EntityKind;
  slug: string;
  /**
   * The name in the alias file, else the spelling used most often, in the case it is written:
   * variants that share a slug or an alias share a page.
   */
  name: string;
  /** The other spellings the alias file gives for the name, as written there. */
  alsoWrittenAs: string[];
  /**
   * The name on the pages of each language's stories: `name` where a story in that language writes
   * it so, else the spelling that language's stories use most (박근혜 on a Korean story's page,
   * where the alias file names the page Park Geun-hye).
   */
  namesByLanguage: Map<string, string>;
  articles: ArticleRecord[];
}

const capitals = (name: string) => name.replace(/\P{Lu}/gu, '').length;

/**
 * The commonest of the spellings counted. Between two as common, the one with more capitals
 * (`ICBM` over `icbm`: lowercase is the careless default, capitals are meant), then the first
 * alphabetically.
 */
function commonest(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || a[0].localeCompare(b[0]))[0]![0];
}

/**
 * Indexes one kind of entity across the archive in a single pass; a spelling in the alias
 * `table` counts for its name. `articles` should already be in the order the pages list them.
 */
export function indexEntities(
  articles: readonly ArticleRecord[],
  kind: EntityKind,
  table: AliasTable = {},
): Map<string, Entity> {
  const canonical = canonicalBySlug(table);
  const spellings = new Map<string, Map<string, number>>();
  // By slug, then by the story's language: the spellings that language's stories use, counted.
  const spellingsByLanguage = new Map<string, Map<string, Map<string, number>>>();
  const index = new Map<string, Entity>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const written of article.data[kind]) {
      const alias = canonical.get(slugify(written));
      const slug = slugify(alias ?? written);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let entity = index.get(slug);
      if (!entity) {
        entity = { kind, slug, name: written, alsoWrittenAs: [], namesByLanguage: new Map(), articles: [] };
        index.set(slug, entity);
        spellings.set(slug, new Map());
        spellingsByLanguage.set(slug, new Map());
      }
      entity.articles.push(article);
      count(spellings.get(slug)!, written);
      const byLanguage = spellingsByLanguage.get(slug)!;
      const language = article.data.language;
      if (!byLanguage.has(language)) byLanguage.set(language, new Map());
      count(byLanguage.get(language)!, written);
    }
  }
  for (const [slug, counts] of spellings) {
    const entity = index.get(slug)!;
    const name = canonical.get(slug);
    entity.name = name ?? commonest(counts);
    entity.alsoWrittenAs = name === undefined ? [] : [...new Set(table[name])].filter((s) => s !== name);
    for (const [language, languageCounts] of spellingsByLanguage.get(slug)!) {
      entity.namesByLanguage.set(language, languageCounts.has(entity.name) ? entity.name : commonest(languageCounts));
    }
  }
  return index;
}

function count(counts: Map<string, number>, spelling: string): void {
  counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
}

/** The name `entity` goes by on the page of a story in `language` (see `Entity.namesByLanguage`). */
export function entityNameIn(entity: Entity, language: string): string {
  return entity.namesByLanguage.get(language) ?? entity.name;
}

/** The entity of `index` that a name as written belongs to, through the alias file's names (`canonical`, by slug). */
export function entityNamed(
  index: ReadonlyMap<string, Entity>,
  canonical: ReadonlyMap<string, string>,
  written: string,
): Entity | undefined {
  const slug = slugify(written);
  return index.get(slugify(canonical.get(slug) ?? written)) ?? index.get(slug);
}

/** The addresses (slugs) of an entity's other spellings, each a page that sends the reader to it. */
export function aliasSlugs(entity: Entity): string[] {
  return [...new Set(entity.alsoWrittenAs.map(slugify))].filter((slug) => slug !== entity.slug);
}

/** Entities sorted by how many articles name them, then by name. */
export function byArticleCount(entities: Iterable<Entity>): Entity[] {
  return [...entities].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/**
 * The language of a name's page: the interface language every story naming it is shown in, else
 * English. A name has one page in every language, like a story, so a name only Korean stories use
 * gets a Korean page; any other is in English, the interface of the catch-all listings.
 */
export function namePageLanguage(entity: Pick<Entity, 'namesByLanguage'>): InterfaceLanguage {
  return soleInterfaceLanguage(entity.namesByLanguage.keys()) ?? 'en';
}

/** The one interface language of `languages` (story languages), or undefined when they have none or several. */
function soleInterfaceLanguage(languages: Iterable<string>): InterfaceLanguage | undefined {
  const interfaces = new Set([...languages].map(interfaceLanguage));
  return interfaces.size === 1 ? [...interfaces][0] : undefined;
}

/** A name on an index page: what it is called, its address and how many stories name it. */
export interface IndexedName {
  name: string;
  slug: string;
  count: number;
  /** The language its name is written in, where only another language's stories than English's write it so (류제승). */
  lang?: InterfaceLanguage;
}

const indexedName = (e: Entity): IndexedName => {
  const lang = soleInterfaceLanguage(
    [...e.namesByLanguage].filter(([, written]) => written === e.name).map(([language]) => language),
  );
  return { name: e.name, slug: e.slug, count: e.articles.length, ...(lang && lang !== 'en' && { lang }) };
};

/** One initial's names on the A–Z pages of an index. */
export interface InitialGroup {
  /** What the reader sees: `A`, `Ö` folds to `O`, `김`; `#` for names that start with a digit or a sign. */
  initial: string;
  /** The address segment: the initial in lower case, `0-9` for `#` (never a page number of a name's listing). */
  segment: string;
  names: IndexedName[];
}

/** The letter a name is filed under: its first letter without accents, in capitals; `#` when it does not start with a letter. */
export function initialOf(name: string): string {
  // The first character alone loses its accents: decomposing a whole Hangul syllable would leave its first jamo.
  const first = ([...name.trim()][0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase('en') : '#';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The names of one kind, A–Z, grouped by initial (`#` first, then letters in the collator's order).
 * Written here because the grouping is the archive's own: initials fold accents so `Ôsaka` files
 * under O as a reader looks for it.
 */
export function namesByInitial(entities: Iterable<Entity>): InitialGroup[] {
  const groups = new Map<string, IndexedName[]>();
  for (const e of entities) {
    const initial = initialOf(e.name);
    const names = groups.get(initial) ?? [];
    names.push(indexedName(e));
    groups.set(initial, names);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : collator.compare(a, b)))
    .map(([initial, names]) => ({
      initial,
      segment: initial === '#' ? '0-9' : initial.toLocaleLowerCase('en'),
      names: names.sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug)),
    }));
}

/** A link of the A–Z list: the initial, its address segment and how many names it has. */
export interface InitialLink {
  initial: string;
  segment: string;
  count: number;
}

/** The A–Z list of `groups`, for the links between the pages. */
export function initialLinks(groups: readonly InitialGroup[]): InitialLink[] {
  return groups.map(({ initial, segment, names }) => ({ initial, segment, count: names.length }));
}

/**
 * The index of one kind: how many names, the `size` most covered (`ranked` is most covered first),
 * and, only when they are not all of them, every name A–Z. The index page and the A–Z pages both
 * read it, so they agree on when the A–Z pages exist.
 */
export function nameIndex(
  ranked: readonly Entity[],
  size: number,
): { total: number; top: IndexedName[]; groups: InitialGroup[] } {
  const top = ranked.slice(0, size).map(indexedName);
  return { total: ranked.length, top, groups: ranked.length > top.length ? namesByInitial(ranked) : [] };
}
