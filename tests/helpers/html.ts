import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

/** Parses built HTML into a document to query like a browser would. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export async function listFiles(dir: string, ext: string): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of glob(`**/*${ext}`, { cwd: dir, withFileTypes: true })) {
    if (entry.isFile()) files.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return files.sort();
}

/** Text of each element matching `selector`, trimmed. */
export function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}
