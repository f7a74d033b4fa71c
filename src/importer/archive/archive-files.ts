/**
 * The archive's files as one import run sees them: on disk, or, in a dry run, as the run has
 * planned them so far, so a later item is placed and filed exactly as a real run would do it.
 */
import { readFile } from 'node:fs/promises';
import { readFrontMatter } from '../../model/front-matter.ts';
import type { Duplicate, Story } from './duplicates.ts';
import { ImportError } from '../errors.ts';
import { storyNowAt } from './target.ts';
import { applyFiling, type Filing } from './versions.ts';
import { TargetExistsError, writeFileAtomic } from '../../interchange/atomic-write.ts';

/** A file a dry run would have written: its text, and the story it holds. */
export interface PlannedFile extends Story {
  text: string;
}

/** Reads, writes and (in a dry run) only plans the archive's article files. */
export class ArchiveFiles {
  readonly dryRun: boolean;
  /** What a dry run would have written, by path: a later item must not take those names. (A real run's files are on disk.) */
  readonly planned = new Map<string, PlannedFile>();

  constructor(dryRun: boolean) {
    this.dryRun = dryRun;
  }

  /** The whole text of a stored file; throws an ImportError naming it when it cannot be read. */
  async text(file: string): Promise<string> {
    const planned = this.planned.get(file);
    if (planned) return planned.text;
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new ImportError(
        `cannot read ${file}, which holds the story this is a version of: ${(error as Error).message}; check the file, then import again`,
      );
    }
  }

  /** The Markdown body of a stored file, or `undefined` when it cannot be read. */
  async body(file: string): Promise<string | undefined> {
    const planned = this.planned.get(file);
    if (planned) return planned.body;
    try {
      return readFrontMatter(await readFile(file, 'utf8')).body;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes a new article's file (replacing one only when `overwrite`), or plans it. Given the
   * `story` written, a name taken meanwhile by a file holding that same story (another import
   * running at the same time took the same item) is no failure: the duplicate is returned, to be
   * counted as already in the archive. A name taken by another story still throws TargetExistsError.
   */
  async write(file: string, text: string, overwrite: boolean, story?: Story): Promise<Duplicate | undefined> {
    if (this.dryRun) return void this.#plan(file, text);
    try {
      await writeFileAtomic(file, text, { overwrite });
      return undefined;
    } catch (error) {
      const now = error instanceof TargetExistsError && story ? await storyNowAt(file, story) : undefined;
      if (!now) throw error;
      return { file, reason: `${now.reason}, written by another import at the same time` };
    }
  }

  /** Carries out a filing's steps, or plans them. */
  async file(filing: Filing): Promise<void> {
    if (!this.dryRun) return applyFiling(filing);
    for (const step of filing.steps) {
      if (step.kind === 'write') this.#plan(step.file, step.text);
      else this.#plan(step.to, await this.text(step.from));
    }
  }

  #plan(file: string, text: string): void {
    this.planned.set(file, { text, ...readFrontMatter(text) });
  }
}
