/**
 * One input to one article: detect the kind of page, parse it, apply the editor's options,
 * and check the result against the archive's own schema before anything is written.
 */
import { parseArticleDate } from '../model/dates.ts';
import { articleSchema } from '../model/article.ts';
import { formatIssues } from '../model/issues.ts';
import { DEFAULT_CONTENT_DIR } from '../site.ts';
import { parseAp } from './ap.ts';
import { detectKind } from './detect.ts';
import { ImportError } from './errors.ts';
import { writeFrontMatter } from './article-text.ts';
import { parseHtml } from './html.ts';
import type { ArticleFields, KnownSource, PageKind, ParseContext, ParsedPage } from './page.ts';
import { parsePlain } from './plain.ts';
import { articleSlug } from './slug.ts';
import { listIds, unknownSourceMessage } from './sources.ts';
import { parseYonhap } from './yonhap.ts';

/** The section an article gets when neither the page nor `--section` names one. */
export const DEFAULT_SECTION = 'World';

/** What the editor passed on the command line. */
export interface ConvertOptions {
  source?: string | undefined;
  date?: string | undefined;
  section?: string | undefined;
}

/** An article ready to be written. */
export interface ConvertedArticle {
  kind: PageKind;
  /** Front matter, in the schema's field order. */
  data: ArticleFields;
  body: string;
  /** Where it goes under the articles folder: `2016/<slug>.md`. */
  path: string;
  /** The whole file. */
  text: string;
  notes: string[];
}

const PARSERS: Record<PageKind, (text: string, context: ParseContext) => ParsedPage> = {
  yonhap: parseYonhap,
  ap: parseAp,
  plain: parsePlain,
  html: parseHtml,
};

/** Converts one decoded input; `name` is its file name (for the kind) and `root` the content root (for messages). */
export function convertPage(
  text: string,
  name: string,
  options: ConvertOptions,
  sources: readonly KnownSource[],
  root = DEFAULT_CONTENT_DIR,
): ConvertedArticle {
  const kind = detectKind(text, name);
  const page = PARSERS[kind](text, { sources });
  const notes = [...page.notes];
  const fields: Partial<ArticleFields> = { ...page.fields };
  const detectedSource = fields.source;
  if (options.source) fields.source = options.source;
  if (options.date) fields.date = parseArticleDate(options.date)?.iso ?? options.date;
  if (options.section) fields.section = options.section;

  const missing = [
    !fields.source && `the source (pass --source with one of ${listIds(sources)})`,
    !fields.date && 'the date (pass --date YYYY-MM-DD)',
  ].filter(Boolean);
  if (missing.length) throw new ImportError(`cannot find ${missing.join(' or ')} in this ${kindName(kind)}`);
  if (typeof fields.source === 'string' && !sources.some((s) => s.id === fields.source)) {
    const origin = options.source ? '' : ` (recognised from this ${kindName(kind)})`;
    throw new ImportError(unknownSourceMessage(fields.source, sources, root, origin));
  }
  if (!fields.section) {
    fields.section = DEFAULT_SECTION;
    notes.push(`no section given; filed under "${DEFAULT_SECTION}" (pass --section NAME to choose another)`);
  }
  if (detectedSource && options.source && detectedSource !== options.source) {
    notes.push(`the page looks like ${detectedSource}; using --source ${options.source} as asked`);
  }

  const data = inSchemaOrder(fields);
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    throw new ImportError(`the article would not be valid, so nothing was written: ${formatIssues(result.error.issues, data).join('; ')}`);
  }
  const slug = articleSlug(result.data.title);
  if (!slug) throw new ImportError(`cannot make a file name from the headline "${result.data.title}"; give the article a headline with letters or digits`);
  const year = parseArticleDate(result.data.date)!.year;
  return { kind, data, body: page.body, path: `${year}/${slug}.md`, text: writeFrontMatter(data, page.body), notes };
}

/** Fields in the order the schema declares them, without empty values. */
function inSchemaOrder(fields: Partial<ArticleFields>): ArticleFields {
  const entries = Object.keys(articleSchema.shape)
    .map((key) => [key, fields[key as keyof ArticleFields]] as const)
    .filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(entries) as ArticleFields;
}

function kindName(kind: PageKind): string {
  return { yonhap: 'Yonhap page', ap: 'AP page', plain: 'plain text', html: 'saved page' }[kind];
}
