/**
 * `npm run export -- [--format ninjs|jsonfeed] [--out FILE] [DIR]`: the whole archive (drafts
 * included) as one ninjs 2.0 array or one JSON Feed 1.1, which `npm run import` reads back.
 * The archive is read and checked as the build checks it; one with problems is not exported,
 * and the problems are listed as `npm run check:content` lists them.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../interchange/atomic-write.ts';
import { normaliseBase } from '../views/urls.ts';
import { plural } from '../i18n/plural.ts';
import { folderProblems, readContentFolder } from '../model/read-content.ts';
import { formatProblem } from '../model/validate.ts';
import { contentDirFrom, SITE } from '../config/site.ts';
import type { ExportArticle } from './article.ts';
import { articlesToJsonFeed } from './json-feed.ts';
import { articleToNinjs } from './ninjs.ts';
import { createBodyRenderer } from './render-body.ts';

const FORMATS = ['ninjs', 'jsonfeed'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: npm run export -- [--format ninjs|jsonfeed] [--out FILE] [DIR]

Writes every article of the content folder DIR (default: ${contentDirFrom()}), drafts included,
as one JSON document: an array of IPTC ninjs 2.0 items (the default) or a JSON Feed 1.1.
Bodies are HTML, rendered and sanitised as the site renders them. Fields the format has no
property for go in each item's "_dateline" object, so npm run import reads the archive back whole.

Options:
  --format FORMAT  ninjs (default) or jsonfeed
  --out FILE       write to FILE (replaced whole, never left half-written); default: standard output
  -h, --help       show this help

Exit status: 0 when written, 1 when the archive has problems (listed; nothing written),
2 for a usage error.`;

const OPTIONS = {
  format: { type: 'string', default: 'ninjs' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Runs the export; resolves to the exit code. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    warn(`export: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!FORMATS.includes(values.format as Format)) {
    warn(`export: --format "${values.format}" is not a format this can write; use --format ninjs or --format jsonfeed`);
    return 2;
  }
  if (positionals.length > 1) {
    warn(`export: name one content folder, not ${positionals.length} (${positionals.join(', ')})\n\n${USAGE}`);
    return 2;
  }
  const format = values.format as Format;
  const dir = positionals[0] ?? contentDirFrom();
  if (
    !(await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    warn(
      `export: ${dir}: (folder): no such folder; pass the folder holding articles/, sources/ and topics/, or set CONTENT_DIR`,
    );
    return 2;
  }

  const folder = await readContentFolder(dir, { bodies: true });
  const problems = (await folderProblems(folder)).map(formatProblem);
  if (problems.length) {
    for (const line of problems) warn(line);
    warn(
      `export: ${plural(problems.length, 'problem')} in ${dir}/, so nothing was exported; fix them (npm run check:content ${dir} lists them) and export again`,
    );
    return 1;
  }

  const renderer = await createBodyRenderer(normaliseBase(process.env.BASE_PATH));
  const sourceNames = new Map(folder.sources.map((s) => [s.id, s.data.name]));
  // Oldest first, as an archive is read; the id breaks ties so two exports of one archive are identical.
  const records = [...folder.articles].sort(
    (a, b) => a.published.epoch - b.published.epoch || a.id.localeCompare(b.id),
  );
  const articles: ExportArticle[] = [];
  for (const record of records) {
    articles.push({
      id: record.id,
      data: record.data,
      html: await renderer.render(folder.bodies.get(record.id) ?? ''),
      sourceName: sourceNames.get(record.data.source),
    });
  }
  const document =
    format === 'ninjs'
      ? articles.map(articleToNinjs)
      : articlesToJsonFeed(articles, {
          title: SITE.title,
          homePageUrl: process.env.SITE_URL || undefined,
          language: SITE.locale,
        });
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else await writeFileAtomic(values.out, text, { overwrite: true });
  warn(
    `export: ${plural(articles.length, 'article')} from ${dir}/ as ${format === 'ninjs' ? 'ninjs 2.0' : 'JSON Feed 1.1'}${values.out === undefined ? '' : ` to ${values.out}`}`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
