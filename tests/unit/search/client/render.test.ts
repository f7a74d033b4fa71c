// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chipItems, markBusy, resultItem, suggestionLines } from '../../../../src/search/client/render.ts';

const html = (lines: readonly HTMLElement[]) => lines.map((line) => line.outerHTML);

describe('suggestionLines', () => {
  it('offers close terms as links in one question, then the note on languages', () => {
    const lines = suggestionLines({
      terms: [
        { text: 'Antony Blinken', href: '/search/?q=Antony+Blinken' },
        { text: 'alliances', href: '/search/?tag=alliances' },
        { text: 'Blinkers', href: '/search/?q=Blinkers' },
      ],
      note: "The archive's articles are in English.",
    });
    expect(html(lines)).toEqual([
      '<p>Did you mean <a href="/search/?q=Antony+Blinken">Antony Blinken</a>, <a href="/search/?tag=alliances">alliances</a> or <a href="/search/?q=Blinkers">Blinkers</a>?</p>',
      "<p>The archive's articles are in English.</p>",
    ]);
  });

  it('offers nothing when there is nothing to offer', () => {
    expect(
      suggestionLines({ terms: [{ text: 'alliances', href: '/search/?tag=alliances' }], note: '' }).map(
        (l) => l.textContent,
      ),
    ).toEqual(['Did you mean alliances?']);
    expect(suggestionLines({ terms: [], note: '' })).toEqual([]);
  });
});

describe('resultItem', () => {
  const result = (filters: Record<string, string[]>) =>
    resultItem({
      url: '/articles/2019/02/28/hanoi/',
      excerpt: 'The talks ended',
      meta: { title: 'Summit ends early', date: '2019-02-28T17:20:00+07:00', source: 'AP', dateline: 'HANOI' },
      filters: { label: ['Updated'], ...filters },
      excerptParts: [{ text: 'The talks ended', marked: false }],
    });

  it('shows a story as its card does: the time named for the dateline, "Updated", not the wire’s label', () => {
    const item = result({ story_zones: ['Asia/Ho_Chi_Minh'], story_change: ['updated'], story_kind: [] });
    expect(item.querySelector('.search-result__meta')?.textContent).toBe(
      '28 February 2019, 17:20 ICT · Updated · AP · HANOI',
    );
    expect(item.querySelector('.label')).toBeNull();
  });

  it('names the source as the story’s page does, in the page’s language', () => {
    const item = resultItem(
      {
        url: '/articles/2016/01/06/test/',
        excerpt: '',
        meta: { title: '북한 핵실험', date: '2016-01-06T12:00:00+09:00', source: 'Yonhap' },
        filters: { source: ['Yonhap'], story_zones: ['Asia/Seoul'] },
        excerptParts: [],
      },
      { values: {}, sources: { Yonhap: 'Yonhap News Agency' } },
    );
    expect(item.querySelector('.search-result__source')?.textContent).toBe('Yonhap News Agency');
  });

  it('keeps a label that names a kind of story, says "Corrected", and gives the bare offset without a zone', () => {
    const item = result({ story_change: ['corrected'], story_kind: ['ANALYSIS'] });
    expect(item.querySelector('.label')?.textContent).toBe('ANALYSIS');
    expect(item.querySelector('.search-result__meta')?.textContent).toBe(
      '28 February 2019, 17:20 (UTC+07:00) · Corrected · AP · HANOI',
    );
  });
});

describe('markBusy', () => {
  it('sets aria-busy while busy and removes it after', () => {
    const list = document.createElement('ol');
    markBusy(list, true);
    expect(list.getAttribute('aria-busy')).toBe('true');
    markBusy(list, false);
    expect(list.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('chipItems', () => {
  it('makes each filter that is on a button that names what it removes', () => {
    const items = chipItems([
      { kind: 'range', from: '2017-03-05', to: '2018' },
      { kind: 'value', key: 'source', value: 'AP' },
    ]);
    expect(items.map((item) => item.querySelector('button')?.getAttribute('aria-label'))).toEqual([
      'Remove filter Date: 5 March 2017 – 2018',
      'Remove filter Source: AP',
    ]);
    expect(items.map((item) => item.textContent)).toEqual(['5 March 2017 – 2018×', 'AP×']);
    expect(items[1]!.querySelector('button')!.dataset.chip).toBe('source\u0000AP');
    expect(items[1]!.querySelector('[aria-hidden="true"]')?.textContent).toBe('×');
  });

  it('names a value as the page does, and keeps the stored value to remove it by', () => {
    const [item] = chipItems([{ kind: 'value', key: 'section', value: 'Security' }], {
      values: { section: { Security: '안보' } },
      sources: {},
    });
    expect(item!.querySelector('button')?.getAttribute('aria-label')).toBe('Remove filter Section: 안보');
    expect(item!.querySelector('button')!.dataset.chip).toBe('section\u0000Security');
  });
});
