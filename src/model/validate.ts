import type { ArticleData } from './article.ts';
import { filedAt, type ArticleRecord, type VersionRecord } from './records.ts';

/** A problem an editor must fix, in the form `file: field: problem`. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Formats a problem as one line. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

const list = (ids: Iterable<string>) =>
  [...ids]
    .sort()
    .map((id) => `"${id}"`)
    .join(', ') || '(none)';

/** Problems with the sources and topics an article or version names. */
function referenceProblems(
  file: string,
  data: ArticleData,
  sourceIds: ReadonlySet<string>,
  topicIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!sourceIds.has(data.source)) {
    problems.push({
      file,
      field: 'source',
      message: `unknown source "${data.source}"; use one of ${list(sourceIds)} or add sources/${data.source}.yaml`,
    });
  }
  data.topics.forEach((topic, i) => {
    if (!topicIds.has(topic)) {
      problems.push({
        file,
        field: `topics[${i}]`,
        message: `unknown topic "${topic}"; use one of ${list(topicIds)} or add topics/${topic}.md`,
      });
    }
  });
  return problems;
}

/**
 * Checks what a single file's schema cannot: that referenced sources and topics exist, that an
 * article sits in the folder of its year, that no two articles would share a URL, and that no two
 * share a translation key in one language.
 */
export function validateArticles(
  articles: readonly ArticleRecord[],
  sourceIds: ReadonlySet<string>,
  topicIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byUrl = new Map<string, ArticleRecord>();
  const byTranslation = new Map<string, ArticleRecord>();
  // In the order of their files' paths, whatever order they were read in: the build and check:content name the same file of a pair first.
  const inFileOrder = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const article of inFileOrder) {
    const { data, file } = article;
    problems.push(...referenceProblems(file, data, sourceIds, topicIds));
    const folderYear = /(?:^|\/)(\d{4})\//.exec(article.id)?.[1];
    if (folderYear !== undefined && Number(folderYear) !== article.year) {
      problems.push({
        file,
        field: 'date',
        message: `the date is in ${article.year} but the file is in the ${folderYear}/ folder; move it to articles/${article.year}/ or correct the date`,
      });
    }
    if (data.translationKey !== undefined) {
      const translationKey = `${data.translationKey}\u0000${data.language}`;
      const same = byTranslation.get(translationKey);
      if (same) {
        problems.push({
          file,
          field: 'translationKey',
          message: `"${data.translationKey}" is also the key of ${same.file}, in the same language ("${data.language}"); a key joins one story's versions in different languages, so give one of them another key or correct its language`,
        });
      } else byTranslation.set(translationKey, article);
    }
    const key = `${article.year}/${article.month}/${article.day}/${article.slug}`;
    const other = byUrl.get(key);
    if (other) {
      problems.push({
        file,
        field: 'date',
        message: `would be published at the same URL as ${other.file} (same day, same slug "${article.slug}"); rename one of the two files`,
      });
    } else {
      byUrl.set(key, article);
    }
  }
  return problems;
}

/**
 * Checks a story's earlier versions against the archive: each has its current article (the
 * story's own file), names real sources and topics, and was filed no later than that article's latest time.
 */
export function validateVersions(
  versions: readonly VersionRecord[],
  articles: readonly ArticleRecord[],
  sourceIds: ReadonlySet<string>,
  topicIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const version of versions) {
    const { data, file } = version;
    const current = byId.get(version.articleId);
    if (!current) {
      problems.push({
        file,
        field: '(file name)',
        message: `is an earlier version of articles/${version.articleId}.md, which does not exist; restore that article, or move this version there as the current one`,
      });
    } else if (version.filed.epoch > (filedAt(current.data)?.epoch ?? Infinity)) {
      problems.push({
        file,
        field: data.updated === undefined ? 'date' : 'updated',
        message: `this earlier version is dated after the current article ${current.file} (${current.data.updated ?? current.data.date}); correct the date, or make this version the current article`,
      });
    }
    problems.push(...referenceProblems(file, data, sourceIds, topicIds));
  }
  return problems;
}

/** Thrown when the content cannot be built; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content problems in the archive (${problems.length}), each to fix in its file:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // Astro prints an error's stack under its message; for an editor's mistake the message is all.
    this.stack = `${this.name}: ${this.message}`;
  }
}
