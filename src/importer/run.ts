/**
 * The importer's engine: each input holds one article or, for an export, feed or wire delivery,
 * many; every item ends as imported, filed as a version of a stored story, a draft, already in
 * the archive, or failed, counted in the summary and `--report`. Written paths go to `io.stdout`,
 * one a line; notes, errors and progress go to `io.stderr`, each naming its input.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plural } from '../i18n/plural.ts';
import { listContentFiles } from '../model/content-files.ts';
import { TargetExistsError, WriteError } from '../interchange/atomic-write.ts';
import { ArchiveFiles } from './archive/archive-files.ts';
import { contentRootFor, defaultOutDir } from './archive/content-root.ts';
import { outDirProblem, outDirWritable } from './archive/out-dir.ts';
import { filedVersion, indexStories, type StoryIndex, type StoryMatch } from './archive/story-index.ts';
import { chooseTarget, type Target } from './archive/target.ts';
import { describeFiling, planRewrite, planVersion } from './archive/versions.ts';
import {
  convertPage,
  DEFAULT_SECTION,
  finishArticle,
  NO_SECTION_NOTE,
  type ConvertedArticle,
  type ConvertOptions,
} from './article/convert.ts';
import { MapError, parseImportMap, withArchiveAliases, type ImportMap } from './article/map.ts';
import { ImportError } from './errors.ts';
import { ITEM_PARSERS } from './formats/parsers.ts';
import { decodeInput } from './input/decode.ts';
import { formatName } from './input/format-names.ts';
import { openInput, type OpenedInput } from './input/open.ts';
import { createProgress, type Progress } from './report/progress.ts';
import { NO_REPORT, openReport, type ReportFile } from './report/report.ts';
import { Tally, type Outcome } from './report/tally.ts';
import { readSources, unknownSourceMessage } from './sources.ts';
import type { KnownSource } from './types.ts';

/** What one run imports, and how: the command line's options, already checked as arguments. */
export interface ImportOptions {
  /** The files to import; `-` reads `io.stdin`. */
  inputs: readonly string[];
  /** Where articles go (`--out`); the content folder's `articles/` when not given. */
  out?: string | undefined;
  source?: string | undefined;
  /** `--date`, a real date (YYYY-MM-DD or an ISO date-time). */
  date?: string | undefined;
  section?: string | undefined;
  /** The `--map` file. */
  map?: string | undefined;
  /** The `--report` file. */
  report?: string | undefined;
  force?: boolean | undefined;
  dryRun?: boolean | undefined;
}

/** Somewhere lines are written: a process's stream, or a test's capture. */
export interface ImportOutput {
  write(text: string): unknown;
  /** A terminal gets a progress bar; anything else a plain line every few seconds. */
  isTTY?: boolean;
}

/** Where a run's output goes and what it reads besides its files. */
export interface ImportIo {
  /** Written paths, one a line. */
  stdout: ImportOutput;
  /** Notes, errors, progress and the summary. */
  stderr: ImportOutput;
  /** What the input `-` reads. */
  stdin: AsyncIterable<Buffer>;
  /** The environment, for CONTENT_DIR. */
  env: NodeJS.ProcessEnv;
}

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
  stdin: AsyncIterable<Buffer>;
  /** Items of the current many-article input filed under the default section: said once, not per item. */
  unsectioned: number;
}

/** One item on its way in: where it is, for messages and the report. */
interface ItemPlace {
  /** The input's name (`stdin` for `-`). */
  input: string;
  /** How messages name the item: the input, and for a many-article input the item's position. */
  label: string;
  /** `page`, or the parser's own (`item 3 (id "…")`). */
  position: string;
  title?: string | undefined;
}

/** One article to import: where it is, whether its input holds it alone, and how to convert it. */
interface ArticleItem extends ItemPlace {
  /** A single-article input, whose notes (already in the archive, dry run) are said in full. */
  single: boolean;
  convert: () => ConvertedArticle;
}

/** Imports every input of `options`; resolves to the exit code (0, 1 when any item failed, 2 for a usage error). */
export async function runImport(options: ImportOptions, io: ImportIo): Promise<number> {
  const warn = (line: string) => void io.stderr.write(`${line}\n`);
  const { inputs } = options;
  const outDir = options.out ?? defaultOutDir(io.env);
  const outProblem =
    (await outDirProblem(outDir, options.out !== undefined, io.env)) ??
    (options.dryRun ? undefined : await outDirWritable(outDir));
  if (outProblem) {
    warn(`import: ${outProblem}`);
    return 2;
  }
  const root = contentRootFor(outDir, io.env);
  const sources = await readSources(root);
  if (options.source !== undefined && !sources.some((s) => s.id === options.source)) {
    warn(`import: ${unknownSourceMessage(options.source, sources, root)}`);
    return 2;
  }
  let map: ImportMap | undefined;
  let report: ReportFile = NO_REPORT;
  const topics = (await listContentFiles(root, 'topics')).files.map((f) => f.id).sort();
  try {
    if (options.map !== undefined) map = await readMap(options.map, root, topics);
    map = await withArchiveAliases(map, root);
    if (options.report !== undefined)
      report = openReport(options.report, { force: options.force, inputs, contentRoot: [root, outDir] });
  } catch (error) {
    warn(`import: ${(error as Error).message}`);
    return 2;
  }

  const run: Run = {
    outDir,
    root,
    options: { source: options.source, date: options.date, section: options.section, map, topics },
    sources,
    archive: await indexStories([join(root, 'articles'), outDir]),
    files: new ArchiveFiles(Boolean(options.dryRun)),
    force: Boolean(options.force),
    dryRun: Boolean(options.dryRun),
    tally: new Tally(),
    unsectioned: 0,
    report,
    progress: createProgress({ stream: io.stderr, stdout: io.stdout }),
    stdin: io.stdin,
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
    throw new MapError(
      `--map ${file} cannot be read: ${code === 'ENOENT' ? 'there is no such file; check the path' : (error as Error).message}`,
    );
  }
  return parseImportMap(text, file, topics, join(root, 'topics'));
}

/** Imports one input: a single page, or every item of an export, feed or delivery. */
async function importInput(run: Run, input: string): Promise<void> {
  const name = input === '-' ? 'stdin' : input;
  const whole: ItemPlace = { input: name, label: name, position: 'page' };
  let opened: OpenedInput;
  try {
    opened = await openInput(input, run.stdin);
  } catch (error) {
    return fail(run, whole, error);
  }
  if (opened.kind === 'page') {
    let text: string;
    try {
      text = decodeInput(opened.bytes);
    } catch (error) {
      return fail(run, whole, error);
    }
    await importArticle(run, {
      ...whole,
      single: true,
      convert: () => convertPage(text, input === '-' ? '' : input, run.options, run.sources, run.root),
    });
    run.progress.update(0, run.tally);
    return;
  }

  const { format, text, size, bytesRead } = opened;
  const parser = ITEM_PARSERS[format];
  if (!parser) {
    const why = `this is a ${formatName(format)}, which this importer cannot read yet; nothing imported from it. Save the articles as single pages or as a JSON Feed, and import those`;
    return fail(run, { ...whole, position: 'the file' }, new ImportError(why));
  }
  run.progress.begin(name, size);
  run.unsectioned = 0;
  let items = 0;
  let last = 'the start';
  try {
    for await (const item of parser(text, { sources: run.sources })) {
      items++;
      last = item.position;
      const place = { input: name, label: `${name} ${item.position}`, position: item.position };
      if ('error' in item.result) {
        fail(run, place, new ImportError(item.result.error));
      } else {
        const { page } = item.result;
        await importArticle(run, {
          ...place,
          title: page.fields.title,
          single: false,
          convert: () => finishArticle(page, run.options, run.sources, run.root),
        });
      }
      run.progress.update(bytesRead(), run.tally);
    }
  } catch (error) {
    // A parser that stops part-way: the items before are kept, and the rest is one failure naming where.
    const where = items ? `after ${last}` : 'at the start';
    fail(
      run,
      { input: name, label: `${name} ${where}`, position: where },
      new ImportError(`could not read further: ${describeFailure(error)}`),
    );
    return;
  }
  if (!items) {
    fail(
      run,
      { ...whole, position: 'the file' },
      new ImportError(
        `this ${formatName(format)} holds no items; nothing imported. Check that it is the export you meant`,
      ),
    );
  }
  if (run.unsectioned) {
    run.progress.log(
      `${name}: ${plural(run.unsectioned, 'item')} had no section or category; filed under "${DEFAULT_SECTION}" (pass --section NAME, or give them categories and map those with --map)`,
    );
  }
}

/**
 * Converts, places and writes one article, and accounts for it. An article whose text is
 * already in the archive is counted as such and left alone (so re-running an export imports
 * nothing twice and exits 0); another version of a stored story is filed as one of its versions;
 * anything else is written as a story of its own.
 */
async function importArticle(run: Run, item: ArticleItem): Promise<void> {
  const { input, label, position, single } = item;
  let title = item.title;
  let article: ConvertedArticle;
  let target: Target;
  try {
    article = item.convert();
    title = article.data.title;
    const match = await run.archive.match(article, (file) => run.files.body(file));
    if (match?.kind === 'same' && !run.force) {
      const where =
        match.file === match.story.file ? match.file : `${match.file}, an earlier version of ${match.story.file}`;
      if (single)
        run.progress.log(
          `${label}: already in the archive as ${where} (${match.reason}); nothing written. Edit that file, or pass --force to write this one over it`,
        );
      account(run, {
        input,
        position,
        title,
        outcome: 'duplicate',
        path: match.file,
        reason: `already in the archive (${match.reason})`,
      });
      return;
    }
    if (match) return await fileVersion(run, item, article, match);

    const natural = join(run.outDir, article.path);
    const place = () => chooseTarget(natural, article, run.files.planned);
    target = await place();
    if (target.duplicate && !run.force) {
      // A file on the way holds it, which the index did not know of (written since the run began).
      account(run, {
        input,
        position,
        title,
        outcome: 'duplicate',
        path: target.duplicate.file,
        reason: `already in the archive (${target.duplicate.reason})`,
      });
      if (single)
        run.progress.log(
          `${label}: already in the archive as ${target.duplicate.file} (${target.duplicate.reason}); nothing written`,
        );
      return;
    }
    if (run.dryRun && single)
      run.progress.log(`${label}: dry run, nothing written; ${target.path} would hold:\n${article.text}`);
    for (let tries = 1; ; tries++) {
      try {
        // Only a file holding this same story is ever replaced.
        const written = await run.files.write(target.path, article.text, Boolean(target.duplicate), article);
        if (written) {
          // Another import running at the same time wrote this story there first.
          account(run, {
            input,
            position,
            title,
            outcome: 'duplicate',
            path: written.file,
            reason: `already in the archive (${written.reason})`,
          });
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
    if (target.path !== natural)
      notes.push(`${natural} holds another story with the same headline; this one went to ${target.path}`);
    for (const note of notes) run.progress.log(`${label}: ${note}`);
  } catch (error) {
    return fail(run, { input, label, position, title }, error);
  }
  const stored = run.archive.story(target.path);
  run.archive.add({
    file: target.path,
    current: filedVersion(target.path, 0, article),
    versions: stored?.versions ?? [],
  });
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
async function fileVersion(run: Run, item: ArticleItem, article: ConvertedArticle, match: StoryMatch): Promise<void> {
  const { story } = match;
  const filing =
    match.kind === 'same'
      ? planRewrite(story, match.file, article)
      : planVersion(story, await run.files.text(story.file), article);
  await run.files.file(filing);
  run.archive.add(filing.story);
  const said = `${describeFiling(filing, run.dryRun)} (${match.reason})`;
  for (const note of [
    ...ownNotes(run, article, item.single),
    run.dryRun && item.single ? `dry run, nothing written; ${said}` : said,
  ])
    run.progress.log(`${item.label}: ${note}`);
  run.progress.print(story.file);
  const outcome: Outcome =
    filing.kind === 'rewritten' && !filing.number ? (article.data.draft ? 'draft' : 'imported') : 'version';
  account(run, {
    input: item.input,
    position: item.position,
    title: article.data.title,
    outcome,
    path: story.file,
    reason: said,
  });
}

function account(
  run: Run,
  entry: {
    input: string;
    position: string;
    title?: string | undefined;
    outcome: Outcome;
    path?: string;
    reason?: string;
  },
): void {
  run.tally.add(entry.outcome);
  run.report.write(entry);
}

function fail(run: Run, { input, label, position, title }: ItemPlace, error: unknown): void {
  const reason = describeFailure(error);
  run.progress.log(`${label}: ${reason}`);
  account(run, { input, position, title, outcome: 'failed', reason });
}

function describeFailure(error: unknown): string {
  if (error instanceof ImportError || error instanceof WriteError) return error.message;
  if (error instanceof TargetExistsError) {
    return `${error.path} was created by something else while importing; nothing written. Run the import again`;
  }
  return `could not import: ${error instanceof Error ? error.message : String(error)}`;
}
