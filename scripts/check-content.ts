/**
 * `npm run check:content [DIR]`: validates a content folder (DIR, else CONTENT_DIR, else
 * `content`) with the schemas and cross-checks the build uses, without an Astro build, and
 * prints one `file: field: problem` line per problem. YAML is read with the core schema, so an
 * unquoted impossible date such as `2016-02-31` is reported instead of rolled into March, and an
 * unquoted date-time, which the build's YAML reader turns into UTC, is reported as the build does.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { readFrontMatter, type UnquotedDateTime } from '../src/importer/front-matter.ts';
import { toArticleRecord, type ArticleRecord } from '../src/lib/records.ts';
import { formatProblem, validateArticles } from '../src/lib/validate.ts';
import { articleSchema } from '../src/schema/article.ts';
import { formatIssues } from '../src/schema/errors.ts';
import { sourceSchema } from '../src/schema/source.ts';
import { topicSchema } from '../src/schema/topic.ts';

/** What a check found: the problems, and how many files of each kind it read. */
export interface ContentCheck {
  /** One `file: field: problem` line each. */
  problems: string[];
  counts: { articles: number; sources: number; topics: number };
}

/** Files under `dir` whose names match, as the content loader's globs find them: case-sensitive, hidden files skipped. */
async function listFiles(dir: string, pattern: RegExp, recursive: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Schema issues as lines; a misspelt top-level field is named as the field. */
function issueLines(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [line] = formatIssues([issue]);
    const field = issue.code === 'unrecognized_keys' && issue.path.length === 0 ? `${issue.keys.join(', ')}: ` : '';
    return `${file}: ${field}${line}`;
  });
}

/** The article fields that hold dates: where the build rejects an unquoted date-time, its time zone lost. */
const DATE_FIELD = /^(?:date|updated|corrections\[\d+\]\.date)$/;

/** The date fields written as unquoted date-times, each with its `file: field: problem` line. */
function unquotedDateProblems(file: string, found: readonly UnquotedDateTime[]): { path: string; line: string }[] {
  return found
    .filter(({ path }) => DATE_FIELD.test(path))
    .map(({ path, text }) => ({
      path,
      line: `${file}: ${path}: write the date in quotes ("${text}"); unquoted, YAML converts it to UTC and the time zone is lost`,
    }));
}

function yamlProblem(file: string, where: string, error: unknown): string {
  const e = error as { reason?: string; mark?: { line: number }; message: string };
  const at = e.mark ? ` on line ${e.mark.line + 1}` : '';
  return `${file}: ${where}: the YAML does not parse${at}: ${e.reason ?? e.message}`;
}

/** Checks every source, topic and article in `dir`. */
export async function checkContent(dir: string): Promise<ContentCheck> {
  const problems: string[] = [];
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    return {
      problems: [`${dir}: (folder): no such folder; pass the folder holding articles/, sources/ and topics/, or set CONTENT_DIR`],
      counts: { articles: 0, sources: 0, topics: 0 },
    };
  }

  // A file that exists counts as known even when invalid, so one broken source is one problem, not one per article.
  const sourceFiles = await listFiles(join(dir, 'sources'), /\.ya?ml$/, false);
  for (const name of sourceFiles) {
    const file = join(dir, 'sources', name);
    try {
      const result = sourceSchema.safeParse(load(await readFile(file, 'utf8'), { schema: CORE_SCHEMA }) ?? {});
      if (!result.success) problems.push(...issueLines(file, result.error.issues));
    } catch (error) {
      problems.push(yamlProblem(file, '(file)', error));
    }
  }

  const topicFiles = await listFiles(join(dir, 'topics'), /\.md$/, false);
  for (const name of topicFiles) {
    const file = join(dir, 'topics', name);
    try {
      const result = topicSchema.safeParse(readFrontMatter(await readFile(file, 'utf8')).data);
      if (!result.success) problems.push(...issueLines(file, result.error.issues));
    } catch (error) {
      problems.push(yamlProblem(file, '(front matter)', error));
    }
  }

  const articleFiles = await listFiles(join(dir, 'articles'), /\.md$/, true);
  const records: ArticleRecord[] = [];
  for (const name of articleFiles) {
    const file = join(dir, 'articles', name);
    try {
      const { data, unquotedDateTimes } = readFrontMatter(await readFile(file, 'utf8'));
      const unquoted = unquotedDateProblems(file, unquotedDateTimes);
      problems.push(...unquoted.map((u) => u.line));
      const result = articleSchema.safeParse(data);
      // The build reports only the missing quotes for such a field, so other issues with it are not repeated.
      const elsewhere = (issue: z.core.$ZodIssue) => !unquoted.some((u) => formatIssues([issue])[0]!.startsWith(`${u.path}: `));
      if (!result.success) problems.push(...issueLines(file, result.error.issues.filter(elsewhere)));
      else records.push(toArticleRecord({ id: name.replace(/\.md$/i, ''), filePath: file, data: result.data }, dir));
    } catch (error) {
      problems.push(yamlProblem(file, '(front matter)', error));
    }
  }

  const ids = (files: string[]) => new Set(files.map((f) => f.replace(/\.(md|ya?ml)$/i, '')));
  problems.push(...validateArticles(records, ids(sourceFiles), ids(topicFiles)).map(formatProblem));
  return { problems, counts: { articles: articleFiles.length, sources: sourceFiles.length, topics: topicFiles.length } };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? (process.env.CONTENT_DIR || 'content');
  const { problems, counts } = await checkContent(dir);
  for (const line of problems) process.stdout.write(`${line}\n`);
  const summary = `${counts.articles} articles, ${counts.sources} sources, ${counts.topics} topics in ${dir}/`;
  process.stderr.write(
    problems.length
      ? `${problems.length} problem${problems.length === 1 ? '' : 's'} (${summary}); fix them and run npm run check:content again\n`
      : `No problems: ${summary}\n`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
