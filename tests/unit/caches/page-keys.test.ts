import { describe, expect, it } from 'vitest';
import { buildArchiveIndex, type ArchiveIndex } from '../../../src/archive/archive-index.ts';
import type { ArticleInput } from '../../../src/model/records.ts';
import { articleSchema } from '../../../src/model/article.ts';

const input = (id: string, date: string, extra: Record<string, unknown> = {}, digest?: string): ArticleInput => ({
  id,
  data: articleSchema.parse({ title: id, date, source: 'wire', section: 'S', topics: ['talks'], ...extra }),
  digest,
});

const sources = [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }];
const topics = [{ id: 'talks', data: { title: 'Talks', description: 'd' } }];

function archiveOf(articles: ArticleInput[], sourceName = 'Wire'): ArchiveIndex {
  return buildArchiveIndex({
    articles,
    sources: [{ ...sources[0]!, data: { ...sources[0]!.data, name: sourceName } }],
    topics,
  });
}

/** The keys of every article page, as the article route computes its props. */
function articlePageKeys(archive: ArchiveIndex): Map<string, string> {
  return new Map(
    archive.articles.map((article) => [
      article.id,
      archive.pageKey({ article, related: archive.related(article, 5), neighbours: archive.neighbours(article) }),
    ]),
  );
}

const corpus = [
  input('2016/one', '2016-01-01', { tags: ['Sanctions'] }),
  input('2017/two', '2017-01-01', { tags: ['Sanctions'] }),
  input('2018/three', '2018-01-01', { topics: [], tags: ['Weather'] }),
  input('2019/four', '2019-01-01', { topics: [], tags: ['Sport'] }),
];

describe('incremental-build cache keys', () => {
  it('are the same in two builds of the same content', () => {
    expect(articlePageKeys(archiveOf(corpus))).toEqual(articlePageKeys(archiveOf(structuredClone(corpus))));
  });

  it('change for the edited article and the pages that show it, and for no other', () => {
    const before = articlePageKeys(archiveOf(corpus));
    const edited = corpus.map((a) =>
      a.id === '2016/one' ? input(a.id, '2016-01-01', { title: 'One, corrected', tags: ['Sanctions'] }) : a,
    );
    const after = articlePageKeys(archiveOf(edited));
    // "two" links to "one" as related coverage and as the previous story in the topic.
    expect(after.get('2016/one')).not.toBe(before.get('2016/one'));
    expect(after.get('2017/two')).not.toBe(before.get('2017/two'));
    expect(after.get('2018/three')).toBe(before.get('2018/three'));
    expect(after.get('2019/four')).toBe(before.get('2019/four'));
  });

  it('change when only the body changed, through the file digest', () => {
    const withDigest = (digest: string) => corpus.map((a) => (a.id === '2019/four' ? { ...a, digest } : a));
    const before = articlePageKeys(archiveOf(withDigest('aaa')));
    const after = articlePageKeys(archiveOf(withDigest('bbb')));
    expect(after.get('2019/four')).not.toBe(before.get('2019/four'));
    expect(after.get('2018/three')).toBe(before.get('2018/three'));
  });

  it('change everywhere when a source is renamed, since every list shows source names', () => {
    const before = articlePageKeys(archiveOf(corpus));
    const after = articlePageKeys(archiveOf(corpus, 'Wire Service'));
    for (const [id, key] of after) expect(key, id).not.toBe(before.get(id));
  });

  it('tell apart lists that hold the same articles in another order or another page', () => {
    const archive = archiveOf(corpus);
    const [a, b] = archive.articles;
    expect(archive.pageKey({ articles: [a, b] })).not.toBe(archive.pageKey({ articles: [b, a] }));
    expect(archive.pageKey({ page: 1, articles: [a] })).not.toBe(archive.pageKey({ page: 2, articles: [a] }));
  });
});
