/**
 * The sources an article may name, read from `sources/*.yaml` of the content root, and the
 * matching of what a page says about its outlet (agency, web address, site name) to one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listContentFiles } from '../model/content-files.ts';
import { parseYamlFields } from '../model/front-matter.ts';
import { slugify } from '../model/slugs.ts';
import type { KnownSource } from './types.ts';

/** The sources in `root/sources/`, sorted by id, found as the build finds them; an unreadable file still counts by its id. */
export async function readSources(root: string): Promise<KnownSource[]> {
  const { files } = await listContentFiles(root, 'sources');
  return Promise.all(
    files.map(async ({ id, file }) => {
      try {
        const data = parseYamlFields(await readFile(file, 'utf8'));
        const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
        return { id, name: text(data.name), shortName: text(data.shortName), url: text(data.url) };
      } catch {
        // A broken source file is for `npm run check:content` to report; its id is still known.
        return { id };
      }
    }),
  );
}

/** `"ap", "yonhap"`, for messages. */
export function listIds(sources: readonly KnownSource[]): string {
  return sources.map((s) => `"${s.id}"`).join(', ') || '(none)';
}

/** The message for a source id the archive does not have; `origin` says where the id came from. */
export function unknownSourceMessage(id: string, sources: readonly KnownSource[], root: string, origin = ''): string {
  const choices = sources.length
    ? `use --source with one of ${listIds(sources)}`
    : `there are no sources in ${join(root, 'sources')}/`;
  return `unknown source "${id}"${origin}; ${choices}, or add ${join(root, 'sources', `${id}.yaml`)}`;
}

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

/** The source named by a dateline's agency: `(Yonhap)` → `yonhap`, `(AP)` → `ap`. */
export function sourceForAgency(agency: string, sources: readonly KnownSource[]): string | undefined {
  const id = slugify(agency);
  const lower = agency.toLowerCase();
  return sources.find((s) => s.id === id || [s.name, s.shortName].some((n) => n?.toLowerCase() === lower))?.id;
}

/** The source whose web address hosts `url` (`en.yna.co.kr` is under `yna.co.kr`). */
export function sourceForUrl(url: string, sources: readonly KnownSource[]): string | undefined {
  const page = host(url);
  if (!page) return undefined;
  return sources.find((s) => {
    const own = host(s.url);
    return own !== undefined && (page === own || page.endsWith(`.${own}`) || own.endsWith(`.${page}`));
  })?.id;
}

/** The source with this name (`Yonhap News Agency`, or its short name), ignoring case. */
export function sourceForName(name: string, sources: readonly KnownSource[]): string | undefined {
  const lower = name.trim().toLowerCase();
  return sources.find((s) => [s.name, s.shortName].some((n) => n?.toLowerCase() === lower))?.id;
}
