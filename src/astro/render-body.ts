/**
 * render() for the entries whose bodies the content loader keeps outside Astro's data store
 * (rendered-bodies.ts): the same Content component, image handling and render record as
 * Astro's own, from the body file of the entry's digest.
 */
import { cacheDir } from 'astro:config/server';
import { render, type CollectionEntry } from 'astro:content';
import { readRenderedBody, renderedBodyFile, type RenderedBody } from '../caches/rendered-bodies.ts';

type BodyCollection = 'articles' | 'versions' | 'topics';

/** The rendered body of `entry`; throws, naming the file, when the build's cache has lost it. */
export async function renderedBody(entry: CollectionEntry<BodyCollection>): Promise<RenderedBody> {
  const body =
    entry.digest === undefined
      ? undefined
      : await readRenderedBody(renderedBodyFile(cacheDir, entry.collection, entry.id, entry.digest));
  if (!body)
    throw new Error(
      `${entry.filePath ?? entry.id}: body: its rendered text is missing from Astro's cache folder (${cacheDir}); build again`,
    );
  return body;
}

/** Astro's render() of `entry` with its body put back. */
export async function renderEntry(entry: CollectionEntry<BodyCollection>): Promise<Awaited<ReturnType<typeof render>>> {
  return render({
    ...entry,
    rendered: (await renderedBody(entry)) as NonNullable<CollectionEntry<BodyCollection>['rendered']>,
  });
}
