/**
 * The stories already in the archive, each with its current file and its earlier versions, keyed
 * so a bulk import looks an article up instead of comparing it with every stored one: by identity
 * (`importId`), text digest and original URL (any version's), and by source and calendar day for
 * headlines. Built once per run from the article folders, then kept up to date as each article is
 * filed. Identity decides first: two articles with different identities are never one story.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { listCollectionFolder, versionParts } from '../../model/content-files.ts';
import { calendarDay, parseArticleDate } from '../../model/dates.ts';
import { readFrontMatter } from '../../model/front-matter.ts';
import type { Story } from './duplicates.ts';
import { ownText } from '../own-text.ts';
import {
  headlineDistance,
  headlineKey,
  isLabelledUpdate,
  textKey,
  urlKey,
  versionByHeadline,
  CLOSE_HEADLINE,
} from './story-match.ts';

/** One filed version of a stored story, as the index keeps it: its file and the keys it is found by. */
export interface FiledVersion {
  file: string;
  /** Its number under `versions/`, or 0 for the current version (the story's own file). */
  number: number;
  /** Its `date` as written, if it has a valid one. */
  date?: string | undefined;
  /** When it was filed (`updated ?? date`) as written, if valid. */
  filed?: string | undefined;
  source?: string | undefined;
  headline?: string | undefined;
  url?: string | undefined;
  digest?: string | undefined;
  /** The story's identity at its source (`importId`), if it has one. */
  identity?: string | undefined;
  /** Whether it says it is a take of a story (a wire label in its headline or `label`). */
  labelled: boolean;
  draft: boolean;
}

/** A stored story: its own file (the current version) and its earlier versions, by number. */
export interface StoredStory {
  file: string;
  current: FiledVersion;
  versions: FiledVersion[];
}

/** The index's keys of one version of a story, from its front matter and text. */
export function filedVersion(file: string, number: number, { data, body }: Story): FiledVersion {
  const date = typeof data.date === 'string' ? parseArticleDate(data.date)?.iso : undefined;
  const updated = typeof data.updated === 'string' ? parseArticleDate(data.updated)?.iso : undefined;
  return {
    file,
    number,
    date,
    filed: data.updated === undefined ? date : updated,
    source: ownText(typeof data.source === 'string' ? data.source : undefined),
    headline: ownText(headlineKey(data.title, data.label)),
    url: urlKey(data.originalUrl),
    digest: textKey(body),
    identity: ownText(typeof data.importId === 'string' && data.importId.trim() ? data.importId.trim() : undefined),
    labelled: isLabelledUpdate(data.title, data.label),
    draft: data.draft === true,
  };
}

/** What the index found for an article. */
export type StoryMatch =
  /**
   * It is already filed, as the story's current version or one of its earlier ones (`file`): the
   * same text, or the same story and filing time; `differs` when the archive's copy has been edited since.
   */
  | { kind: 'same'; story: StoredStory; file: string; reason: string; differs?: boolean }
  /** It is another version of the story. */
  | { kind: 'version'; story: StoredStory; reason: string };

/** Reads the Markdown body of a stored file, for comparing wording; `undefined` when it cannot be read. */
export type BodyReader = (file: string) => Promise<string | undefined>;

const dayKey = (source: string, iso: string) => `${source}\n${calendarDay(iso)}`;
const filedEpoch = (version: FiledVersion) =>
  version.filed === undefined ? undefined : parseArticleDate(version.filed)?.epoch;
const all = (story: StoredStory) => [story.current, ...story.versions];

/** An index of stored stories by text, original URL, and source and day. */
export class StoryIndex {
  readonly #byFile = new Map<string, StoredStory>();
  readonly #byText = new Map<string, { story: StoredStory; version: FiledVersion }[]>();
  readonly #byIdentity = new Map<string, StoredStory>();
  readonly #byUrl = new Map<string, StoredStory>();
  readonly #byDay = new Map<string, Set<StoredStory>>();

  /** Adds a story, or replaces what the index held for its file. */
  add(story: StoredStory): void {
    const old = this.#byFile.get(story.file);
    if (old) this.remove(old);
    this.#byFile.set(story.file, story);
    for (const version of all(story)) {
      if (version.digest)
        this.#byText.set(version.digest, [...(this.#byText.get(version.digest) ?? []), { story, version }]);
      if (version.identity && !this.#byIdentity.has(version.identity)) this.#byIdentity.set(version.identity, story);
      if (version.url && !this.#byUrl.has(version.url)) this.#byUrl.set(version.url, story);
      for (const key of this.#dayKeys(version)) {
        const stories = this.#byDay.get(key) ?? new Set();
        stories.add(story);
        this.#byDay.set(key, stories);
      }
    }
  }

  /** Takes a story out, before it is filed again under new numbers. */
  remove(story: StoredStory): void {
    if (this.#byFile.get(story.file) !== story) return;
    this.#byFile.delete(story.file);
    for (const version of all(story)) {
      const texts = version.digest ? this.#byText.get(version.digest)?.filter((t) => t.story !== story) : undefined;
      if (texts?.length) this.#byText.set(version.digest!, texts);
      else if (version.digest) this.#byText.delete(version.digest);
      if (version.identity && this.#byIdentity.get(version.identity) === story)
        this.#byIdentity.delete(version.identity);
      if (version.url && this.#byUrl.get(version.url) === story) this.#byUrl.delete(version.url);
      for (const key of this.#dayKeys(version)) this.#byDay.get(key)?.delete(story);
    }
  }

  /** The story whose current version is in `file`, if it is indexed. */
  story(file: string): StoredStory | undefined {
    return this.#byFile.get(file);
  }

  /**
   * What the archive already holds of this article. Identity first: a story with its `importId`
   * is that story, and the version filed at the same time is this article, even when an editor
   * has changed its text since. An article is never matched to a story whose identity differs
   * from its own. Then, where one side has no identity: the same text, unless the original URLs
   * differ; the same original URL; else a story of the same source and day whose headline, labels
   * aside, is the same or very close and whose text says it is the same story (read with `bodyOf`,
   * only for those few). A match filed at the same time is the same version, already in the archive.
   * A draft is matched only by identity or text: filed as a current version it would take a published story down.
   */
  async match(article: Story, bodyOf: BodyReader): Promise<StoryMatch | undefined> {
    const input = filedVersion('', 0, article);
    if (input.identity) {
      const story = this.#byIdentity.get(input.identity);
      if (story)
        return this.#sameOrVersion(
          story,
          input,
          `the same importId ${input.identity}`,
          (v) => v.identity === input.identity,
        );
    }
    // Stories that may be this one: with no identity of their own, or with this article's.
    const open = (story: StoredStory) =>
      !input.identity || all(story).every((v) => !v.identity || v.identity === input.identity);
    const same =
      input.digest &&
      this.#byText
        .get(input.digest)
        ?.find(({ story, version }) => open(story) && !(input.url && version.url && version.url !== input.url));
    if (same) return { kind: 'same', story: same.story, file: same.version.file, reason: 'the same text' };
    if (input.draft) return undefined;
    const byUrl = input.url && this.#byUrl.get(input.url);
    if (byUrl && open(byUrl))
      return this.#sameOrVersion(
        byUrl,
        input,
        `the same originalUrl ${String(article.data.originalUrl)}`,
        (v) => v.url === input.url,
      );
    if (!input.headline) return undefined;

    const candidates: { story: StoredStory; version: FiledVersion; apart: number; headline: string }[] = [];
    const seen = new Set<StoredStory>();
    for (const key of this.#dayKeys(input)) {
      for (const story of this.#byDay.get(key) ?? []) {
        if (seen.has(story) || !open(story)) continue;
        seen.add(story);
        for (const version of all(story)) {
          if (!version.headline) continue;
          const apart = headlineDistance(input.headline, version.headline);
          if (apart <= CLOSE_HEADLINE) candidates.push({ story, version, apart, headline: version.headline });
        }
      }
    }
    candidates.sort((a, b) => a.apart - b.apart);
    for (const { story, version, headline } of candidates) {
      const body = await bodyOf(version.file);
      if (body === undefined) continue;
      const reason = versionByHeadline(
        { headline: input.headline, body: article.body, labelled: input.labelled },
        { headline, body, labelled: version.labelled },
      );
      if (reason) return this.#sameOrVersion(story, input, reason, (v) => v === version);
    }
    return undefined;
  }

  /**
   * The story's version filed at the article's time, among those `chosen` (the ones the match was
   * made on), is the article already in the archive; otherwise the article is another version.
   */
  #sameOrVersion(
    story: StoredStory,
    input: FiledVersion,
    reason: string,
    chosen: (version: FiledVersion) => boolean,
  ): StoryMatch {
    const at = filedEpoch(input);
    const version = at === undefined ? undefined : all(story).find((v) => chosen(v) && filedEpoch(v) === at);
    if (!version) return { kind: 'version', story, reason };
    const differs = Boolean(input.digest && version.digest && input.digest !== version.digest);
    return {
      kind: 'same',
      story,
      file: version.file,
      reason: `${reason}, filed at the same time${differs ? "; the archive's copy has been edited since" : ''}`,
      differs,
    };
  }

  #dayKeys(version: FiledVersion): string[] {
    const { source, date, filed } = version;
    if (!source) return [];
    return [...new Set([date, filed].filter((d) => d !== undefined).map((d) => dayKey(source, d)))];
  }
}

/**
 * Indexes every story under the given article folders, as the build finds them: each article
 * with the versions in its folder (missing folders are skipped, and so are files that do not parse).
 */
export async function indexStories(dirs: readonly string[]): Promise<StoryIndex> {
  const index = new StoryIndex();
  // The archive's folder and --out are the same folder unless --out says otherwise: list it once.
  const folders = new Map<string, string>();
  for (const dir of dirs) if (!folders.has(resolve(dir))) folders.set(resolve(dir), dir);
  const seen = new Set<string>();
  for (const dir of folders.values()) {
    const versions = new Map<string, { number: number; file: string }[]>();
    for (const { id, file } of (await listCollectionFolder(dir, 'versions')).files) {
      const parts = versionParts(id)!;
      const list = versions.get(parts.articleId) ?? [];
      list.push({ number: parts.number, file });
      versions.set(parts.articleId, list);
    }
    for (const { id, file } of (await listCollectionFolder(dir, 'articles')).files) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      const current = await readStory(file);
      // A file that does not parse cannot be matched; `npm run check:content` reports it.
      if (!current) continue;
      const earlier: FiledVersion[] = [];
      for (const version of (versions.get(id) ?? []).sort((a, b) => a.number - b.number)) {
        // One that does not parse still holds its number, so no version is ever written over it.
        const story = await readStory(version.file);
        earlier.push(
          story
            ? filedVersion(version.file, version.number, story)
            : { file: version.file, number: version.number, labelled: false, draft: false },
        );
      }
      index.add({ file, current: filedVersion(file, 0, current), versions: earlier });
    }
  }
  return index;
}

async function readStory(file: string): Promise<Story | undefined> {
  try {
    return readFrontMatter(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
