import { describe, expect, it } from 'vitest';
import { sameStory } from '../../../../src/importer/archive/duplicates.ts';

const talks = 'SEOUL, Jan. 20 -- Talks opened in Seoul on Wednesday.\n\nBoth sides called them useful.\n';
const otherTalks = 'SEOUL, Jan. 20 -- A second round of talks was set for March.\n';

describe('sameStory', () => {
  const february = {
    data: {
      title: 'North Korea fires ballistic missile',
      date: '2017-02-12',
      originalUrl: 'https://wire.example/story/7',
    },
    body: talks,
  };

  it('is the same story for the same original URL, or the same text', () => {
    expect(
      sameStory(february, {
        data: { title: 'Missile launch', date: '2017-02-13', originalUrl: 'https://wire.example/story/7/' },
        body: otherTalks,
      }),
    ).toBe('the same originalUrl https://wire.example/story/7/');
    expect(
      sameStory(february, {
        data: { title: 'Missile launch', date: '2017-02-13', originalUrl: 'https://mirror.example/7' },
        body: ` ${talks.replace(/ /g, '  ')}`,
      }),
    ).toBe('the same text');
  });

  it('is another story for the same headline on the same day with other text, or a file it cannot read', () => {
    expect(
      sameStory(february, {
        data: {
          title: 'North Korea fires ballistic missile',
          date: '2017-02-12',
          originalUrl: 'https://wire.example/story/8',
        },
        body: otherTalks,
      }),
    ).toBeUndefined();
    expect(
      sameStory(february, {
        data: { title: 'North Korea fires ballistic missile', date: '2017-02-12' },
        body: otherTalks,
      }),
    ).toBeUndefined();
    expect(
      sameStory(
        { data: {}, body: '' },
        { data: { title: 'North Korea fires ballistic missile', date: '2017-02-12' }, body: '' },
      ),
    ).toBeUndefined();
  });
});
