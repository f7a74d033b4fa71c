/**
 * The bridge from Astro's content collections to the pure archive index. Every page calls
 * `getArchive()`; the index is built once per build and shared.
 */
import { getCollection } from 'astro:content';
import { CONTENT_DIR } from '../site.ts';
import { buildArchiveIndex, type ArchiveIndex } from './archive-index.ts';
import type { EntityKind } from './entities.ts';

let archive: Promise<ArchiveIndex> | undefined;

/** The validated, indexed archive for this build. */
export function getArchive(): Promise<ArchiveIndex> {
  archive ??= (async () => {
    const [articles, sources, topics] = await Promise.all([
      getCollection('articles'),
      getCollection('sources'),
      getCollection('topics'),
    ]);
    return buildArchiveIndex({ articles, sources, topics, contentDir: CONTENT_DIR });
  })();
  return archive;
}

/** Static paths for one kind of entity page: `/people/<slug>/` and the like. */
export async function entityStaticPaths(kind: EntityKind) {
  const archive = await getArchive();
  return [...archive.entities[kind].values()].map((entity) => ({ params: { slug: entity.slug }, props: { entity } }));
}

/** Static paths for `/sources/<id>/` and its feed. */
export async function sourceStaticPaths() {
  const archive = await getArchive();
  return [...archive.sources.values()].map((source) => ({ params: { id: source.id }, props: { source } }));
}

/** Static paths for `/topics/<id>/` and its feed. */
export async function topicStaticPaths() {
  const archive = await getArchive();
  return [...archive.topics.values()].map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}
