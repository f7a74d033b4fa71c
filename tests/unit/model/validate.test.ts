import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/archive/archive-index.ts';
import { ContentError, formatProblem, validateArticles } from '../../../src/model/validate.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { makeArticle } from '../fixtures.ts';

const sources = new Set(['wire', 'paper']);
const topics = new Set(['talks']);

describe('validateArticles', () => {
  it('names the file, the field and the valid choices for an unknown source or topic', () => {
    const article = { ...makeArticle('2016/a', { date: '2016-01-01', source: 'wirre', topics: ['talks', 'talsk'] }) };
    const lines = validateArticles([article], sources, topics).map(formatProblem);
    expect(lines).toEqual([
      'content/articles/2016/a.md: source: unknown source "wirre"; use one of "paper", "wire" or add sources/wirre.yaml',
      'content/articles/2016/a.md: topics[1]: unknown topic "talsk"; use one of "talks" or add topics/talsk.md',
    ]);
  });

  it('names both files when two articles would share a URL', () => {
    const first = makeArticle('2016/same-story', { date: '2016-01-01' });
    const second = makeArticle('2016/Same-Story', { date: '2016-01-01T08:00:00+09:00' });
    const lines = validateArticles([first, second], sources, topics).map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('content/articles/2016/Same-Story.md');
    expect(lines[0]).toContain('content/articles/2016/same-story.md');
  });

  it('catches an article filed under the wrong year', () => {
    const lines = validateArticles([makeArticle('2017/a', { date: '2016-12-31' })], sources, topics).map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/2017\/a\.md: date: the date is in 2016 but the file is in the 2017\/ folder/),
    ]);
  });
});

describe('buildArchiveIndex', () => {
  const base = { sources: [{ id: 'wire', data: { name: 'Wire', url: 'https://wire.example' } }], topics: [] };
  const entry = (id: string, extra: object) => ({
    id,
    data: articleSchema.parse({ title: id, date: '2016-01-01', source: 'wire', section: 'S', ...extra }),
  });

  it('refuses to build with any problem instead of dropping the article', () => {
    expect(() => buildArchiveIndex({ ...base, articles: [entry('2016/a', { source: 'nope' })] })).toThrow(ContentError);
  });

  it('leaves drafts out of the published archive', () => {
    const archive = buildArchiveIndex({ ...base, articles: [entry('2016/a', {}), entry('2016/b', { draft: true })] });
    expect(archive.articles.map((a) => a.id)).toEqual(['2016/a']);
  });

  it('leaves a story out until its embargo lifts, and shows it in a build after', () => {
    const articles = [entry('2016/a', {}), entry('2016/b', { embargo: '2016-01-02T09:00:00+09:00' })];
    const before = Date.parse('2016-01-01T23:59:00Z');
    const after = Date.parse('2016-01-02T00:00:00Z');
    expect(buildArchiveIndex({ ...base, articles, now: before }).articles.map((a) => a.id)).toEqual(['2016/a']);
    expect(
      buildArchiveIndex({ ...base, articles, now: after })
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(['2016/a', '2016/b']);
  });
});
