/**
 * `npm run import -- [options] FILE...`: argument parsing and file I/O around the converter. Each
 * input holds one article or, for an export, feed or wire delivery, many; every item ends as
 * imported, filed as a version of a stored story, a draft, already in the archive, or failed,
 * counted in the summary and `--report`.
 * Written paths go to stdout, one a line; notes, errors and progress go to stderr, each naming its input.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { listContentFiles } from '../model/content-files.ts';
import { parseArticleDate } from '../model/dates.ts';
import { contentRootFor, defaultOutDir } from './content-root.ts';
import { plural } from '../lib/plural.ts';
import { convertPage, DEFAULT_SECTION, finishArticle, formatName, NO_SECTION_NOTE, type ConvertedArticle, type ConvertOptions } from './convert.ts';
import { ArchiveFiles } from './archive-files.ts';
import { ImportError } from './errors.ts';
import { ITEM_PARSERS } from './formats.ts';
import { openInput, type OpenedInput } from './input-text.ts';
import { MapError, parseImportMap, withArchiveAliases, type ImportMap } from './map.ts';
import type { KnownSource } from './page.ts';
import { createProgress, type Progress } from './progress.ts';
import { NO_REPORT, openReport, Tally, type Outcome, type ReportFile } from './report.ts';
import { readSources, unknownSourceMessage } from './sources.ts';
import { filedVersion, indexStories, type StoryIndex, type StoryMatch } from './story-index.ts';
import { chooseTarget, fileInTheWay, type Target } from './target.ts';
import { decodeInput } from './text.ts';
import { describeFiling, planRewrite, planVersion } from './versions.ts';
import { outDirWritable, TargetExistsError, WriteError } from './write.ts';

const USAGE = `Usage: npm run import -- [options] FILE...

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
  --out DIR          where articles go (default: ${defaultOutDir()})
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

const say = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

/** What every input of one run shares. */
interface Run {
  outDir: string;
  root: string;
  options: ConvertOptions;
  sources: readonly KnownSource[];
  archive: StoryIndex;
  /** The archive's files as this run has left them, written or (in a dry run) planned. */
  files: ArchiveFiles;
  force: boolean;
  dryRun: boolean;
  tally: Tally;
  report: ReportFile;
  progress: Progress;
  /** Items of the current many-article input filed under the default section: said once, not per item. */
  unsectioned: number;
}

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

  if (values.out !== undefined && !values.out.trim()) {
    warn(`import: --out is empty; pass the folder that holds the year folders, like ${defaultOutDir()}`);
    return 2;
  }
  const outDir = values.out ?? defaultOutDir();
  const outProblem = (await outDirProblem(outDir, values.out !== undefined)) ?? (values['dry-run'] ? undefined : await outDirWritable(outDir));
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
  let map: ImportMap | undefined;
  let report: ReportFile = NO_REPORT;
  const topics = (await listContentFiles(root, 'topics')).files.map((f) => f.id).sort();
  try {
    if (values.map !== undefined) map = await readMap(values.map, root, topics);
    map = await withArchiveAliases(map, root);
    if (values.report !== undefined) report = openReport(values.report, { force: values.force, inputs, contentRoot: [root, outDir] });
  } catch (error) {
    warn(`import: ${(error as Error).message}`);
    return 2;
  }

  const run: Run = {
    outDir,
    root,
    options: { source: values.source, date: values.date, section: values.section, map, topics },
    sources,
    archive: await indexStories([join(root, 'articles'), outDir]),
    files: new ArchiveFiles(values['dry-run']),
    force: values.force,
    dryRun: values['dry-run'],
    tally: new Tally(),
    unsectioned: 0,
    report,
    progress: createProgress({ stream: process.stderr }),
  };
  try {
    for (const input of inputs) await importInput(run, input);
  } finally {
    run.progress.stop();
    report.close();
  }
  warn(`import: ${run.tally.summary(run.dryRun)}`);
  return run.tally.counts.failed ? 1 : 0;
}

/** Reads and checks the `--map` file against the archive's topics; throws a MapError naming the file. */
async function readMap(file: string, root: string, topics: readonly string[]): Promise<ImportMap> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MapError(`--map ${file} cannot be read: ${code === 'ENOENT' ? 'there is no such file; check the path' : (error as Error).message}`);
  }
  return parseImportMap(text, file, topics, join(root, 'topics'));
}

/** Imports one input: a single page, or every item of an export, feed or delivery. */
async function importInput(run: Run, input: string): Promise<void> {
  const name = input === '-' ? 'stdin' : input;
  let opened: OpenedInput;
  try {
    opened = await openInput(input);
  } catch (error) {
    return fail(run, name, name, 'page', undefined, error);
  }
  if (opened.kind === 'page') {
    let text: string;
    try {
      text = decodeInput(opened.bytes);
    } catch (error) {
      return fail(run, name, name, 'page', undefined, error);
    }
    await importArticle(run, name, name, 'page', undefined, true, () => convertPage(text, input === '-' ? '' : input, run.options, run.sources, run.root));
    run.progress.update(0, run.tally);
    return;
  }

  const { format, text, size, bytesRead } = opened;
  const parser = ITEM_PARSERS[format];
  if (!parser) {
    const why = `this is a ${formatName(format)}, which this importer cannot read yet; nothing imported from it. Save the articles as single pages or as a JSON Feed, and import those`;
    return fail(run, name, name, 'the file', undefined, new ImportError(why));
  }
  run.progress.begin(name, size);
  run.unsectioned = 0;
  let items = 0;
  let last = 'the start';
  try {
    for await (const item of parser(text, { sources: run.sources })) {
      items++;
      last = item.position;
      const label = `${name} ${item.position}`;
      if ('error' in item.result) {
        fail(run, name, label, item.position, undefined, new ImportError(item.result.error));
      } else {
        const { page } = item.result;
        await importArticle(run, name, label, item.position, page.fields.title, false, () => finishArticle(page, run.options, run.sources, run.root));
      }
      run.progress.update(bytesRead(), run.tally);
    }
  } catch (error) {
    // A parser that stops part-way: the items before are kept, and the rest is one failure naming where.
    const where = items ? `after ${last}` : 'at the start';
    fail(run, name, `${name} ${where}`, where, undefined, new ImportError(`could not read further: ${describeFailure(error)}`));
    return;
  }
  if (!items) {
    fail(run, name, name, 'the file', undefined, new ImportError(`this ${formatName(format)} holds no items; nothing imported. Check that it is the export you meant`));
  }
  if (run.unsectioned) {
    run.progress.log(`${name}: ${plural(run.unsectioned, 'item')} had no section or category; filed under "${DEFAULT_SECTION}" (pass --section NAME, or give them categories and map those with --map)`);
  }
}

/**
 * Converts, places and writes one article, and accounts for it. An article whose text is
 * already in the archive is counted as such and left alone (so re-running an export imports
 * nothing twice and exits 0); another version of a stored story is filed as one of its versions;
 * anything else is written as a story of its own.
 */
async function importArticle(run: Run, input: string, label: string, position: string, title: string | undefined, single: boolean, convert: () => ConvertedArticle): Promise<void> {
  let article: ConvertedArticle;
  let target: Target;
  try {
    article = convert();
    title = article.data.title;
    const match = await run.archive.match(article, (file) => run.files.body(file));
    if (match?.kind === 'same' && !run.force) {
      const where = match.file === match.story.file ? match.file : `${match.file}, an earlier version of ${match.story.file}`;
      if (single) run.progress.log(`${label}: already in the archive as ${where} (${match.reason}); nothing written. Edit that file, or pass --force to write this one over it`);
      account(run, { input, position, title, outcome: 'duplicate', path: match.file, reason: `already in the archive (${match.reason})` });
      return;
    }
    if (match) return await fileVersion(run, { input, label, position, single }, article, match);

    const natural = join(run.outDir, article.path);
    const place = () => chooseTarget(natural, article, run.files.planned);
    target = await place();
    if (target.duplicate && !run.force) {
      // A file on the way holds it, which the index did not know of (written since the run began).
      account(run, { input, position, title, outcome: 'duplicate', path: target.duplicate.file, reason: `already in the archive (${target.duplicate.reason})` });
      if (single) run.progress.log(`${label}: already in the archive as ${target.duplicate.file} (${target.duplicate.reason}); nothing written`);
      return;
    }
    if (run.dryRun && single) run.progress.log(`${label}: dry run, nothing written; ${target.path} would hold:\n${article.text}`);
    for (let tries = 1; ; tries++) {
      try {
        // Only a file holding this same story is ever replaced.
        const written = await run.files.write(target.path, article.text, Boolean(target.duplicate), article);
        if (written) {
          // Another import running at the same time wrote this story there first.
          account(run, { input, position, title, outcome: 'duplicate', path: written.file, reason: `already in the archive (${written.reason})` });
          return;
        }
        break;
      } catch (error) {
        // Another file took the name between the check and the write: choose again.
        if (!(error instanceof TargetExistsError) || tries === 3) throw error;
        target = await place();
        if (target.duplicate && !run.force) throw error;
      }
    }
    const notes = ownNotes(run, article, single);
    if (target.path !== natural) notes.push(`${natural} holds another story with the same headline; this one went to ${target.path}`);
    for (const note of notes) run.progress.log(`${label}: ${note}`);
  } catch (error) {
    return fail(run, input, label, position, title, error);
  }
  const stored = run.archive.story(target.path);
  run.archive.add({ file: target.path, current: filedVersion(target.path, 0, article), versions: stored?.versions ?? [] });
  run.progress.print(target.path);
  account(run, { input, position, title, outcome: article.data.draft ? 'draft' : 'imported', path: target.path });
}

/** The converter's notes worth saying for this item: a many-article input says "no section" once, not per item. */
function ownNotes(run: Run, article: ConvertedArticle, single: boolean): string[] {
  const own = single ? article.notes : article.notes.filter((note) => note !== NO_SECTION_NOTE);
  if (own.length < article.notes.length) run.unsectioned++;
  return own;
}

/** Files an article as a version of a stored story (or, with --force, over the version holding its text), and accounts for it. */
async function fileVersion(run: Run, item: { input: string; label: string; position: string; single: boolean }, article: ConvertedArticle, match: StoryMatch): Promise<void> {
  const { story } = match;
  const filing = match.kind === 'same' ? planRewrite(story, match.file, article) : planVersion(story, await run.files.text(story.file), article);
  await run.files.file(filing);
  run.archive.add(filing.story);
  const said = `${describeFiling(filing, run.dryRun)} (${match.reason})`;
  for (const note of [...ownNotes(run, article, item.single), run.dryRun && item.single ? `dry run, nothing written; ${said}` : said]) run.progress.log(`${item.label}: ${note}`);
  run.progress.print(story.file);
  const outcome: Outcome = filing.kind === 'rewritten' && !filing.number ? (article.data.draft ? 'draft' : 'imported') : 'version';
  account(run, { input: item.input, position: item.position, title: article.data.title, outcome, path: story.file, reason: said });
}

function account(run: Run, entry: { input: string; position: string; title?: string | undefined; outcome: Outcome; path?: string; reason?: string }): void {
  run.tally.add(entry.outcome);
  run.report.write(entry);
}

function fail(run: Run, input: string, label: string, position: string, title: string | undefined, error: unknown): void {
  const reason = describeFailure(error);
  run.progress.log(`${label}: ${reason}`);
  account(run, { input, position, title, outcome: 'failed', reason });
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
  if (error instanceof ImportError || error instanceof WriteError) return error.message;
  if (error instanceof TargetExistsError) {
    return `${error.path} was created by something else while importing; nothing written. Run the import again`;
  }
  return `could not import: ${error instanceof Error ? error.message : String(error)}`;
}

process.exitCode = await main(process.argv.slice(2));
