/**
 * DOM for the search page: result items and filter checkboxes. Every piece of result text is set
 * with `textContent` or built from text nodes, never parsed as HTML.
 */
import { formatArticleDate } from '../../model/dates.ts';
import { parseExcerpt } from './excerpt.ts';
import { FILTER_KEYS, FILTER_LABELS, type FilterKey } from '../keys.ts';
import type { FilterCounts, PagefindResultData } from './pagefind-client.ts';
import type { FilterSelection } from './state.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only site paths and web addresses become links. */
const safeHref = (url: string) => (/^(\/(?!\/)|https?:\/\/)/i.test(url) ? url : undefined);

function formatDate(iso: string): string {
  try {
    return formatArticleDate(iso);
  } catch {
    return iso;
  }
}

/** The excerpt as text nodes, with Pagefind's matches rebuilt as `<mark>` elements. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parseExcerpt(excerpt)) {
    fragment.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return fragment;
}

/** One result: label, headline link, date, source, dateline and excerpt (the headline is an `h3`). */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const item = element('li', 'search-result');
  const headline = element('h3', 'search-result__headline');
  const label = data.filters.label?.[0];
  if (label) headline.append(element('span', 'label', label), ' ');
  const link = element('a', undefined, meta.title || data.url);
  const href = safeHref(data.url);
  if (href) link.href = href;
  headline.append(link);

  const details = element('p', 'search-result__meta');
  const parts: Node[] = [];
  if (meta.date) {
    const time = element('time', undefined, formatDate(meta.date));
    time.dateTime = meta.date;
    parts.push(time);
  }
  if (meta.source) parts.push(element('span', 'search-result__source', meta.source));
  if (meta.dateline) parts.push(element('span', 'dateline', meta.dateline));
  parts.forEach((part, i) => details.append(...(i > 0 ? [' · ', part] : [part])));

  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(excerptFragment(data.excerpt));
  item.append(headline, details, excerpt);
  return item;
}

function valueOrder(key: FilterKey) {
  return key === 'year'
    ? (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true })
    : (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** Replaces the filter checkboxes with a line of text, for when there are no counts to show. */
export function renderFilterNote(container: HTMLElement, text: string): void {
  container.replaceChildren(element('p', 'search-filter__note', text));
}

/**
 * Rebuilds the filter checkboxes: for each key, the values with results plus any checked value,
 * each labelled with its count. Focus stays on the checkbox the reader was on.
 */
export function renderFilterGroups(container: HTMLElement, counts: FilterCounts, selection: FilterSelection): number {
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
  const focusKey = focused && container.contains(focused) ? `${focused.name}\u0000${focused.value}` : undefined;
  let groups = 0;
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const key of FILTER_KEYS) {
    const keyCounts = counts[key] ?? {};
    const values = [...new Set([...Object.keys(keyCounts), ...selection[key]])]
      .filter((value) => (keyCounts[value] ?? 0) > 0 || selection[key].includes(value))
      .sort(valueOrder(key));
    if (values.length === 0) continue;
    groups++;
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, FILTER_LABELS[key]));
    const list = element('ul', 'search-filter__values');
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const input = element('input');
      input.type = 'checkbox';
      input.id = id;
      input.name = key;
      input.value = value;
      input.checked = selection[key].includes(value);
      const label = element('label');
      label.htmlFor = id;
      label.append(element('span', undefined, value), ' ', element('span', 'count', `(${keyCounts[value] ?? 0})`));
      const item = element('li');
      item.append(input, label);
      list.append(item);
    });
    fieldset.append(list);
    fieldsets.push(fieldset);
  }
  container.replaceChildren(...fieldsets);
  if (focusKey) {
    const again = [...container.querySelectorAll('input')].find((input) => `${input.name}\u0000${input.value}` === focusKey);
    again?.focus();
  }
  return groups;
}
