import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { HUGO_TAXONOMIES, hugoConfig, hugoSiteFiles } from '../../../scripts/bench/hugo-site.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { FEED_SIZE, SITE } from '../../../src/config/site.ts';

describe('hugoConfig', () => {
  const config = hugoConfig('/tmp/bench/content');

  it('mounts the archive’s stories as Hugo’s articles section, beside the site’s own folders', () => {
    expect(config.module.mounts).toContainEqual({ source: '/tmp/bench/content/articles', target: 'content/articles' });
    for (const own of ['content', 'layouts', 'static'])
      expect(config.module.mounts).toContainEqual({ source: own, target: own });
  });

  it('pages lists and feeds as Dateline does', () => {
    expect(config.paginate).toBe(SITE.listPageSize);
    expect(config.rssLimit).toBe(FEED_SIZE);
    expect(config.params.relatedCount).toBe(SITE.relatedCount);
  });

  it('makes a taxonomy of every name field of an article, read from the field of that name', () => {
    const fields = Object.keys(articleSchema.shape);
    for (const plural of Object.values(config.taxonomies)) expect(fields).toContain(plural);
    expect(Object.values(config.taxonomies).sort()).toEqual(
      ['organizations', 'people', 'places', 'section', 'tags', 'topics'].sort(),
    );
  });

  it('finds related stories only by fields that are taxonomies, or the date', () => {
    const plurals: string[] = Object.values(HUGO_TAXONOMIES);
    for (const index of config.related.indices) expect([...plurals, 'date']).toContain(index.name);
  });
});

describe('hugoSiteFiles', () => {
  const corpus = [...generateCorpus({ articles: 30, seed: 2 })];
  const files = hugoSiteFiles(corpus);

  it('gives each topic its term page and each source its data file, and leaves the stories to the mount', () => {
    const topics = corpus.filter((f) => f.path.startsWith('topics/'));
    const sources = corpus.filter((f) => f.path.startsWith('sources/'));
    expect(files).toHaveLength(topics.length + sources.length);
    expect(files.some((f) => f.path.includes('articles'))).toBe(false);
    const topic = topics[0]!;
    const id = topic.path.slice('topics/'.length, -'.md'.length);
    expect(files).toContainEqual({ path: `content/topics/${id}/_index.md`, text: topic.text });
    const source = sources[0]!;
    expect(files).toContainEqual({ path: `data/${source.path}`, text: source.text });
  });

  it('puts every topic an article names where Hugo looks for that term’s page', () => {
    const termPages = new Set(files.map((f) => f.path));
    const named = corpus
      .filter((f) => f.path.startsWith('articles/'))
      .flatMap((f) => JSON.parse(/^topics: (.*)$/m.exec(f.text)?.[1] ?? '[]') as string[]);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(termPages).toContain(`content/topics/${id}/_index.md`);
  });
});
