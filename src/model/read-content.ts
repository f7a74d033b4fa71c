/**
 * Reading content files into validated data: the same code for the build's loader,
 * `check:content`, the sitemap and the importer, so all of them give one verdict on a file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { ALIASES_FILE, aliasesSchema, NO_ALIASES, type Aliases } from './aliases.ts';
import { articleSchema, type ArticleData } from './article.ts';
import { missingImages } from './body-images.ts';
import {
  ATOMIC_TEMP_NAME,
  listContentFiles,
  versionParts,
  type CollectionName,
  type ContentFile,
} from './content-files.ts';
import { FrontMatterError, parseYamlFields, readFrontMatter } from './front-matter.ts';
import { fieldIssues } from './issues.ts';
import {
  toArticleRecord,
  toVersionRecord,
  type ArticleRecord,
  type SourceRecord,
  type TopicRecord,
  type VersionRecord,
} from './records.ts';
import { sourceSchema, type Source } from './source.ts';
import { topicSchema, type Topic } from './topic.ts';
import { NO_SECTION_NAMES, SECTIONS_FILE, sectionsSchema, type SectionNames } from './translations.ts';
import { validateArticles, validateVersions, type ContentProblem } from './validate.ts';

/** One file read: its data when valid, its body (Markdown files), and its problems. */
export interface ReadFile<T> {
  data?: T;
  body: string;
  problems: ContentProblem[];
}

/** The text of a file's bytes, or the problem when they are not UTF-8 text. */
export function decodeContent(file: string, bytes: Uint8Array): { text?: string; problem?: ContentProblem } {
  const notText = {
    file,
    field: '(file)',
    message: 'is not a text file (binary or not UTF-8); content files are Markdown or YAML text saved as UTF-8',
  };
  if (bytes.includes(0)) return { problem: notText };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: notText };
  }
}

function validate<T>(
  schema: z.ZodType<T>,
  file: string,
  fields: Record<string, unknown>,
): Pick<ReadFile<T>, 'data' | 'problems'> {
  const result = schema.safeParse(fields);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: fieldIssues(result.error.issues, fields).map((issue) => ({ file, ...issue })) };
}

function frontMatterProblem(file: string, error: unknown, where: string): ContentProblem {
  if (error instanceof FrontMatterError) return { file, field: where, message: error.message };
  throw error;
}

/** A Markdown file with front matter, validated against `schema`. */
function readMarkdown<T>(schema: z.ZodType<T>, file: string, text: string, what: string): ReadFile<T> {
  let parsed;
  try {
    parsed = readFrontMatter(text);
  } catch (error) {
    return { body: '', problems: [frontMatterProblem(file, error, '(front matter)')] };
  }
  if (Object.keys(parsed.data).length === 0) {
    return {
      body: parsed.body,
      problems: [
        {
          file,
          field: '(front matter)',
          message: `has no front matter; start the file with a --- line, the ${what} fields, and another --- line`,
        },
      ],
    };
  }
  return { body: parsed.body, ...validate(schema, file, parsed.data) };
}

/** An article file's front matter and body, checked against the article schema. */
export function readArticleText(file: string, text: string): ReadFile<ArticleData> {
  return readMarkdown(articleSchema, file, text, 'article (title, date, source, section)');
}

/** A topic file's front matter and body. */
export function readTopicText(file: string, text: string): ReadFile<Topic> {
  return readMarkdown(topicSchema, file, text, 'topic (title, description)');
}

/** A source's YAML file. */
export function readSourceText(file: string, text: string): ReadFile<Source> {
  try {
    return { body: '', ...validate(sourceSchema, file, parseYamlFields(text)) };
  } catch (error) {
    return { body: '', problems: [frontMatterProblem(file, error, '(file)')] };
  }
}

/** The alias file's text, checked: one name per person, place, organization or tag. */
export function readAliasesText(file: string, text: string): ReadFile<Aliases> {
  try {
    return { body: '', ...validate(aliasesSchema, file, parseYamlFields(text)) };
  } catch (error) {
    return { body: '', problems: [frontMatterProblem(file, error, '(file)')] };
  }
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The alias file of `contentDir`, `aliases.yaml`; none is no aliases. Problems come back with
 * the aliases left out, so the archive still reads as if every spelling were its own name.
 */
export async function readAliasesFile(contentDir: string): Promise<{ aliases: Aliases; problems: ContentProblem[] }> {
  const file = join(contentDir, ALIASES_FILE);
  if (!(await isFile(file))) {
    const misnamed = join(contentDir, 'aliases.yml');
    if (!(await isFile(misnamed))) return { aliases: NO_ALIASES, problems: [] };
    return {
      aliases: NO_ALIASES,
      problems: [
        { file: misnamed, field: '(file)', message: `the alias file is read only as ${ALIASES_FILE}; rename it` },
      ],
    };
  }
  const decoded = decodeContent(file, await readFile(file));
  if (decoded.problem) return { aliases: NO_ALIASES, problems: [decoded.problem] };
  const read = readAliasesText(file, decoded.text!);
  return { aliases: read.data ?? NO_ALIASES, problems: read.problems };
}

/** The sections file's text, checked: each section's name in other languages. */
export function readSectionsText(file: string, text: string): ReadFile<SectionNames> {
  try {
    return { body: '', ...validate(sectionsSchema, file, parseYamlFields(text)) };
  } catch (error) {
    return { body: '', problems: [frontMatterProblem(file, error, '(file)')] };
  }
}

/**
 * The sections file of `contentDir`, `sections.yaml` (docs/languages.md); none is no translated
 * section names. Problems come back with the names left out, so every section reads as written.
 */
export async function readSectionsFile(
  contentDir: string,
): Promise<{ sections: SectionNames; problems: ContentProblem[] }> {
  const file = join(contentDir, SECTIONS_FILE);
  if (!(await isFile(file))) {
    const misnamed = join(contentDir, 'sections.yml');
    if (!(await isFile(misnamed))) return { sections: NO_SECTION_NAMES, problems: [] };
    return {
      sections: NO_SECTION_NAMES,
      problems: [
        { file: misnamed, field: '(file)', message: `the sections file is read only as ${SECTIONS_FILE}; rename it` },
      ],
    };
  }
  const decoded = decodeContent(file, await readFile(file));
  if (decoded.problem) return { sections: NO_SECTION_NAMES, problems: [decoded.problem] };
  const read = readSectionsText(file, decoded.text!);
  return { sections: read.data ?? NO_SECTION_NAMES, problems: read.problems };
}

const READERS = {
  articles: readArticleText,
  versions: readArticleText,
  sources: readSourceText,
  topics: readTopicText,
};

/**
 * One content file's text as read from disk, or the problem when it is not UTF-8 text. Read
 * synchronously: a content file is a few kilobytes, and handing each to libuv's thread pool costs
 * several times the read itself.
 */
export function readContentText(entry: ContentFile): { text?: string; problem?: ContentProblem } {
  return decodeContent(entry.file, readFileSync(entry.file));
}

/** Checks the text of one content file against its collection's schema. */
export function checkContentText(entry: ContentFile, text: string): ReadFile<unknown> {
  return READERS[entry.collection](entry.file, text);
}

/** Reads and checks one content file from disk; `text` is the whole file as read. */
export async function readContentFile(entry: ContentFile): Promise<ReadFile<unknown> & { text: string }> {
  const decoded = readContentText(entry);
  if (decoded.problem) return { body: '', problems: [decoded.problem], text: '' };
  return { ...checkContentText(entry, decoded.text!), text: decoded.text! };
}

/** Everything a content folder holds, read and checked file by file (not yet against each other). */
export interface ContentFolder {
  articles: ArticleRecord[];
  /** Stories' earlier versions, by id. */
  versions: VersionRecord[];
  sources: SourceRecord[];
  topics: TopicRecord[];
  /** Ids of every source and topic file, valid or not, so one broken source is one problem. */
  sourceIds: Set<string>;
  topicIds: Set<string>;
  /** The alias file's names and spellings (none when there is no file, or it has problems). */
  aliases: Aliases;
  /** The sections file's names in other languages (none when there is no file, or it has problems). */
  sectionNames: SectionNames;
  problems: ContentProblem[];
  counts: Record<CollectionName, number>;
  /** Article and version bodies by id, when asked for (`bodies: true`). */
  bodies: Map<string, string>;
}

// Files read between two turns of the event loop, so a long read does not hold up timers and I/O (a dev server's).
const READ_BATCH = 64;

/** Calls `read` on each of `files` in turn, and yields the results in the files' order. */
async function* inTurn<T>(
  files: readonly ContentFile[],
  read: (entry: ContentFile) => T | Promise<T>,
): AsyncGenerator<{ entry: ContentFile; result: T }> {
  for (const [i, entry] of files.entries()) {
    if (i > 0 && i % READ_BATCH === 0) await new Promise((resume) => setImmediate(resume));
    yield { entry, result: await read(entry) };
  }
}

/** Reads and checks `files` (readContentFile), in their order. */
export function readContentFiles(files: readonly ContentFile[]) {
  return inTurn(files, readContentFile);
}

/** Reads the text of `files` (readContentText), in their order, for a reader that checks them itself. */
export function readContentTexts(files: readonly ContentFile[]) {
  return inTurn(files, readContentText);
}

async function readCollection(contentDir: string, collection: CollectionName) {
  const { files, problems, unfinished } = await listContentFiles(contentDir, collection);
  const read: { entry: ContentFile; result: ReadFile<unknown>; text: string }[] = [];
  for await (const { entry, result } of readContentFiles(files)) read.push({ entry, result, text: result.text });
  for (const { result } of read) problems.push(...result.problems);
  return { files, read, problems, unfinished };
}

/** A temporary file an import left when it was stopped mid-write, and what to do with it. */
export function unfinishedWriteProblem(file: string): ContentProblem {
  const target = ATOMIC_TEMP_NAME.exec(basename(file))?.[1] ?? 'an article';
  return {
    file,
    field: '(file)',
    message: `is the unfinished write of ${target} that an import left when it was stopped (killed, or the disk was full); ${target} itself is whole (written before, or not at all). If no import is running, delete this file`,
  };
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What a filing stopped half-way leaves among a story's versions (src/importer/archive/versions.ts
 * writes and renumbers them a step at a time): numbers that skip one, and a version whose text is
 * the story's own or another version's. `stories` and `versions` are the files as read, by id.
 */
export function versionFilingProblems(
  stories: readonly { entry: ContentFile; text: string }[],
  versions: readonly { entry: ContentFile; text: string }[],
  articlesDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byStory = new Map<string, { entry: ContentFile; text: string; number: number }[]>();
  for (const version of versions) {
    const parts = versionParts(version.entry.id);
    if (parts)
      byStory.set(parts.articleId, [...(byStory.get(parts.articleId) ?? []), { ...version, number: parts.number }]);
  }
  const storyText = new Map(
    stories
      .filter(({ entry }) => byStory.has(entry.id))
      .map(({ entry, text }) => [entry.id, { file: entry.file, digest: digestOf(text) }]),
  );
  for (const [articleId, list] of byStory) {
    list.sort((a, b) => a.number - b.number);
    const numbers = list.map((v) => v.number);
    const missing = Array.from({ length: numbers.at(-1)! }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
    if (missing.length) {
      problems.push({
        file: join(articlesDir, articleId, 'versions'),
        field: '(file name)',
        message: `holds versions ${numbers.join(', ')} but no ${missing.join(', ')}, as when a filing is stopped half-way; rename them so they are numbered from 1 without gaps, in time order (1.md the earliest)`,
      });
    }
    const story = storyText.get(articleId);
    const seen = new Map<string, string>();
    for (const version of list) {
      const digest = digestOf(version.text);
      if (story?.digest === digest) {
        problems.push({
          file: version.entry.file,
          field: '(file)',
          message: `has the same text as its story ${story.file}, as when filing a new version is stopped after the story was kept and before the new one was written; delete this file, then import the new version again`,
        });
      } else if (seen.has(digest)) {
        problems.push({
          file: version.entry.file,
          field: '(file)',
          message: `has the same text as ${seen.get(digest)}, another version of this story, as when renumbering is stopped half-way; delete one of them, then number the versions from 1 without gaps`,
        });
      } else seen.set(digest, version.entry.file);
    }
  }
  return problems;
}

/** Reads every source, topic and article of `contentDir`; article bodies are kept only with `bodies`. */
export async function readContentFolder(
  contentDir: string,
  options: { bodies?: boolean } = {},
): Promise<ContentFolder> {
  const [articles, versions, sources, topics, aliases, sections] = await Promise.all([
    readCollection(contentDir, 'articles'),
    readCollection(contentDir, 'versions'),
    readCollection(contentDir, 'sources'),
    readCollection(contentDir, 'topics'),
    readAliasesFile(contentDir),
    readSectionsFile(contentDir),
  ]);
  const valid = <T>(list: typeof articles.read) =>
    list
      .filter(({ result }) => result.data !== undefined)
      .map(({ entry, result }) => ({ entry, data: result.data as T }));
  return {
    articles: valid<ArticleData>(articles.read).map(({ entry, data }) =>
      toArticleRecord({ id: entry.id, filePath: entry.file, data }, contentDir),
    ),
    versions: valid<ArticleData>(versions.read).map(({ entry, data }) =>
      toVersionRecord({ id: entry.id, filePath: entry.file, data }, contentDir),
    ),
    sources: valid<Source>(sources.read).map(({ entry, data }) => ({ id: entry.id, data })),
    topics: valid<Topic>(topics.read).map(({ entry, data }) => ({ id: entry.id, data })),
    sourceIds: new Set(sources.files.map((f) => f.id)),
    topicIds: new Set(topics.files.map((f) => f.id)),
    aliases: aliases.aliases,
    sectionNames: sections.sections,
    problems: [
      ...sources.problems,
      ...topics.problems,
      ...articles.problems,
      ...versions.problems,
      ...aliases.problems,
      ...sections.problems,
      ...[...articles.unfinished, ...sources.unfinished, ...topics.unfinished].map(unfinishedWriteProblem),
      ...versionFilingProblems(articles.read, versions.read, join(contentDir, 'articles')),
    ],
    counts: {
      articles: articles.files.length,
      versions: versions.files.length,
      sources: sources.files.length,
      topics: topics.files.length,
    },
    bodies: new Map(
      options.bodies ? [...articles.read, ...versions.read].map(({ entry, result }) => [entry.id, result.body]) : [],
    ),
  };
}

/**
 * Every problem the build would refuse the folder for, as `check:content` and the exporter report
 * them: each file's own, body images that are not there, and the checks across files. Needs the
 * folder read with `bodies: true`.
 */
export async function folderProblems(folder: ContentFolder): Promise<ContentProblem[]> {
  const problems = [...folder.problems];
  for (const text of [...folder.articles, ...folder.versions])
    problems.push(...(await missingImages(text.file, folder.bodies.get(text.id) ?? '')));
  problems.push(...validateArticles(folder.articles, folder.sourceIds, folder.topicIds));
  problems.push(...validateVersions(folder.versions, folder.articles, folder.sourceIds, folder.topicIds));
  return problems;
}
