import type { EntityKind } from '../model/entity-kinds.ts';
import type { ArticleRecord } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';


/** A person, place, organization or tag, with every article that names it (newest first). */
export interface Entity {
  kind: EntityKind;
  slug: string;
  /** The spelling used most often; variants that share a slug share a page. */
  name: string;
  articles: ArticleRecord[];
}

/**
 * Indexes one kind of entity across the archive in a single pass.
 * `articles` should already be in the order the pages list them.
 */
export function indexEntities(articles: readonly ArticleRecord[], kind: EntityKind): Map<string, Entity> {
  const spellings = new Map<string, Map<string, number>>();
  const index = new Map<string, Entity>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of article.data[kind]) {
      const slug = slugify(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let entity = index.get(slug);
      if (!entity) {
        entity = { kind, slug, name, articles: [] };
        index.set(slug, entity);
        spellings.set(slug, new Map());
      }
      entity.articles.push(article);
      const counts = spellings.get(slug)!;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  for (const [slug, counts] of spellings) {
    const [name] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    index.get(slug)!.name = name;
  }
  return index;
}

/** Entities sorted by how many articles name them, then by name. */
export function byArticleCount(entities: Iterable<Entity>): Entity[] {
  return [...entities].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}
