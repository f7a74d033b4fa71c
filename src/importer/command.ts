/**
 * `npm run import -- [options] FILE...` as a function of its arguments: parses them, prints the
 * usage, checks what can be checked without the archive, and hands the rest to runImport. Apart
 * from cli.ts, which binds it to the process, so tests run the command in-process.
 */
import { parseArgs } from 'node:util';
import { parseArticleDate } from '../model/dates.ts';
import { defaultOutDir } from './archive/content-root.ts';
import { DEFAULT_SECTION } from './article/convert.ts';
import { runImport, type ImportIo } from './run.ts';

/** The command's help, with the default `--out` for `env`. */
function usage(env: NodeJS.ProcessEnv): string {
  return `Usage: npm run import -- [options] FILE...

Each FILE ("-" reads standard input) holds one article or many; the format is found from the
content. One article: pasted wire copy (Yonhap, AP, plain text) or a saved article page (.html).
Many: a WordPress export (WXR), RSS 2.0, Atom 1.0, JSON Feed 1.1, IPTC ninjs or
NewsML-G2. Each article goes to DIR/YYYY/<slug>.md and its path is printed; when that file holds
another story with the same headline, it goes to <slug>-2.md (-3, ...).

An update of a story already in the archive (its originalUrl, or its source, day and headline
with labels such as (LEAD) or UPDATE taken off, and the same opening) is filed as a version: a
later one becomes the story's file, the one it replaces kept as <slug>/versions/<n>.md; an earlier
one goes among the versions in time order. The story's path is printed. An article whose text is
already in the archive is left alone. The summary on stderr counts every item: N imported,
V filed as versions of stored stories (when any), M already in the archive, K drafts, F failed.

Options:
  --out DIR          where articles go (default: ${defaultOutDir(env)})
  --source ID        the source, when the page does not show it or shows it wrongly
  --date YYYY-MM-DD  the date, when the page does not show it (an ISO date-time also works);
                     for items of a feed or export it only fills a missing date
  --section NAME     the section (default: the page's own or its first category, else "${DEFAULT_SECTION}")
  --map FILE         YAML: sections, topics, authors and names to apply (see docs/importing.md)
  --report FILE      write one JSON line per item: input, position, title, outcome, path or reason
  --force            write an article whose text is already in the archive over the file that
                     holds it (a story's current file or one of its versions)
  --dry-run          check and show the articles and versions, write nothing (the report is still written)
  -h, --help         show this help

Exit status: 0 when every item was imported, filed as a version or already in the archive,
1 when any failed (the others are still written), 2 for a usage error.`;
}

const OPTIONS = {
  out: { type: 'string' },
  source: { type: 'string' },
  date: { type: 'string' },
  section: { type: 'string' },
  map: { type: 'string' },
  report: { type: 'string' },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs the import command with `argv` (the arguments after the script); resolves to the exit code. */
export async function importCommand(argv: readonly string[], io: ImportIo): Promise<number> {
  const say = (line: string) => void io.stdout.write(`${line}\n`);
  const warn = (line: string) => void io.stderr.write(`${line}\n`);
  let args;
  try {
    args = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    warn(`import: ${(error as Error).message}\n\n${usage(io.env)}`);
    return 2;
  }
  const { values, positionals: inputs } = args;
  if (values.help) {
    say(usage(io.env));
    return 0;
  }
  if (!inputs.length) {
    warn(`import: name at least one file to import, or - for standard input\n\n${usage(io.env)}`);
    return 2;
  }
  if (values.date !== undefined && !parseArticleDate(values.date)) {
    warn(`import: --date "${values.date}" is not a real date; write it as YYYY-MM-DD, like 2016-01-20`);
    return 2;
  }
  if (values.out !== undefined && !values.out.trim()) {
    warn(`import: --out is empty; pass the folder that holds the year folders, like ${defaultOutDir(io.env)}`);
    return 2;
  }
  const { out, source, date, section, map, report, force } = values;
  return runImport({ inputs, out, source, date, section, map, report, force, dryRun: values['dry-run'] }, io);
}
