/**
 * Accounting for every item of an import: the outcome of each, counted apart so the counts add
 * up to the items read, and the summary line printed on stderr at the end.
 */
/**
 * What became of an item. `imported` and `draft` were written as articles of their own (a draft
 * with `draft: true`); `version` was filed as another version of a story already in the archive
 * (its current version, or an earlier one); `duplicate` was already in the archive and left alone;
 * `failed` was not imported, with the reason. They are apart, so their counts add up to the items read.
 */
export type Outcome = 'imported' | 'version' | 'draft' | 'duplicate' | 'failed';

/** The count of each outcome over a run. */
export class Tally {
  readonly counts: Record<Outcome, number> = { imported: 0, version: 0, draft: 0, duplicate: 0, failed: 0 };

  /** Counts one item. */
  add(outcome: Outcome): void {
    this.counts[outcome]++;
  }

  /** How many items were accounted for. */
  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  /**
   * `3 imported, 1 already in the archive, 0 drafts, 1 failed`, with `2 filed as versions of stored
   * stories` after the imported ones when there are any; a dry run says nothing was written.
   */
  summary(dryRun = false): string {
    const { imported, version, draft, duplicate, failed } = this.counts;
    const versions = version
      ? `${version} filed as ${version === 1 ? 'a version of a stored story' : 'versions of stored stories'}, `
      : '';
    const line = `${imported} imported, ${versions}${duplicate} already in the archive, ${draft} ${draft === 1 ? 'draft' : 'drafts'}, ${failed} failed`;
    return dryRun ? `dry run, nothing written: ${line}` : line;
  }
}
