import { describe, expect, it } from 'vitest';
import { statusLabels, storyStatus } from '../../../src/views/story-status.ts';

const story = (fields: { label?: string; updated?: string; corrections?: { date: string; text: string }[] }) => ({
  corrections: [],
  ...fields,
});

describe('storyStatus', () => {
  it('says a story with a correction, or a CORRECTION label, was corrected', () => {
    expect(storyStatus(story({ corrections: [{ date: '2016-02-08', text: 'Wrong day.' }] }))).toEqual({
      change: 'corrected',
      kind: undefined,
    });
    expect(storyStatus(story({ label: 'CORRECTION' }))).toEqual({ change: 'corrected', kind: undefined });
    expect(storyStatus(story({ label: '정정' })).change).toBe('corrected');
  });

  it('turns the wire’s rewrite labels into "updated", and shows none of them', () => {
    for (const label of ['LEAD', 'UPDATE', '2nd LD', '2ND LD', '3rd Lead', '종합', '종합2보'])
      expect(storyStatus(story({ label })), label).toEqual({ change: 'updated', kind: undefined });
    expect(storyStatus(story({ updated: '2016-01-20T19:27:00+09:00' }))).toEqual({
      change: 'updated',
      kind: undefined,
    });
  });

  it('drops a priority flag, and keeps a label that names a kind of story', () => {
    expect(storyStatus(story({ label: 'URGENT' }))).toEqual({ change: undefined, kind: undefined });
    expect(storyStatus(story({ label: 'ANALYSIS' }))).toEqual({ change: undefined, kind: 'ANALYSIS' });
    expect(storyStatus(story({}))).toEqual({ change: undefined, kind: undefined });
  });
});

describe('statusLabels', () => {
  it('says what the card says, in the story’s language, and a kind of story in sentence case', () => {
    expect(statusLabels({ change: 'updated' }, 'en')).toEqual(['Updated']);
    expect(statusLabels({ change: 'corrected', kind: 'ANALYSIS' }, 'en')).toEqual(['Corrected', 'Analysis']);
    expect(statusLabels({ change: 'updated' }, 'ko')).toEqual(['업데이트']);
    expect(statusLabels({ kind: 'Fact check' }, 'en')).toEqual(['Fact check']);
    expect(statusLabels({ kind: '해설' }, 'ko')).toEqual(['해설']);
    expect(statusLabels({}, 'en')).toEqual([]);
  });
});
