import { describe, expect, it } from 'vitest';
import {
  groupValues,
  isLongGroup,
  TOP_VALUES,
  visibleValues,
  withFind,
  withShowAllToggled,
} from '../../../../src/search/client/filter-values.ts';

const tagCounts = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [`tag${String(i + 1).padStart(2, '0')}`, i + 1]),
);

describe('groupValues', () => {
  it('lists a long group most-used first, ties by name', () => {
    const values = groupValues('tag', { ...tagCounts, Äpfel: 12 }, []);
    expect(values.slice(0, 3).map((v) => v.value)).toEqual(['Äpfel', 'tag12', 'tag11']);
    expect(isLongGroup(values)).toBe(true);
  });

  it('lists a short group by name, years newest first, and keeps a checked value with no results', () => {
    expect(groupValues('source', { Yonhap: 2, AP: 3 }, []).map((v) => v.value)).toEqual(['AP', 'Yonhap']);
    expect(groupValues('year', { 2016: 1, 2021: 1, 2018: 2 }, []).map((v) => v.value)).toEqual([
      '2021',
      '2018',
      '2016',
    ]);
    expect(groupValues('tag', { a: 1, gone: 0 }, ['gone'])).toEqual([
      { value: 'a', text: 'a', count: 1, checked: false },
      { value: 'gone', text: 'gone', count: 0, checked: true },
    ]);
  });

  it('names each value as the page shows it, and sorts and finds by that name', () => {
    const korean = { Diplomacy: '외교', Security: '안보', Analysis: '분석' };
    const values = groupValues(
      'section',
      { Security: 1, Diplomacy: 2, Analysis: 1 },
      ['Security'],
      (value) => korean[value as keyof typeof korean] ?? value,
    );
    expect(values.map((v) => v.text)).toEqual(['분석', '안보', '외교']);
    expect(values.map((v) => v.value)).toEqual(['Analysis', 'Security', 'Diplomacy']);
    expect(visibleValues(values, { showAll: false, find: '외' }).shown.map((v) => v.value)).toEqual([
      'Security',
      'Diplomacy',
    ]);
  });
});

describe('visibleValues', () => {
  const values = groupValues('tag', tagCounts, ['tag01']);

  it('shows the top values and any checked one until "Show all"', () => {
    const { shown, hidden } = visibleValues(values, { showAll: false, find: '' });
    expect(shown).toHaveLength(TOP_VALUES + 1);
    expect(shown.at(-1)).toMatchObject({ value: 'tag01', checked: true });
    expect(hidden).toBe(12 - TOP_VALUES - 1);
    expect(visibleValues(values, { showAll: true, find: '' }).shown).toHaveLength(12);
  });

  it('shows every value containing the typed text, whatever its rank, ignoring case and accents', () => {
    expect(visibleValues(values, { showAll: false, find: ' TAG0 ' }).shown.map((v) => v.value)).toEqual([
      'tag09',
      'tag08',
      'tag07',
      'tag06',
      'tag05',
      'tag04',
      'tag03',
      'tag02',
      'tag01',
    ]);
    const accented = groupValues('tag', { Pyŏngyang: 1, Seoul: 1 }, []);
    expect(visibleValues(accented, { showAll: false, find: 'pyong' }).shown.map((v) => v.value)).toEqual(['Pyŏngyang']);
  });
});

describe("a group's view as the reader changes it", () => {
  it('keeps "Show all" as it was when the reader types in the find field, and the typed text when "Show all" is pressed', () => {
    expect(withFind(undefined, 'sanc')).toEqual({ showAll: false, find: 'sanc' });
    expect(withFind({ showAll: true, find: 'sanc' }, 'sanctions')).toEqual({ showAll: true, find: 'sanctions' });
    expect(withShowAllToggled(undefined)).toEqual({ showAll: true, find: '' });
    expect(withShowAllToggled({ showAll: true, find: 'sanc' })).toEqual({ showAll: false, find: 'sanc' });
  });
});
