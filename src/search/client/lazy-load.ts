/** Something fetched once, on first use: Pagefind itself, or its filter indexes. */
export interface Lazy<T> {
  /** The value, loading it on the first call; after a failure, the next call tries again. */
  get(): Promise<T>;
  /** True once a load has succeeded. */
  readonly loaded: boolean;
}

/** Wraps `load` so it runs once while it succeeds, and again after it fails (a network blip is not final). */
export function lazyLoad<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  let loaded = false;
  return {
    get: () =>
      (pending ??= new Promise<T>((resolve) => resolve(load())).then(
        (value) => {
          loaded = true;
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
