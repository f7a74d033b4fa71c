/**
 * The bridge from Astro's content collections to the pure archive index. Every page calls
 * `getArchive()`; the index is built once per build and shared.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, getEntry } from 'astro:content';
import { BUILD_PART, buildsListings } from '../config/build-part.ts';
import { CONTENT_DIR } from '../config/site.ts';
import { rendersId, yearsRendered } from './part-years.ts';
import { buildArchiveIndex, type ArchiveIndex } from '../archive/archive-index.ts';
import { hasVersionFolders } from '../model/content-files.ts';
import { readAliasesFile, readSectionsFile } from '../model/read-content.ts';
import { ContentError } from '../model/validate.ts';
import {
  storyVersions,
  withChanges,
  type StoryVersion,
  type StoryVersionWithChanges,
} from '../views/story-versions.ts';
import type { ArticleInput, ArticleRecord, VersionRecord } from '../model/records.ts';
import { contentCacheDir } from '../caches/build-cache.ts';
import { checkedBy, checkedEntriesFile, readCheckedEntries } from '../caches/checked-entries.ts';
import { urls } from './site-urls.ts';
import { queueArticleReferences } from './article-references.ts';
import { renderedBody } from './render-body.ts';

let built: Promise<{ archive: ArchiveIndex; rendered: ArticleRecord[] }> | undefined;

const projectRoot = fileURLToPath(root);

/**
 * An entry with its file's full path, where Astro's store keeps it relative to the project: the
 * archive's problems name files as the loader's and `npm run check:content` do.
 */
function withFullPath<T extends ArticleInput>(entry: T): T {
  return entry.filePath === undefined ? entry : { ...entry, filePath: resolve(projectRoot, entry.filePath) };
}

/**
 * A story collection's entries: those in Astro's store, which in a build in parts holds only the
 * stories the part renders (content-loader.ts), and the others' checked fields, which the loader
 * has just brought up to date for every file.
 */
async function storyEntries(collection: 'articles' | 'versions'): Promise<ArticleInput[]> {
  const stored = (await getCollection(collection)).map(withFullPath);
  if (BUILD_PART.kind === 'whole') return stored;
  const checked = await readCheckedEntries(
    checkedEntriesFile(contentCacheDir(CONTENT_DIR, projectRoot), collection),
    checkedBy(projectRoot),
  );
  const inStore = new Set(stored.map((entry) => entry.id));
  const others = [...checked]
    .filter(([id]) => !inStore.has(id))
    .map(([id, entry]) =>
      withFullPath({ id, filePath: entry.filePath, data: entry.data as ArticleInput['data'], digest: entry.digest }),
    );
  return [...stored, ...others];
}

/** The validated, indexed archive and the articles whose pages this build makes (all, or a shard's years). */
function buildArchive() {
  built ??= (async () => {
    const [articles, versions, sources, topics, { aliases, problems }, sections] = await Promise.all([
      storyEntries('articles'),
      // Astro warns of an empty collection as of a mistake in the config; an archive whose stories have no earlier versions is not one.
      hasVersionFolders(CONTENT_DIR).then((some) => (some ? storyEntries('versions') : [])),
      getCollection('sources'),
      getCollection('topics'),
      readAliasesFile(CONTENT_DIR),
      readSectionsFile(CONTENT_DIR),
    ]);
    if (problems.length || sections.problems.length) throw new ContentError([...problems, ...sections.problems]);
    const archive = buildArchiveIndex({
      articles,
      versions,
      sources,
      topics,
      aliases,
      sectionNames: sections.sections,
      contentDir: CONTENT_DIR,
    });
    const years = await yearsRendered(CONTENT_DIR);
    const rendered = archive.articles.filter((article) => rendersId(years, article.id));
    return { archive, rendered };
  })();
  return built;
}

let archive: Promise<ArchiveIndex> | undefined;

let referencesQueued = false;

/**
 * Hands the article pages' references to the citation worker once, when the first route of one
 * article a page asks for its paths: the worker formats them while Astro renders the other pages.
 */
function startReferences(rendered: readonly ArticleRecord[]): void {
  if (referencesQueued) return;
  referencesQueued = true;
  queueArticleReferences(rendered);
}

/** The validated, indexed archive for this build, built once and shared by every page. */
export function getArchive(): Promise<ArchiveIndex> {
  archive ??= buildArchive().then((built) => built.archive);
  return archive;
}

/**
 * Static paths with their incremental-build cache keys. Each page's props must carry everything
 * it shows besides the sources and topics (see page-keys.ts): the key is their digest. These are
 * the pages that are not one article's: a build in parts (src/config/build-part.ts) makes them only
 * when it is not a shard.
 */
export async function keyedStaticPaths<Params, Props>(
  paths: (archive: ArchiveIndex) => readonly { params: Params; props: Props }[],
) {
  if (!buildsListings(BUILD_PART)) return [];
  const archive = await getArchive();
  return paths(archive).map((path) => ({ ...path, cacheKey: archive.pageKey(path.props) }));
}

/**
 * Static paths of the pages of one article each (the story, its versions, its citation files),
 * with their cache keys, for the articles this build renders only: a shard makes those of its
 * own years, and `paths` is not called for the rest, since props such as related coverage cost a
 * lookup each (a shard of a 100,000-article archive spent 48 s making them for all of them).
 */
export async function articleStaticPaths<Params, Props>(
  paths: (article: ArticleRecord, archive: ArchiveIndex) => readonly { params: Params; props: Props }[],
) {
  const { archive, rendered } = await buildArchive();
  startReferences(rendered);
  return rendered.flatMap((article) =>
    paths(article, archive).map((path) => ({ ...path, cacheKey: archive.pageKey(path.props) })),
  );
}

/** The rendered, sanitised HTML of one version of a story: the article's own, or an earlier version's. */
async function versionHtml(version: StoryVersion): Promise<string> {
  const { collection, id } = version.entry;
  const entry = collection === 'articles' ? await getEntry('articles', id) : await getEntry('versions', id);
  if (!entry)
    throw new Error(
      `articles/${id}.md: body: version ${version.number} of the story vanished from the "${collection}" collection during the build; build again`,
    );
  return (await renderedBody(entry)).html;
}

/** Every version of a story, newest first, each with what changed from the one before it. */
export async function storyVersionsWithChanges(
  article: ArticleRecord,
  versions: readonly VersionRecord[],
): Promise<StoryVersionWithChanges[]> {
  const list = storyVersions(article, versions, urls);
  const html = new Map(await Promise.all(list.map(async (v) => [v, await versionHtml(v)] as const)));
  return withChanges(list, (v) => html.get(v)!, article.data.language);
}
