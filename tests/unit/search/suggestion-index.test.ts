import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/archive/archive-index.ts';
import { suggestionIndex } from '../../../src/search/suggestion-index.ts';

const article = (id: string, data: Record<string, unknown>) => ({
  id,
  data: { title: id, source: 'wire', section: 'Diplomacy', date: '2018-01-01', ...data },
});

describe('suggestionIndex', () => {
  it('lists names, tags and topic titles by how many articles carry them, and the languages', async () => {
    const { articleSchema } = await import('../../../src/model/article.ts');
    const parse = (a: ReturnType<typeof article>) => ({ id: a.id, data: articleSchema.parse(a.data) });
    const archive = buildArchiveIndex({
      articles: [
        parse(
          article('2018/a', { people: ['Antony Blinken'], places: ['Seoul'], tags: ['sanctions'], topics: ['talks'] }),
        ),
        parse(
          article('2018/b', { people: ['Antony Blinken'], organizations: ['United Nations'], tags: ['sanctions'] }),
        ),
        parse(article('2018/c', { language: 'ko', tags: ['ICBM'], draft: true })),
        parse(article('2018/d', { language: 'ko', places: ['Seoul'] })),
      ],
      sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }],
      topics: [
        { id: 'talks', data: { title: 'Peace talks' } },
        { id: 'unused', data: { title: 'Nothing yet' } },
      ] as never,
    });
    expect(suggestionIndex(archive)).toEqual({
      terms: [
        ['Antony Blinken', 2, 'name'],
        ['sanctions', 2, 'tag'],
        ['Seoul', 2, 'name'],
        ['Peace talks', 1, 'topic'],
        ['United Nations', 1, 'name'],
      ],
      languages: [
        ['en', 2],
        ['ko', 1],
      ],
    });
  });
});
