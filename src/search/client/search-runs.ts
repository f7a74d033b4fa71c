/**
 * The searches of one visit, in order. Every search gets a run number, and one that a newer run
 * has overtaken writes nothing. The searches still waiting for their results are counted, so the
 * filter counts' loader can let them go first.
 */
export class SearchRuns {
  #latest = 0;
  #waiting = 0;
  #whenIdle: (() => void)[] = [];

  /** Starts a run that overtakes every earlier one, and gives its number. */
  next(): number {
    return ++this.#latest;
  }

  /** The number of the latest run. */
  get latest(): number {
    return this.#latest;
  }

  /** True while no run has started since run `id`. */
  isLatest(id: number): boolean {
    return id === this.#latest;
  }

  /** A search has been sent and waits for its results. */
  waiting(): void {
    this.#waiting++;
  }

  /** A waiting search has its results, or has failed; the last one to do so releases `idle()`. */
  answered(): void {
    if (--this.#waiting !== 0) return;
    const waiting = this.#whenIdle;
    this.#whenIdle = [];
    for (const done of waiting) done();
  }

  /** Resolves once no search is waiting for its results: at once when none is. */
  idle(): Promise<void> {
    return this.#waiting === 0 ? Promise.resolve() : new Promise<void>((done) => this.#whenIdle.push(done));
  }
}
