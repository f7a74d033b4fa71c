/**
 * A search's results and how many of them are on screen: the first page, each "Load more", and
 * how many stay shown when the whole index's results replace the newest parts'.
 */
import { shownSummary } from './messages.ts';
import type { PagefindResult } from './pagefind-client.ts';

/** Results shown at first, and added by each "Load more". */
export const PAGE_SIZE = 10;

/** The results of the search on screen, and the page of them shown so far. */
export class ResultPages {
  #results: readonly PagefindResult[] = [];
  #shown = 0;
  /** The run whose next page is being fetched, so a second "Load more" does not add it again. */
  #loadingMoreFor: number | undefined;

  /** Every result of the search, in order. */
  get results(): readonly PagefindResult[] {
    return this.#results;
  }

  /** How many results are on screen. */
  get shown(): number {
    return this.#shown;
  }

  /** Takes a search's results in place of the last ones; how many are shown is set apart (`showing`). */
  replace(results: readonly PagefindResult[]): void {
    this.#results = results;
  }

  /** No results, none shown. */
  clear(): void {
    this.#results = [];
    this.#shown = 0;
  }

  /** Records that `count` results are on screen. */
  showing(count: number): void {
    this.#shown = count;
  }

  /**
   * How many results to show of a search asked to show `asked`: when the newest parts' results
   * were shown first, as many as the reader has loaded of them by now, if more.
   */
  keptCount(asked: number, shownEarly: boolean): number {
    return shownEarly ? Math.max(asked, this.#shown) : asked;
  }

  /** The results after those on screen, up to a page of them. */
  nextPage(): readonly PagefindResult[] {
    return this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
  }

  /** "Showing 10 of 24", and whether "Load more" has more to add. */
  paging(): { summary: string; more: boolean } {
    return { summary: shownSummary(this.#shown, this.#results.length), more: this.#shown < this.#results.length };
  }

  /** Claims "Load more" for run `id`; false when that run's next page is already being fetched. */
  startLoadingMore(id: number): boolean {
    if (this.#loadingMoreFor === id) return false;
    this.#loadingMoreFor = id;
    return true;
  }

  /** Run `id`'s next page has come or failed: "Load more" may fetch again. */
  doneLoadingMore(id: number): void {
    if (this.#loadingMoreFor === id) this.#loadingMoreFor = undefined;
  }
}
