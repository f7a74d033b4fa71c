/**
 * DOM for the search page, from plain data: result items, filter checkboxes and suggestions. Every
 * piece of result text is set with `textContent` or built from text nodes, never parsed as HTML.
 */
import { formatArticleDate } from '../../model/dates.ts';
import { activeFilterId, type ActiveFilter } from './active-filters.ts';
import type { ExcerptPart } from './excerpt.ts';
import { groupValues, isLongGroup, visibleValues, type FilterValue, type GroupView } from './filter-values.ts';
import { FILTER_KEYS, STORY_KEYS, type FilterKey } from '../keys.ts';
import {
  activeFilterText,
  changeText,
  didYouMeanWords,
  filterLabel,
  findInText,
  noneContainsText,
  showAllText,
  valuesText,
} from './messages.ts';
import type { FilterCounts } from './pagefind-client.ts';
import type { ShownResult, Suggestions } from './view.ts';
import type { FilterSelection } from './state.ts';
import { NO_VALUE_NAMES, sourceText, valueText, type ValueNames } from './value-text.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only site paths and web addresses become links. */
const safeHref = (url: string) => (/^(\/(?!\/)|https?:\/\/)/i.test(url) ? url : undefined);

function formatDate(iso: string, zones: readonly string[]): string {
  try {
    return formatArticleDate(iso, zones, document.documentElement.lang);
  } catch {
    return iso;
  }
}

/** The excerpt as text nodes, with Pagefind's matches rebuilt as `<mark>` elements. */
export function excerptFragment(parts: readonly ExcerptPart[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parts) {
    fragment.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return fragment;
}

/**
 * One result as its card on a listing shows the story: a label only for a kind of story (ANALYSIS),
 * the headline link (an `h3`), the date with its time named for the dateline's place, "Updated" or
 * "Corrected" rather than the wire's LEAD or 2nd LD, the source as the story's page names it in the
 * page's language (`names`), and the dateline; then the excerpt.
 */
export function resultItem(data: ShownResult, names: ValueNames = NO_VALUE_NAMES): HTMLLIElement {
  const { meta } = data;
  const [zones = '', change, kind] = [STORY_KEYS.zones, STORY_KEYS.change, STORY_KEYS.kind].map(
    (key) => data.filters[key]?.[0],
  );
  const item = element('li', 'search-result');
  const headline = element('h3', 'search-result__headline');
  if (kind) headline.append(element('span', 'label', kind), ' ');
  const link = element('a', undefined, meta.title || data.url);
  const href = safeHref(data.url);
  if (href) link.href = href;
  headline.append(link);

  const details = element('p', 'search-result__meta');
  const parts: Node[] = [];
  if (meta.date) {
    const time = element('time', undefined, formatDate(meta.date, zones.split(' ').filter(Boolean)));
    time.dateTime = meta.date;
    parts.push(time);
  }
  if (change === 'updated' || change === 'corrected')
    parts.push(element('span', `search-result__change search-result__change--${change}`, changeText(change)));
  const source = data.filters.source?.[0] ?? meta.source;
  if (source) parts.push(element('span', 'search-result__source', sourceText(names, source)));
  if (meta.dateline) parts.push(element('span', 'dateline', meta.dateline));
  parts.forEach((part, i) => details.append(...(i > 0 ? [' · ', part] : [part])));

  item.append(headline, details);
  if (data.excerptParts.length > 0) {
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.append(excerptFragment(data.excerptParts));
    item.append(excerpt);
  }
  return item;
}

/** Marks `element` as being updated (`aria-busy`), or no longer. */
export function markBusy(element: HTMLElement, busy: boolean): void {
  if (busy) element.setAttribute('aria-busy', 'true');
  else element.removeAttribute('aria-busy');
}

/** What is offered when nothing matched: "Did you mean A, B or C?", each term a link, then the note; none when both are empty. */
export function suggestionLines({ terms, note }: Suggestions): HTMLParagraphElement[] {
  const lines: HTMLParagraphElement[] = [];
  if (terms.length) {
    const line = element('p');
    const words = didYouMeanWords();
    line.append(words.before);
    terms.forEach((term, i) => {
      const link = element('a');
      link.href = term.href;
      link.textContent = term.text;
      line.append(...(i === 0 ? [] : [i === terms.length - 1 ? words.or : words.comma]), link);
    });
    if (words.after) line.append(words.after);
    lines.push(line);
  }
  if (note) lines.push(element('p', undefined, note));
  return lines;
}

/** The chips of the filters that are on, each a button that removes its filter (`data-chip` names it, activeFilterId); values named as `names` says. */
export function chipItems(filters: readonly ActiveFilter[], names: ValueNames = NO_VALUE_NAMES): HTMLLIElement[] {
  return filters.map((filter) => {
    const { text, label } = activeFilterText(filter, (key, value) => valueText(names, key, value));
    const button = element('button', 'search-chip');
    button.type = 'button';
    button.dataset.chip = activeFilterId(filter);
    button.setAttribute('aria-label', label);
    const cross = element('span', 'search-chip__remove', '×');
    cross.setAttribute('aria-hidden', 'true');
    button.append(element('span', undefined, text), cross);
    const item = element('li');
    item.append(button);
    return item;
  });
}

/** Replaces the filter checkboxes with a line of text, for when there are no counts to show. */
export function renderFilterNote(container: HTMLElement, text: string): void {
  container.replaceChildren(element('p', 'search-filter__note', text));
}

/** What each group's "Show all" and find field are set to, kept across searches. */
export type GroupViews = Map<FilterKey, GroupView>;

/** Identifies a control across a redraw, so focus can return to it. */
const focusKey = (el: Element | null) => (el instanceof HTMLElement ? el.dataset.focusKey : undefined);

function valueItem(key: FilterKey, value: FilterValue, index: number): HTMLLIElement {
  const id = `filter-${key}-${index}`;
  const input = element('input');
  input.type = 'checkbox';
  input.id = id;
  input.name = key;
  input.value = value.value;
  input.checked = value.checked;
  input.dataset.focusKey = `value\u0000${key}\u0000${value.value}`;
  const label = element('label');
  label.htmlFor = id;
  label.append(element('span', undefined, value.text), ' ', element('span', 'count', `(${value.count})`));
  const item = element('li');
  item.append(input, label);
  return item;
}

function filterGroup(key: FilterKey, values: readonly FilterValue[], view: GroupView): HTMLFieldSetElement {
  const fieldset = element('fieldset', 'search-filter');
  fieldset.dataset.filterKey = key;
  fieldset.append(element('legend', undefined, filterLabel(key)));
  const long = isLongGroup(values);
  if (long) {
    const findId = `filter-find-${key}`;
    const find = element('input', 'search-filter__find');
    find.type = 'search';
    find.id = findId;
    find.value = view.find;
    find.autocomplete = 'off';
    find.dataset.findKey = key;
    find.dataset.focusKey = `find\u0000${key}`;
    const findLabel = element('label', 'visually-hidden', findInText(key));
    findLabel.htmlFor = findId;
    find.placeholder = findInText(key);
    fieldset.append(findLabel, find);
  }
  const { shown } = visibleValues(values, view);
  const list = element('ul', 'search-filter__values');
  list.id = `filter-values-${key}`;
  list.append(...shown.map((value, i) => valueItem(key, value, i)));
  fieldset.append(list);
  if (shown.length === 0) fieldset.append(element('p', 'search-filter__note', noneContainsText(key, view.find.trim())));
  if (long && !view.find.trim()) {
    const toggle = element('button', 'search-filter__all', showAllText(values.length, view.showAll, valuesText(key)));
    toggle.type = 'button';
    toggle.dataset.showAll = key;
    toggle.dataset.focusKey = `all\u0000${key}`;
    toggle.setAttribute('aria-expanded', String(view.showAll));
    toggle.setAttribute('aria-controls', list.id);
    fieldset.append(toggle);
  }
  return fieldset;
}

/**
 * Rebuilds the filter groups: for each key, the values with results plus any checked value,
 * each named as `names` says and labelled with its count; long groups as `views` has them. Focus
 * stays on the control the reader was on (a checkbox, a find field with its caret, a "Show all").
 */
export function renderFilterGroups(
  container: HTMLElement,
  counts: FilterCounts,
  selection: FilterSelection,
  views: GroupViews,
  names: ValueNames = NO_VALUE_NAMES,
): number {
  const active = document.activeElement;
  const focused = active && container.contains(active) ? focusKey(active) : undefined;
  const caret = active instanceof HTMLInputElement && active.type === 'search' ? active.selectionStart : null;
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const key of FILTER_KEYS) {
    const values = groupValues(key, counts[key] ?? {}, selection[key], (value) => valueText(names, key, value));
    if (values.length === 0) continue;
    fieldsets.push(filterGroup(key, values, views.get(key) ?? { showAll: false, find: '' }));
  }
  container.replaceChildren(...fieldsets);
  if (focused) {
    const again = [...container.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
      (el) => el.dataset.focusKey === focused,
    );
    again?.focus();
    if (again instanceof HTMLInputElement && caret !== null) again.setSelectionRange(caret, caret);
  }
  return fieldsets.length;
}
