import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/archive/archive-index.ts';
import { closestNeighbours } from '../../../src/archive/topic-neighbours.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { makeArticle } from '../fixtures.ts';

const input = (id: string, date: string, topics: string[], language = 'en') => ({
  id,
  data: articleSchema.parse({ title: id, date, source: 'wire', section: 'S', topics, language }),
});

describe('previous and next in a topic', () => {
  const archive = buildArchiveIndex({
    articles: [
      input('2016/one', '2016-01-01', ['talks']),
      input('2017/two', '2017-01-01', ['talks', 'tests']),
      input('2018/three', '2018-01-01', ['talks']),
    ],
    sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }],
    topics: [
      { id: 'talks', data: { title: 'Talks', description: 'd' } },
      { id: 'tests', data: { title: 'Tests', description: 'd' } },
    ],
  });
  const two = archive.articles.find((a) => a.id === '2017/two')!;

  it('walks each topic timeline oldest to newest', () => {
    const [talks, tests] = archive.neighbours(two);
    expect(talks).toMatchObject({ topic: 'talks' });
    expect(talks!.previous?.id).toBe('2016/one');
    expect(talks!.next?.id).toBe('2018/three');
    expect(tests).toMatchObject({ topic: 'tests', previous: undefined, next: undefined });
  });
});

describe("previous and next in a topic, in the story's language", () => {
  const archive = buildArchiveIndex({
    articles: [
      input('2016/첫째', '2016-01-01', ['talks'], 'ko'),
      input('2016/english-before', '2016-02-01', ['talks']),
      input('2016/둘째', '2016-03-01', ['talks'], 'ko'),
      input('2016/english-after', '2016-04-01', ['talks']),
      input('2016/japanese', '2016-05-01', ['talks'], 'ja'),
      input('2016/셋째', '2016-06-01', ['talks', 'tests'], 'ko-KR'),
      input('2016/english-tests', '2016-07-01', ['tests']),
    ],
    sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }],
    topics: [
      { id: 'talks', data: { title: 'Talks', description: 'd' } },
      { id: 'tests', data: { title: 'Tests', description: 'd' } },
    ],
  });
  const find = (id: string) => archive.articles.find((a) => a.id === id)!;
  const ids = (pair: { previous?: { id: string } | undefined; next?: { id: string } | undefined } | undefined) => [
    pair?.previous?.id,
    pair?.next?.id,
  ];

  it('gives a Korean story its Korean neighbours, passing over the English ones between them', () => {
    expect(ids(archive.neighbours(find('2016/둘째'))[0])).toEqual(['2016/첫째', '2016/셋째']);
  });

  it('gives an English story English neighbours, counting a language without an interface of its own as English', () => {
    expect(ids(archive.neighbours(find('2016/english-after'))[0])).toEqual(['2016/english-before', '2016/japanese']);
  });

  it('has no neighbour where its language has no story before or after it, though other languages do', () => {
    expect(ids(archive.neighbours(find('2016/첫째'))[0])).toEqual([undefined, '2016/둘째']);
    const [, tests] = archive.neighbours(find('2016/셋째'));
    expect(ids(tests)).toEqual([undefined, undefined]);
    // A topic where it stands alone in its language is passed over for the one pair shown.
    expect(closestNeighbours(find('2016/셋째'), archive.neighbours(find('2016/셋째')))?.topic).toBe('talks');
  });
});

describe('closestNeighbours', () => {
  const here = makeArticle('2017/here', { date: '2017-06-10T12:00:00+09:00' });
  const dayBefore = makeArticle('2017/day-before', { date: '2017-06-09T12:00:00+09:00' });
  const weekAfter = makeArticle('2017/week-after', { date: '2017-06-17T12:00:00+09:00' });
  const yearBefore = makeArticle('2016/year-before', { date: '2016-06-10' });
  const dayAfter = makeArticle('2017/day-after', { date: '2017-06-11T12:00:00+09:00' });

  it('chooses the topic whose nearer neighbour is closest in time, whatever the order of topics', () => {
    const loose = { topic: 'sanctions', previous: yearBefore, next: weekAfter };
    const tight = { topic: 'talks', previous: dayBefore };
    expect(closestNeighbours(here, [loose, tight])?.topic).toBe('talks');
    expect(closestNeighbours(here, [tight, loose])?.topic).toBe('talks');
  });

  it('compares instants, not the dates as written', () => {
    // 23:00 on the 9th in New York is an hour after 12:00 on the 10th in Seoul, though its date reads a day earlier.
    const hourAfter = makeArticle('2017/new-york', { date: '2017-06-09T23:00:00-05:00' });
    expect(
      closestNeighbours(here, [
        { topic: 'a', next: dayAfter },
        { topic: 'b', previous: hourAfter },
      ])?.topic,
    ).toBe('b');
  });

  it('on a tie prefers the topic with both neighbours, then the topic listed first', () => {
    expect(
      closestNeighbours(here, [
        { topic: 'one-side', previous: dayBefore },
        { topic: 'both', previous: dayBefore, next: dayAfter },
      ])?.topic,
    ).toBe('both');
    expect(
      closestNeighbours(here, [
        { topic: 'first', next: dayAfter },
        { topic: 'second', next: dayAfter },
      ])?.topic,
    ).toBe('first');
  });

  it('passes over topics where the article stands alone', () => {
    expect(closestNeighbours(here, [{ topic: 'alone' }, { topic: 'thread', next: weekAfter }])?.topic).toBe('thread');
    expect(closestNeighbours(here, [{ topic: 'alone' }])).toBeUndefined();
    expect(closestNeighbours(here, [])).toBeUndefined();
  });
});
