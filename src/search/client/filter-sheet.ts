/**
 * On a narrow screen the filter panel is a sheet over the results: a modal dialog the "Filters"
 * button opens, with the rest of the page inert behind it, closed by its close button, Escape, a
 * tap on the dimmed results, or "Show 27 results", which then moves focus to the results. The
 * results update behind it as the reader ticks boxes, so that button always counts what it shows.
 * On a wide screen the same panel sits beside the results and none of this applies.
 */

/** What the sheet is made of on the page. */
export interface FilterSheetElements {
  toggle: HTMLButtonElement;
  /** The panel: the dimmed backdrop of the open sheet, which closes it when tapped. */
  filterPanel: HTMLElement;
  /** The sheet itself, inside the panel. */
  sheet: HTMLElement;
  sheetClose: HTMLButtonElement;
  sheetDone: HTMLButtonElement;
  resultsSection: HTMLElement;
}

const OPEN_CLASS = 'search__filters--open';
/** On the root element while the sheet is open: the page behind it does not scroll. */
const LOCKED_CLASS = 'search-sheet-open';

/** Makes everything outside `inside` inert, up to the body; returns what undoes it. */
function inertOutside(inside: Element): () => void {
  const made: HTMLElement[] = [];
  for (let node: Element | null = inside; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        made.push(sibling);
      }
    }
  }
  return () => made.forEach((element) => (element.inert = false));
}

/** Wires the sheet; `wide` is the query under which the panel is beside the results instead. */
export function wireFilterSheet(elements: FilterSheetElements, wide: MediaQueryList): void {
  const { toggle, filterPanel, sheet, sheetClose, sheetDone, resultsSection } = elements;
  let restore: (() => void) | undefined;

  const isOpen = () => restore !== undefined;

  function open() {
    if (wide.matches || isOpen()) return;
    filterPanel.classList.add(OPEN_CLASS);
    document.documentElement.classList.add(LOCKED_CLASS);
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    sheet.setAttribute('aria-labelledby', filterPanel.getAttribute('aria-labelledby') ?? '');
    toggle.setAttribute('aria-expanded', 'true');
    restore = inertOutside(filterPanel);
    sheetClose.focus();
  }

  /** Closes the sheet; focus goes to `then`, the button that opened it unless said otherwise. */
  function close(then: HTMLElement = toggle) {
    if (!isOpen()) return;
    restore?.();
    restore = undefined;
    filterPanel.classList.remove(OPEN_CLASS);
    document.documentElement.classList.remove(LOCKED_CLASS);
    for (const name of ['role', 'aria-modal', 'aria-labelledby']) sheet.removeAttribute(name);
    toggle.setAttribute('aria-expanded', 'false');
    then.focus({ preventScroll: then !== resultsSection });
  }

  toggle.addEventListener('click', () => (isOpen() ? close() : open()));
  sheetClose.addEventListener('click', () => close());
  sheetDone.addEventListener('click', () => close(resultsSection));
  // A tap on the dimmed results above the sheet, not on the sheet.
  filterPanel.addEventListener('click', (event) => {
    if (event.target === filterPanel) close();
  });
  filterPanel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close();
    }
  });
  // Turned to a wide screen, the panel is beside the results again, and nothing may stay inert.
  wide.addEventListener('change', () => close());
}
