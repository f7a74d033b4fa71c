/**
 * The alias file, `content/aliases.yaml`: for each kind of entity, the one name a person, place,
 * organization or tag goes by, with the other spellings articles use for it. The build gives the
 * name one page that lists every story under any spelling; the importer writes the name instead
 * of its spellings.
 */
import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
import { expected } from './fields.ts';
import { slugify } from './slugs.ts';

/** Where the alias file sits in a content folder. */
export const ALIASES_FILE = 'aliases.yaml';

/** One kind's table: each name a page goes by, and the other spellings of it. */
export type AliasTable = Readonly<Aliases[EntityKind]>;

/** The checks one table needs beyond its shape: names that are empty, or claimed twice. */
function checkTable(kind: EntityKind, table: AliasTable, ctx: z.RefinementCtx): void {
  const names = new Map<string, string>();
  for (const name of Object.keys(table)) {
    const slug = slugify(name);
    const earlier = names.get(slug);
    if (!slug) {
      const message = name.trim()
        ? `"${name}" has no letters or digits to make a page address from; spell the name out`
        : 'a name is empty; write the name the page goes by, with its other spellings in a list after it';
      ctx.addIssue({ code: 'custom', path: name.trim() ? [kind, name] : [kind], message });
    } else if (name !== name.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: [kind, name],
        message: `"${name}" has spaces before or after it; remove them from inside the quotes`,
      });
    } else if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [kind, name],
        message: `"${name}" and "${earlier}" are one name with one page (/${kind}/${slug}/); keep one of them and list the other's spellings under it`,
      });
    } else names.set(slug, name);
  }
  const owners = new Map<string, string>();
  for (const [name, spellings] of Object.entries(table)) {
    spellings.forEach((spelling, i) => {
      const slug = slugify(spelling);
      const itself = slug === slugify(name) ? undefined : names.get(slug);
      if (itself !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [kind, name, i],
          message: `"${spelling}" is itself a name here, with spellings of its own (${kind}.${itself}); put all the spellings under one of the two names and remove the other`,
        });
        return;
      }
      const owner = owners.get(slug);
      if (owner !== undefined && owner !== name) {
        ctx.addIssue({
          code: 'custom',
          path: [kind, name, i],
          message: `"${spelling}" is also listed under "${owner}"; a spelling belongs to one name, so remove it from one of the two`,
        });
      } else owners.set(slug, name);
    });
  }
}

/** One spelling: text with a letter or digit, as a page address is made of. */
const spellingSchema = z
  .string({ error: expected('expected a spelling of the name') })
  .trim()
  .min(1, { error: 'must not be empty', abort: true })
  .refine((spelling) => slugify(spelling) !== '', {
    error: (issue) => `"${String(issue.input)}" has no letters or digits; spell the name out`,
  });

/** A name's other spellings: a list, or a single one. */
const spellingsSchema = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(spellingSchema, { error: expected('expected the other spellings of the name, like [Tony Blinken]') }),
);

// An empty `tags:` line is an empty table, as when a template lists the four kinds.
const tableSchema = z
  .record(z.string(), spellingsSchema, {
    error: expected('expected one "Name: [other spelling, ...]" line for each name, indented under the kind'),
  })
  .nullish()
  .transform((table) => table ?? {});

/** The alias file's fields: one optional table per kind, `Antony Blinken: [Tony Blinken]`. */
export const aliasesSchema = z
  .strictObject({
    /** People: `Antony Blinken: [Tony Blinken]`. */
    people: tableSchema,
    /** Places: `Mount Kumgang: [Mt. Kumgang, Kumgangsan]`. */
    places: tableSchema,
    /** Organizations: `U.N. Security Council: [UN Security Council, UNSC]`. */
    organizations: tableSchema,
    /** Tags: `joint military exercises: [military exercises]`. */
    tags: tableSchema,
  })
  .superRefine((aliases, ctx) => {
    for (const kind of ENTITY_KINDS) checkTable(kind, aliases[kind], ctx);
  });

/** Every kind's table, empty where the file has none. */
export type Aliases = z.infer<typeof aliasesSchema>;

/** An archive without an alias file: every spelling is its own name. */
export const NO_ALIASES: Aliases = { people: {}, places: {}, organizations: {}, tags: {} };

/**
 * For one kind, the name each spelling stands for, keyed by the spelling's page address (slug),
 * so a spelling matches whatever its case and punctuation. A name maps to itself.
 */
export function canonicalBySlug(table: AliasTable): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, spellings] of Object.entries(table)) {
    names.set(slugify(name), name);
    for (const spelling of spellings) if (!names.has(slugify(spelling))) names.set(slugify(spelling), name);
  }
  return names;
}
