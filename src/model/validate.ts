import type { ArticleRecord } from './records.ts';

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

const list = (ids: Iterable<string>) => [...ids].sort().map((id) => `"${id}"`).join(', ') || '(none)';

/**
 * Checks what a single file's schema cannot: that referenced sources and topics exist, that an
 * article sits in the folder of its year, and that no two articles would share a URL.
 */
export function validateArticles(
  articles: readonly ArticleRecord[],
  sourceIds: ReadonlySet<string>,
  topicIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byUrl = new Map<string, ArticleRecord>();
  for (const article of articles) {
    const { data, file } = article;
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
    const folderYear = /(?:^|\/)(\d{4})\//.exec(article.id)?.[1];
    if (folderYear !== undefined && Number(folderYear) !== article.year) {
      problems.push({
        file,
        field: 'date',
        message: `the date is in ${article.year} but the file is in the ${folderYear}/ folder; move it to articles/${article.year}/ or correct the date`,
      });
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
