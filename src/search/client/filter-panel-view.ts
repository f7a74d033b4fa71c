/**
 * The filter panel as drawn: the last panel the session asked for, and what the reader has done
 * to each long group ("Show all", its find field), kept across searches; either redraws it.
 */
import type { FilterKey } from '../keys.ts';
import { withFind, withShowAllToggled } from './filter-values.ts';
import { markBusy, renderFilterGroups, renderFilterNote, type GroupViews } from './render.ts';
import type { FilterPanel } from './view.ts';
import { NO_VALUE_NAMES, type ValueNames } from './value-text.ts';

/** Draws the filter panel into `panel` (marked busy) and its `groups` (the checkboxes, or a note), values named as `names` says. */
export class FilterPanelView {
  readonly #panel: HTMLElement;
  readonly #groups: HTMLElement;
  readonly #names: ValueNames;
  readonly #groupViews: GroupViews = new Map();
  #last: FilterPanel = { kind: 'hidden' };

  constructor(panel: HTMLElement, groups: HTMLElement, names: ValueNames = NO_VALUE_NAMES) {
    this.#panel = panel;
    this.#groups = groups;
    this.#names = names;
  }

  /** Draws `panel`, and keeps it to redraw when a group's view changes. */
  draw(panel: FilterPanel): void {
    this.#last = panel;
    markBusy(this.#panel, panel.kind !== 'hidden' && panel.busy === true);
    if (panel.kind === 'hidden') this.#groups.hidden = true;
    else if (panel.kind === 'counts')
      this.#groups.hidden =
        renderFilterGroups(this.#groups, panel.counts, panel.selection, this.#groupViews, this.#names) === 0;
    else {
      renderFilterNote(this.#groups, panel.text);
      this.#groups.hidden = false;
    }
  }

  /** The reader typed `text` in group `key`'s find field. */
  findTyped(key: FilterKey, text: string): void {
    this.#groupViews.set(key, withFind(this.#groupViews.get(key), text));
    this.draw(this.#last);
  }

  /** The reader pressed group `key`'s "Show all" or "Show fewer". */
  showAllToggled(key: FilterKey): void {
    this.#groupViews.set(key, withShowAllToggled(this.#groupViews.get(key)));
    this.draw(this.#last);
  }
}
