import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/archive/archive-index.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { ContentError } from '../../../src/model/validate.ts';

const base = { sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }], topics: [] };
const entry = (id: string, extra: object) => ({
  id,
  data: articleSchema.parse({ title: id, date: '2016-01-20T15:00:00+09:00', source: 'wire', section: 'S', ...extra }),
});

describe("buildArchiveIndex with stories' versions", () => {
  it('gives each story its earlier versions, first filed first, and none to a story filed once', () => {
    const archive = buildArchiveIndex({
      ...base,
      articles: [entry('2016/talks', { updated: '2016-01-20T21:00:00+09:00' }), entry('2016/other', {})],
      versions: [
        entry('2016/talks/versions/2', { updated: '2016-01-20T19:00:00+09:00' }),
        entry('2016/talks/versions/1', {}),
      ],
    });
    const [other, talks] = [...archive.articles].sort((a, b) => a.id.localeCompare(b.id));
    expect(archive.versionsOf(talks!).map((v) => v.number)).toEqual([1, 2]);
    expect(archive.versionsOf(other!)).toEqual([]);
  });

  it('refuses to build with a version dated after its story or without one, naming file and field', () => {
    const build = () =>
      buildArchiveIndex({
        ...base,
        articles: [entry('2016/talks', {})],
        versions: [
          entry('2016/talks/versions/1', { updated: '2016-01-21T09:00:00+09:00' }),
          entry('2016/gone/versions/1', {}),
        ],
      });
    expect(build).toThrow(ContentError);
    try {
      build();
    } catch (error) {
      expect((error as ContentError).problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
        'content/articles/2016/talks/versions/1.md: updated',
        'content/articles/2016/gone/versions/1.md: (file name)',
      ]);
    }
  });
});

describe('buildArchiveIndex across languages', () => {
  const stories = [
    entry('2016/test-announced', { language: 'en', translationKey: '2016-01-06-test' }),
    entry('2016/북한-핵실험', { language: 'ko', translationKey: '2016-01-06-test', section: '안보' }),
    entry('2016/talks', { language: 'en' }),
    entry('2016/gespraeche', { language: 'de' }),
  ];
  const archive = buildArchiveIndex({ ...base, articles: stories, sectionNames: { S: { ko: '안보' } } });
  const byId = (id: string) => archive.articles.find((a) => a.id === id)!;

  it('finds a story in every language it was filed in, itself included, in language order', () => {
    expect(archive.translationsOf(byId('2016/북한-핵실험')).map((a) => a.id)).toEqual([
      '2016/test-announced',
      '2016/북한-핵실험',
    ]);
    expect(archive.translationsOf(byId('2016/test-announced')).map((a) => a.id)).toEqual([
      '2016/test-announced',
      '2016/북한-핵실험',
    ]);
    expect(archive.translationsOf(byId('2016/talks')).map((a) => a.id)).toEqual(['2016/talks']);
  });

  it('lists each interface language its own stories, English those of languages with no interface', () => {
    expect(archive.listing('ko').articles.map((a) => a.id)).toEqual(['2016/북한-핵실험']);
    expect(
      archive
        .listing('en')
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(['2016/gespraeche', '2016/talks', '2016/test-announced']);
    expect(archive.listing('ko')).toBe(archive.listing('ko'));
  });

  it('files a story under a section written in another language in that section', () => {
    expect([...archive.bySection.keys()]).toEqual(['s']);
    expect(
      archive
        .listing('ko')
        .bySection.get('s')
        ?.articles.map((a) => a.id),
    ).toEqual(['2016/북한-핵실험']);
  });

  it('refuses two stories with one key in one language, naming both files', () => {
    const twice = [entry('2016/a', { translationKey: 'k' }), entry('2016/b', { translationKey: 'k' })];
    expect(() => buildArchiveIndex({ ...base, articles: twice })).toThrow(
      /translationKey: "k" is also the key of content\/articles\/2016\/a\.md, in the same language \("en"\)/,
    );
  });
});
