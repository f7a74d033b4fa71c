/**
 * Filing an article as a version of a stored story, so no version is lost. A later one becomes
 * the current file (same path and slug, so the story's address stays) once the file it replaces
 * is kept as the next `versions/<n>.md`; an earlier one takes its place among the versions in
 * time order, later ones renumbered up. The current file's `date` is the story's first
 * publication and its `updated` its own filing time; a version file's `date` is its own filing
 * time, so the files are the same whatever order the takes arrive in. Planned first, as steps, so
 * a dry run plans exactly what a real run does; the steps are in an order that loses nothing if
 * stopped, and a run after a stopped one repairs what it left (a gap in the numbers, or the copy
 * of the current file kept before it was replaced).
 */
import { link, readFile, rename, stat, unlink } from 'node:fs/promises';
import { versionEntry } from '../../model/content-files.ts';
import { calendarDay, parseArticleDate, type ArticleDate } from '../../model/dates.ts';
import { readFrontMatter } from '../../model/front-matter.ts';
import { writeFrontMatter } from './article-file.ts';
import { ImportError } from '../errors.ts';
import type { ArticleFields } from '../types.ts';
import { filedVersion, type FiledVersion, type StoredStory } from './story-index.ts';
import { TargetExistsError, writeFileAtomic } from '../../interchange/atomic-write.ts';

/** An article to file: its front matter, body and whole file text, as the converter made them. */
export interface Incoming {
  data: ArticleFields;
  body: string;
  text: string;
}

/** One change to the archive: a file written (created only, unless `overwrite`), or a version renumbered. */
export type FilingStep =
  { kind: 'write'; file: string; text: string; overwrite: boolean } | { kind: 'move'; from: string; to: string };

/** What filing an article does, and what the story holds afterwards. */
export interface Filing {
  /**
   * `current`: the article is now the story's current version, the one it replaces is version
   * `number`; `earlier`: the article is earlier version `number`; `rewritten`: a forced re-import
   * wrote the article over the file holding its text (`number` 0 for the current file).
   */
  kind: 'current' | 'earlier' | 'rewritten';
  number: number;
  /** How many later versions moved up one number to make room. */
  renumbered: number;
  steps: FilingStep[];
  /** The story afterwards, for the index. */
  story: StoredStory;
  /** Set when the article is dated before the story on another day: the story keeps its date (and address). */
  dateKept?: { article: string; story: string } | undefined;
}

/** The file of version `number` of the story in `storyFile`: `…/2016/x.md` → `…/2016/x/versions/1.md`. */
export function versionFile(storyFile: string, number: number): string {
  return versionEntry(storyFile.replace(/\.md$/, ''), number);
}

/** Front matter with `date` and `updated` set (in the place of `date`), `updated` left out when it says the same. */
function withDates<T extends object>(data: T, date: string, updated: string | undefined): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'updated') continue;
    if (key !== 'date') {
      out[key] = value;
      continue;
    }
    out.date = date;
    if (updated !== undefined && updated !== date) out.updated = updated;
  }
  return out as T;
}

function mustDate(iso: string | undefined, file: string, field: string): ArticleDate {
  const parsed = iso === undefined ? undefined : parseArticleDate(iso);
  if (!parsed)
    throw new ImportError(
      `${file} is a version of this story, but its ${field} is not a valid date, so the versions cannot be put in time order; correct it (like 2016-01-20T19:27:00+09:00) and import again`,
    );
  return parsed;
}

const filedOf = (data: ArticleFields) => parseArticleDate(data.updated ?? data.date)!;

/**
 * The story's first publication once `date` joins it: the earlier of the two when they fall on
 * one calendar day; otherwise the story's own, since its address is built from its day.
 */
function firstPublication(story: string, date: string): { date: string; kept?: { article: string; story: string } } {
  if (parseArticleDate(date)!.epoch >= parseArticleDate(story)!.epoch) return { date: story };
  if (calendarDay(date) === calendarDay(story)) return { date };
  return { date: story, kept: { article: date, story } };
}

const highest = (versions: readonly FiledVersion[]) => versions.reduce((n, v) => Math.max(n, v.number), 0);

/**
 * The text a replaced current file is kept as: unchanged, unless it carries the story's first
 * publication as `date` and its own filing time as `updated`, when `date` becomes that filing time.
 */
function asVersionText(currentText: string): string {
  const { data, body } = readFrontMatter(currentText);
  if (typeof data.updated !== 'string' || !parseArticleDate(data.updated)) return currentText;
  return writeFrontMatter(withDates(data, parseArticleDate(data.updated)!.iso, undefined), body);
}

/**
 * The moves that close gaps in a story's version numbers (left by a run stopped while
 * renumbering), lowest first so no move lands on a file, and the story as they leave it.
 */
function closeGaps(story: StoredStory): { steps: FilingStep[]; story: StoredStory } {
  const steps: FilingStep[] = [];
  const versions = [...story.versions]
    .sort((a, b) => a.number - b.number)
    .map((v, i) => {
      if (v.number === i + 1) return v;
      const file = versionFile(story.file, i + 1);
      steps.push({ kind: 'move', from: v.file, to: file });
      return { ...v, number: i + 1, file };
    });
  return { steps, story: { ...story, versions } };
}

const sameFiling = (a: FiledVersion, b: FiledVersion) =>
  a.digest !== undefined &&
  a.digest === b.digest &&
  a.filed !== undefined &&
  b.filed !== undefined &&
  parseArticleDate(a.filed)!.epoch === parseArticleDate(b.filed)!.epoch;

/**
 * Files `input` as a version of `story`, whose current file holds `currentText`: the new current
 * version when it was filed at or after the current one, else an earlier version in time order.
 */
export function planVersion(stored: StoredStory, currentText: string, input: Incoming): Filing {
  const { steps, story } = closeGaps(stored);
  const currentDate = mustDate(story.current.date, story.file, 'date');
  const currentFiled = mustDate(
    story.current.filed,
    story.file,
    story.current.filed === story.current.date ? 'date' : 'updated',
  );
  const inputFiled = filedOf(input.data);
  if (inputFiled.epoch >= currentFiled.epoch) {
    // A run stopped after keeping the current file, before replacing it, left its copy as the highest version: reuse it.
    const last = story.versions.at(-1);
    const keptAlready = last !== undefined && sameFiling(last, story.current);
    const number = keptAlready ? last.number : highest(story.versions) + 1;
    const kept = versionFile(story.file, number);
    const first = firstPublication(currentDate.iso, parseArticleDate(input.data.date)!.iso);
    const data = withDates(input.data, first.date, inputFiled.iso);
    const keptText = asVersionText(currentText);
    if (!keptAlready) steps.push({ kind: 'write', file: kept, text: keptText, overwrite: false });
    steps.push({ kind: 'write', file: story.file, text: writeFrontMatter(data, input.body), overwrite: true });
    return {
      kind: 'current',
      number,
      renumbered: 0,
      steps,
      story: {
        file: story.file,
        current: filedVersion(story.file, 0, { data, body: input.body }),
        versions: keptAlready
          ? story.versions
          : [...story.versions, filedVersion(kept, number, readFrontMatter(keptText))],
      },
      dateKept: first.kept,
    };
  }

  const later = story.versions.filter(
    (v) => v.filed !== undefined && parseArticleDate(v.filed)!.epoch > inputFiled.epoch,
  );
  const number = later.length ? Math.min(...later.map((v) => v.number)) : highest(story.versions) + 1;
  const moved = story.versions.filter((v) => v.number >= number).sort((a, b) => b.number - a.number);
  steps.push(
    ...moved.map((v): FilingStep => ({ kind: 'move', from: v.file, to: versionFile(story.file, v.number + 1) })),
  );
  const file = versionFile(story.file, number);
  const versionData = withDates(input.data, inputFiled.iso, undefined);
  steps.push({ kind: 'write', file, text: writeFrontMatter(versionData, input.body), overwrite: false });
  const versions = [
    ...story.versions.map((v) =>
      v.number >= number ? { ...v, number: v.number + 1, file: versionFile(story.file, v.number + 1) } : v,
    ),
    filedVersion(file, number, { data: versionData, body: input.body }),
  ].sort((a, b) => a.number - b.number);

  let current = story.current;
  const first = firstPublication(currentDate.iso, parseArticleDate(input.data.date)!.iso);
  if (first.date !== currentDate.iso) {
    // The story now starts earlier that day: its current file says so, and keeps its own filing time.
    const { data, body } = readFrontMatter(currentText);
    const text = writeFrontMatter(withDates(data, first.date, currentFiled.iso), body);
    steps.push({ kind: 'write', file: story.file, text, overwrite: true });
    current = filedVersion(story.file, 0, readFrontMatter(text));
  }
  return {
    kind: 'earlier',
    number,
    renumbered: moved.length,
    steps,
    story: { file: story.file, current, versions },
    dateKept: first.kept,
  };
}

/**
 * A forced re-import of an article whose text `file` (the story's current file or one of its
 * versions) already holds: the article is written over it. Over the current file of a story with
 * versions it keeps the story's `date`, so the first publication and the address stay.
 */
export function planRewrite(story: StoredStory, file: string, input: Incoming): Filing {
  const isCurrent = file === story.file;
  const keepDate = isCurrent && story.versions.length > 0 && story.current.date !== undefined;
  const data = keepDate ? withDates(input.data, story.current.date!, filedOf(input.data).iso) : input.data;
  const text = keepDate ? writeFrontMatter(data, input.body) : input.text;
  const version = isCurrent ? undefined : story.versions.find((v) => v.file === file);
  const rewritten = filedVersion(file, version?.number ?? 0, { data, body: input.body });
  return {
    kind: 'rewritten',
    number: rewritten.number,
    renumbered: 0,
    steps: [{ kind: 'write', file, text, overwrite: true }],
    story: isCurrent
      ? { ...story, current: rewritten }
      : { ...story, versions: story.versions.map((v) => (v.file === file ? rewritten : v)) },
  };
}

/** Carries out a filing's steps in order; a version is never written or moved over another file. */
export async function applyFiling(filing: Filing): Promise<void> {
  for (const step of filing.steps) {
    if (step.kind === 'write') await writeFileAtomic(step.file, step.text, { overwrite: step.overwrite });
    else await moveWithoutReplacing(step.from, step.to);
  }
}

/** Renames `from` to `to`, failing with TargetExistsError rather than replacing a file already at `to`. */
async function moveWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      // A run stopped between linking and unlinking left the file at both names: finish the move.
      if (await sameContent(from, to)) return unlink(from);
      throw new TargetExistsError(to);
    }
    // Some file systems have no hard links; check, then rename.
    if (
      await stat(to).then(
        () => true,
        () => false,
      )
    )
      throw new TargetExistsError(to);
    await rename(from, to);
    return;
  }
  await unlink(from);
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
}

/** What the import says of a filing: `filed as the new current version of …; the one it replaces is now versions/1.md`. */
export function describeFiling(filing: Filing, dryRun: boolean): string {
  const file = filing.story.file;
  const ver = (n: number) => `versions/${n}.md`;
  const said =
    filing.kind === 'current'
      ? `${dryRun ? 'would file' : 'filed'} as the new current version of ${file}; the one it replaces ${dryRun ? 'would become' : 'is now'} ${ver(filing.number)}`
      : filing.kind === 'earlier'
        ? `${dryRun ? 'would file' : 'filed'} as earlier version ${filing.number} (${ver(filing.number)}) of ${file}${filing.renumbered ? `; the ${filing.renumbered === 1 ? 'version' : `${filing.renumbered} versions`} after it ${dryRun ? 'would be' : filing.renumbered === 1 ? 'is now' : 'are now'} numbered from ${filing.number + 1}` : ''}`
        : `${dryRun ? 'would rewrite' : 'rewrote'} ${filing.number ? `${ver(filing.number)} of ${file}` : file} from this input, as --force asks`;
  const kept = filing.dateKept
    ? `; it is dated ${filing.dateKept.article}, a day before the story's date ${filing.dateKept.story}, which the story keeps so its address does not change (if this was its first publication, change the story's date by hand)`
    : '';
  return `${said}${kept}`;
}
