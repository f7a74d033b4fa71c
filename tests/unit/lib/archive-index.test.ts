import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/lib/archive-index.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { ContentError } from '../../../src/model/validate.ts';

const base = { sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }], topics: [] };
const entry = (id: string, extra: object) => ({
  id,
  data: articleSchema.parse({ title: id, date: '2016-01-20T15:00:00+09:00', source: 'wire', section: 'S', ...extra }),
});

describe("buildArchiveIndex with stories' versions", () => {
  it("gives each story its earlier versions, first filed first, and none to a story filed once", () => {
    const archive = buildArchiveIndex({
      ...base,
      articles: [entry('2016/talks', { updated: '2016-01-20T21:00:00+09:00' }), entry('2016/other', {})],
      versions: [entry('2016/talks/versions/2', { updated: '2016-01-20T19:00:00+09:00' }), entry('2016/talks/versions/1', {})],
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
        versions: [entry('2016/talks/versions/1', { updated: '2016-01-21T09:00:00+09:00' }), entry('2016/gone/versions/1', {})],
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
