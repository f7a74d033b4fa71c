/**
 * `npm run import -- [options] FILE...`: argument parsing and file I/O around `convertPage`.
 * Written paths go to stdout, one a line; notes and errors go to stderr, each naming its input.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleDate } from '../lib/dates.ts';
import { contentRootFor, defaultOutDir } from './content-root.ts';
import { convertPage, DEFAULT_SECTION, type ConvertOptions } from './convert.ts';
import { indexArticles } from './duplicates.ts';
import { ImportError } from './errors.ts';
import { readSources, unknownSourceMessage } from './sources.ts';
import { decodeInput } from './text.ts';
import { TargetExistsError, writeFileAtomic } from './write.ts';

const USAGE = `Usage: npm run import -- [options] FILE...

Turns pasted wire copy (Yonhap, AP, plain text) or a saved article page (.html) into
DIR/YYYY/<slug>.md and prints each path written. "-" reads standard input.

Options:
  --out DIR          where articles go (default: ${defaultOutDir()})
  --source ID        the source, when the page does not show it or shows it wrongly
  --date YYYY-MM-DD  the date, when the page does not show it (an ISO date-time also works)
  --section NAME     the section (default: the page's own, else "${DEFAULT_SECTION}")
  --force            replace an existing file, and import even when a copy is already in the archive
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
  const root = contentRootFor(outDir);
  const sources = await readSources(root);
  if (values.source !== undefined && !sources.some((s) => s.id === values.source)) {
    warn(`import: ${unknownSourceMessage(values.source, sources, root)}`);
    return 2;
  }
  const options: ConvertOptions = { source: values.source, date: values.date, section: values.section };
  const archive = await indexArticles([join(root, 'articles'), outDir]);

  let failures = 0;
  for (const input of inputs) {
    const name = input === '-' ? 'stdin' : input;
    try {
      const article = convertPage(decodeInput(await readInput(input)), input === '-' ? '' : input, options, sources, root);
      const target = join(outDir, article.path);
      if (!values.force) {
        if (existsSync(target)) throw new TargetExistsError(target);
        const copy = archive.find(article.data);
        if (copy) {
          throw new ImportError(
            `already in the archive as ${copy.file} (${copy.reason}); nothing written. Edit that file, or pass --force to import this one as well`,
          );
        }
      }
      if (values['dry-run']) {
        warn(`${name}: dry run, nothing written; ${target} would hold:\n${article.text}`);
      } else {
        await writeFileAtomic(target, article.text, { overwrite: values.force });
      }
      for (const note of article.notes) warn(`${name}: ${note}`);
      archive.add(target, article.data);
      say(target);
    } catch (error) {
      failures++;
      warn(`${name}: ${describeFailure(error)}`);
    }
  }
  return failures ? 1 : 0;
}

function describeFailure(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error instanceof TargetExistsError) {
    return `${error.path} already exists; nothing written. Pass --force to replace it, or move the existing file first`;
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
