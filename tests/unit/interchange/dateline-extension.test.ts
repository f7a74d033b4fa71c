import { describe, expect, it } from 'vitest';
import { datelineExtension } from '../../../src/interchange/dateline-extension.ts';

describe('datelineExtension', () => {
  it('gives the article fields the _dateline object holds', () => {
    expect(datelineExtension({ _dateline: { section: 'Diplomacy', topics: ['sanctions'], label: 'UPDATE' } })).toEqual({
      section: 'Diplomacy',
      topics: ['sanctions'],
      label: 'UPDATE',
    });
  });

  it('leaves out names that are not article fields, and null values', () => {
    expect(datelineExtension({ _dateline: { section: 'Diplomacy', colour: 'red', label: null } })).toEqual({
      section: 'Diplomacy',
    });
  });

  it('gives nothing for an item without the extension or with one that is not an object', () => {
    expect(datelineExtension({ title: 'x' })).toEqual({});
    expect(datelineExtension({ _dateline: ['section'] })).toEqual({});
    expect(datelineExtension({ _dateline: 'Diplomacy' })).toEqual({});
  });
});
