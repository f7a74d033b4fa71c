/**
 * The search page's history entries: the address the session reads and writes, and what each
 * entry keeps so Back from an article returns to the same list, place and result.
 */
import type { SearchAddress } from './view.ts';

export interface HistoryState {
  /** Results shown when the reader left, so Back returns to the same list. */
  shown?: number;
  /** How far down the page was scrolled when the reader left it. */
  scroll?: number;
  /** The address of the result the reader opened, focused again on the way back. */
  opened?: string;
}

/** What the current history entry keeps; nothing for an entry the page has not written to. */
export const currentHistory = (): HistoryState => (window.history.state as HistoryState | null) ?? {};

/** The browser's address and history, as the session reads and writes them. */
export const browserAddress: SearchAddress = {
  current: () => ({ pathname: window.location.pathname, search: window.location.search }),
  write(href, mode) {
    if (mode === 'push') window.history.pushState({} satisfies HistoryState, '', href);
    else window.history.replaceState({} satisfies HistoryState, '', href);
  },
  rememberShown: (shown) => window.history.replaceState({ ...currentHistory(), shown } satisfies HistoryState, ''),
};

/** Notes where the reader is before they leave for an article (`opened`, if they opened one), so Back can return there. */
export function rememberPlace(opened?: string): void {
  window.history.replaceState(
    { ...currentHistory(), scroll: window.scrollY, ...(opened && { opened }) } satisfies HistoryState,
    '',
  );
}

/** Back from an article: the same place in the list, and focus on the result in `resultList` that was opened. */
export function returnToPlace(saved: HistoryState | null, resultList: HTMLElement): void {
  if (saved?.scroll !== undefined) window.scrollTo(0, saved.scroll);
  const opened =
    saved?.opened && [...resultList.querySelectorAll('a')].find((link) => link.getAttribute('href') === saved.opened);
  if (opened) opened.focus({ preventScroll: true });
}
