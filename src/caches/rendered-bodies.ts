/**
 * Where the content loader keeps each entry's rendered body: a file per entry and digest in
 * Astro's cache folder, beside its data store rather than in it. Astro inlines the whole store
 * into the build's server bundle as one string literal, so each megabyte of article HTML in it
 * is parsed by Vite, compiled by V8 and parsed again as JSON in every build, cold or warm, and
 * bodies are most of the store's bytes and of the build's peak memory. Read back at page time by render-body.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What Astro's renderMarkdown gives and render() takes: the HTML and its metadata (headings, image paths, plugin front matter). */
export interface RenderedBody {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The file of `collection`'s entry `id` rendered from the text whose digest is `digest`. */
export function renderedBodyFile(
  cacheDir: string | URL,
  collection: string,
  id: string,
  digest: string | number,
): string {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  // The digest in the name: a store that was written by another command (`astro dev` keeps its own) never gets another text's body.
  return `${root.replace(/\/$/, '')}/bodies/${collection}/${id}.${digest}.json`;
}

/**
 * Writes `body` to `file`. Synchronously: awaited one by one through the thread pool, the writes
 * left the loader idle much of the time it rendered, and a body's few kilobytes written in place
 * cost far less than the round trip.
 */
export function writeRenderedBody(file: string, body: RenderedBody): void {
  const text = JSON.stringify({ html: body.html, metadata: body.metadata });
  // The folder only when it is missing: a mkdir before each of 10,000 bodies cost 0.8 s of a cold sync.
  try {
    writeFileSync(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** The body in `file`, or undefined when it is not there (a cache folder cleared by hand). */
export async function readRenderedBody(file: string): Promise<RenderedBody | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedBody;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function removeRenderedBody(file: string): Promise<void> {
  await rm(file, { force: true });
}
