import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

/** Parses built HTML into a document to query like a browser would. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export async function listFiles(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Text of each element matching `selector`, trimmed. */
export function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}
