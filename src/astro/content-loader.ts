/**
 * The content collections' loader: Astro's glob loader, but reading through the model's one
 * reader (src/model/), so the build and `check:content` give the same verdict on every file,
 * and every problem in every file is reported at once, as a sentence naming file, field and fix.
 * Unchanged files (same digest) keep their rendered HTML from the last build, as with glob(); the
 * HTML is kept beside the store, not in it (rendered-bodies.ts), and pages read it with render-body.ts.
 * What each file was found to hold is kept by the digest of its text (checked-entries.ts), so the
 * next build, or the next part of a build in parts, does not parse and validate it again; a part
 * stores only the stories it renders, and its pages read the others' fields from there.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { localImagePaths, missingImageFiles } from '../model/body-images.ts';
import { collectionFolder, listContentFiles, type CollectionName } from '../model/content-files.ts';
import { checkContentText, readContentTexts } from '../model/read-content.ts';
import { ContentError, type ContentProblem } from '../model/validate.ts';
import { contentCacheDir } from '../caches/build-cache.ts';
import { checkedBy, checkedEntriesFile, readCheckedEntries, writeCheckedEntries } from '../caches/checked-entries.ts';
import { rendersId, yearsRendered } from './part-years.ts';
import { removeRenderedBody, renderedBodyFile, writeRenderedBody } from '../caches/rendered-bodies.ts';

/** Reads, checks and stores one collection; throws a ContentError listing every problem. */
async function syncCollection(collection: CollectionName, contentDir: string, context: LoaderContext): Promise<void> {
  const { generateDigest, renderMarkdown, config } = context;
  // Astro's store has this at run time (the glob loader calls it) but does not declare it.
  const store = context.store as DataStore & { addAssetImports(assets: string[], filePath: string): void };
  const root = fileURLToPath(config.root);
  const bodyFile = (id: string, digest: string | number) => renderedBodyFile(config.cacheDir, collection, id, digest);
  const { files, problems } = await listContentFiles(contentDir, collection);
  // Articles and versions: rendered by year in a build in parts, and their bodies may take images from beside them.
  const stories = collection === 'articles' || collection === 'versions';
  const renderYears = stories ? await yearsRendered(contentDir) : 'all';
  const model = checkedBy(root);
  const checkedFile = checkedEntriesFile(contentCacheDir(contentDir, root), collection);
  const checked = await readCheckedEntries(checkedFile, model);
  let checkedChanged = false;
  const untouched = new Set(store.keys());
  const pending: {
    id: string;
    file: string;
    data: Record<string, unknown>;
    body: string;
    render: boolean;
    digest: string;
    done: boolean;
  }[] = [];
  // The store wants paths relative to the project, as the glob loader writes them.
  const filePathOf = (file: string) => relative(root, resolve(file)).split('\\').join('/');
  for await (const { entry, result: read } of readContentTexts(files)) {
    if (read.text === undefined) {
      if (read.problem) problems.push(read.problem);
      continue;
    }
    const digest = generateDigest(read.text);
    const render = rendersId(renderYears, entry.id);
    const existing = store.get(entry.id);
    // A rendered entry is done only while its body file is there.
    const done =
      existing?.digest === digest && (!render || collection === 'sources' || existsSync(bodyFile(entry.id, digest)));
    untouched.delete(entry.id);
    const known = checked.get(entry.id);
    if (known?.digest === digest && (done || !render)) {
      // Checked before, by this build or another part of it: only its images can have gone since.
      problems.push(...(await missingImageFiles(entry.file, known.images)));
      pending.push({ id: entry.id, file: entry.file, data: known.data, body: '', render, digest, done });
      continue;
    }
    const result = checkContentText(entry, read.text);
    problems.push(...result.problems);
    if (result.data === undefined) {
      checkedChanged = checked.delete(entry.id) || checkedChanged;
      continue;
    }
    const images = stories ? localImagePaths(result.body) : [];
    problems.push(...(await missingImageFiles(entry.file, images)));
    const data = result.data as Record<string, unknown>;
    if (known?.digest !== digest) {
      checked.set(entry.id, { digest, filePath: filePathOf(entry.file), data, images });
      checkedChanged = true;
    }
    // Only the bodies this part renders are kept until it renders them: in a shard of 100,000 articles the rest would be nearly every file's text, held at once.
    pending.push({
      id: entry.id,
      file: entry.file,
      data,
      body: render && !done ? result.body : '',
      render,
      digest,
      done,
    });
  }
  const listed = new Set(files.map((f) => f.id));
  for (const id of checked.keys()) {
    if (listed.has(id)) continue;
    checked.delete(id);
    checkedChanged = true;
  }
  // Before the verdict: what was checked and found good is good for the next build (or part) too.
  if (checkedChanged) await writeCheckedEntries(checkedFile, model, checked);
  if (problems.length) throw new ContentError(problems);

  const rendering: ContentProblem[] = [];
  for (const { id, file, data, body, render, digest, done } of pending) {
    const existing = store.get(id);
    // A story another part renders stays out of this part's store: its pages read its fields from the checked entries (archive.ts), and a store of 100,000 entries cost every part seconds to write and bundle.
    if (stories && !render) {
      if (existing?.digest !== undefined) await removeRenderedBody(bodyFile(id, existing.digest));
      if (existing) store.delete(id);
      continue;
    }
    const filePath = filePathOf(file);
    if (existing && done) {
      if (existing.assetImports?.length) store.addAssetImports(existing.assetImports, existing.filePath ?? filePath);
      continue;
    }
    if (existing?.digest !== undefined && existing.digest !== digest)
      await removeRenderedBody(bodyFile(id, existing.digest));
    // The fields as the model's reader checked them, against the schema the collection declares: Astro's parseData would check every entry a second time.
    if (collection === 'sources') {
      store.set({ id, data, filePath, digest });
      continue;
    }
    try {
      // An empty front matter block first, so a body opening with a `---` rule is not read as fields.
      const rendered = await renderMarkdown(`---\n---\n${body.trim()}`, { fileURL: pathToFileURL(resolve(file)) });
      writeRenderedBody(bodyFile(id, digest), rendered);
      store.set({ id, data, filePath, digest, assetImports: rendered.metadata?.imagePaths });
    } catch (error) {
      rendering.push({
        file,
        field: 'body',
        message: `could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  if (rendering.length) throw new ContentError(rendering);
  for (const id of untouched) {
    const gone = store.get(id);
    if (gone?.digest !== undefined) await removeRenderedBody(bodyFile(id, gone.digest));
    store.delete(id);
  }
}

/** A loader for one collection of `contentDir`: articles, sources or topics. */
export function contentLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `dateline:${collection}`,
    load: async (context) => {
      await syncCollection(collection, contentDir, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      const root = resolve(join(contentDir, collectionFolder(collection)));
      watcher.add(root);
      const resync = (path: string) => {
        if (!resolve(path).startsWith(`${root}/`)) return;
        // In `astro dev` a bad edit is reported and the last good content stays on screen.
        syncCollection(collection, contentDir, context).catch((error: unknown) =>
          logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      watcher.on('add', resync).on('change', resync).on('unlink', resync);
    },
  };
}
