import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/lib/archive-index.ts';
import { articleSchema } from '../../../src/model/article.ts';

const input = (id: string, date: string, topics: string[]) => ({
  id,
  data: articleSchema.parse({ title: id, date, source: 'wire', section: 'S', topics }),
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
