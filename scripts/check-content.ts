/**
 * `npm run check:content [DIR]`: validates a content folder (DIR, else CONTENT_DIR, else
 * `content`) without an Astro build, and prints one `file: field: problem` line per problem.
 * It reads and checks with the same model code as the build's loader (src/model/), so the two
 * give the same verdict on every file.
 */
import { stat } from 'node:fs/promises';
import { plural } from '../src/i18n/plural.ts';
import { folderProblems, readContentFolder } from '../src/model/read-content.ts';
import { formatProblem } from '../src/model/validate.ts';
import { contentDirFrom } from '../src/config/site.ts';

/** What a check found: the problems, and how many files of each kind it read. */
export interface ContentCheck {
  /** One `file: field: problem` line each. */
  problems: string[];
  counts: { articles: number; versions: number; sources: number; topics: number };
}

/** Checks every source, topic and article in `dir`. */
export async function checkContent(dir: string): Promise<ContentCheck> {
  if (
    !(await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    return {
      problems: [
        `${dir}: (folder): no such folder; pass the folder holding articles/, sources/ and topics/, or set CONTENT_DIR`,
      ],
      counts: { articles: 0, versions: 0, sources: 0, topics: 0 },
    };
  }
  const folder = await readContentFolder(dir, { bodies: true });
  return { problems: (await folderProblems(folder)).map(formatProblem), counts: folder.counts };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? contentDirFrom();
  const { problems, counts } = await checkContent(dir);
  for (const line of problems) process.stdout.write(`${line}\n`);
  const versions = counts.versions ? ` (and ${plural(counts.versions, 'earlier version')})` : '';
  const summary = `${counts.articles} articles${versions}, ${counts.sources} sources, ${counts.topics} topics in ${dir}/`;
  process.stderr.write(
    problems.length
      ? `${plural(problems.length, 'problem')} (${summary}); fix them and run npm run check:content again\n`
      : `No problems: ${summary}\n`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
