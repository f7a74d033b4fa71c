// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FilterPanelView } from '../../../../src/search/client/filter-panel-view.ts';
import { noFilters } from '../../../../src/search/client/state.ts';

const tags = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`tag${String(i + 1).padStart(2, '0')}`, 20 - i]));
const counts = { source: { AP: 2 }, tag: tags };

function setup() {
  const panel = document.createElement('section');
  const groups = document.createElement('div');
  panel.append(groups);
  const view = new FilterPanelView(panel, groups);
  const shownTags = () =>
    [...groups.querySelectorAll('[data-filter-key="tag"] input[type="checkbox"]')].map(
      (box) => (box as HTMLInputElement).value,
    );
  return { panel, groups, view, shownTags };
}

describe('FilterPanelView', () => {
  it('marks the panel busy while it waits, and hides the groups when there is nothing to show', () => {
    const t = setup();
    t.view.draw({ kind: 'note', text: 'Loading filters…', busy: true });
    expect(t.panel.getAttribute('aria-busy')).toBe('true');
    expect(t.groups.hidden).toBe(false);
    expect(t.groups.textContent).toBe('Loading filters…');
    t.view.draw({ kind: 'counts', counts: {}, selection: noFilters() });
    expect(t.panel.hasAttribute('aria-busy')).toBe(false);
    expect(t.groups.hidden).toBe(true);
  });

  it('redraws the last panel as the reader narrows or opens a group, and keeps that for the next search', () => {
    const t = setup();
    t.view.draw({ kind: 'counts', counts, selection: noFilters() });
    expect(t.shownTags()).toHaveLength(8);
    t.view.showAllToggled('tag');
    expect(t.shownTags()).toHaveLength(12);
    t.view.findTyped('tag', 'tag1');
    expect(t.shownTags()).toEqual(['tag10', 'tag11', 'tag12']);
    t.view.draw({ kind: 'counts', counts: { tag: { ...tags, tag13: 1 } }, selection: noFilters() });
    expect(t.shownTags()).toEqual(['tag10', 'tag11', 'tag12', 'tag13']);
  });
});
