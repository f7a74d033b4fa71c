/**
 * `npm run import -- [options] FILE...`: argument parsing and file I/O around `convertPage`.
 * Written paths go to stdout, one a line; notes and errors go to stderr, each naming its input.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleDate } from '../model/dates.ts';
import { contentRootFor, defaultOutDir } from './content-root.ts';
import { convertPage, DEFAULT_SECTION, type ConvertOptions } from './convert.ts';
import { indexArticles, type DuplicateIndex, type Story } from './duplicates.ts';
import { ImportError } from './errors.ts';
import { readSources, unknownSourceMessage } from './sources.ts';
import { chooseTarget, fileInTheWay, type Target } from './target.ts';
import { decodeInput } from './text.ts';
import { TargetExistsError, writeFileAtomic } from './write.ts';

const USAGE = `Usage: npm run import -- [options] FILE...

Turns pasted wire copy (Yonhap, AP, plain text) or a saved article page (.html) into
DIR/YYYY/<slug>.md and prints each path written. "-" reads standard input. When that file
holds another story with the same headline, the article goes to <slug>-2.md (-3, ...).

Options:
  --out DIR          where articles go (default: ${defaultOutDir()})
  --source ID        the source, when the page does not show it or shows it wrongly
  --date YYYY-MM-DD  the date, when the page does not show it (an ISO date-time also works)
  --section NAME     the section (default: the page's own, else "${DEFAULT_SECTION}")
  --force            import a story already in the archive: replace the file that holds it,
                     or, when the copy is elsewhere, write this one beside it
  --dry-run          check and show the article, write nothing
  -h, --help         show this help`;

const OPTIONS = {
  out: { type: 'string' },
  source: { type: 'string' },
  date: { type: 'string' },
  section: { type: 'string' },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const say = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Runs the importer; resolves to the exit code. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    warn(`import: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals: inputs } = args;
  if (values.help) {
    say(USAGE);
    return 0;
  }
  if (!inputs.length) {
    warn(`import: name at least one file to import, or - for standard input\n\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !parseArticleDate(values.date)) {
    warn(`import: --date "${values.date}" is not a real date; write it as YYYY-MM-DD, like 2016-01-20`);
    return 2;
  }

  const outDir = values.out ?? defaultOutDir();
  const outProblem = await outDirProblem(outDir, values.out !== undefined);
  if (outProblem) {
    warn(`import: ${outProblem}`);
    return 2;
  }
  const root = contentRootFor(outDir);
  const sources = await readSources(root);
  if (values.source !== undefined && !sources.some((s) => s.id === values.source)) {
    warn(`import: ${unknownSourceMessage(values.source, sources, root)}`);
    return 2;
  }
  const options: ConvertOptions = { source: values.source, date: values.date, section: values.section };
  const archive = await indexArticles([join(root, 'articles'), outDir]);

  // What a dry run would have written: a later input must not take those names. (A real run's files are on disk.)
  const planned = new Map<string, Story>();
  let failures = 0;
  for (const input of inputs) {
    const name = input === '-' ? 'stdin' : input;
    try {
      const article = convertPage(decodeInput(await readInput(input)), input === '-' ? '' : input, options, sources, root);
      const natural = join(outDir, article.path);
      const place = () => placeArticle(natural, article, archive, planned, values.force);
      let target = await place();
      if (values['dry-run']) {
        warn(`${name}: dry run, nothing written; ${target.path} would hold:\n${article.text}`);
      } else {
        for (let tries = 1; ; tries++) {
          try {
            // Only a file holding this same story is ever replaced.
            await writeFileAtomic(target.path, article.text, { overwrite: Boolean(target.duplicate) });
            break;
          } catch (error) {
            // Another file took the name between the check and the write: choose again.
            if (!(error instanceof TargetExistsError) || tries === 3) throw error;
            target = await place();
          }
        }
      }
      const notes = target.path === natural ? article.notes : [...article.notes, `${natural} holds another story with the same headline; this one went to ${target.path}`];
      for (const note of notes) warn(`${name}: ${note}`);
      archive.add(target.path, article);
      if (values['dry-run']) planned.set(target.path, { data: article.data, body: article.body });
      say(target.path);
    } catch (error) {
      failures++;
      warn(`${name}: ${describeFailure(error)}`);
    }
  }
  return failures ? 1 : 0;
}

/**
 * The file for an article: its own name, or a free `-2`, `-3` one when the name holds another
 * story. Without `force`, an article already in the archive is refused, naming the file.
 */
async function placeArticle(path: string, story: Story, archive: DuplicateIndex, planned: ReadonlyMap<string, Story>, force: boolean): Promise<Target> {
  const target = await chooseTarget(path, story, planned);
  const copy = force ? undefined : (target.duplicate ?? archive.find(story));
  if (copy) {
    const forced = target.duplicate ? 'pass --force to replace it with this one' : 'pass --force to import this one as well';
    throw new ImportError(`already in the archive as ${copy.file} (${copy.reason}); nothing written. Edit that file, or ${forced}`);
  }
  return target;
}

/** Why articles cannot go under `outDir` (it, or a folder above it, is a file), or `undefined`. */
async function outDirProblem(outDir: string, given: boolean): Promise<string | undefined> {
  const yearFolder = join(outDir, '2000');
  const file = await fileInTheWay(yearFolder);
  if (!file) return undefined;
  const named = given ? `--out ${outDir}` : `${outDir} (where articles go without --out)`;
  return file === dirname(yearFolder)
    ? `${named} is a file, not a folder; pass the folder that holds the year folders, like ${defaultOutDir()}`
    : `${named} cannot be made: ${file} is a file, not a folder; move or rename it, or pass another --out`;
}

function describeFailure(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error instanceof TargetExistsError) {
    return `${error.path} was created by something else while importing; nothing written. Run the import again`;
  }
  return `could not import: ${error instanceof Error ? error.message : String(error)}`;
}

/** The bytes of a file, or of standard input for `-`; read errors say what to check. */
async function readInput(input: string): Promise<Uint8Array> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such file; check the path and the spelling'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied; check that you may read the file'
      : code === 'EISDIR' ? 'this is a folder; name the files inside it'
      : `${(error as Error).message}; check the file`;
    throw new ImportError(`cannot read the input: ${why}`);
  }
}

process.exitCode = await main(process.argv.slice(2));
