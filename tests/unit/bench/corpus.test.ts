import { describe, expect, it } from 'vitest';
import {
  castSizes,
  generateCorpus,
  makeVocabulary,
  searchQueries,
  seededRandom,
  yamlMapping,
  zipfSampler,
  type CorpusFile,
} from '../../../scripts/bench/corpus.ts';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { toArticleRecord } from '../../../src/model/records.ts';
import { validateArticles } from '../../../src/model/validate.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { formatIssues } from '../../../src/model/issues.ts';

const files = (articles: number, seed = 1): CorpusFile[] => [...generateCorpus({ articles, seed })];

describe('seededRandom', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const take = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const value of take(9)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('zipfSampler', () => {
  it('draws every rank in range, the first about twice as often as the second', () => {
    const sample = zipfSampler(1000, 1);
    const random = seededRandom(3);
    const counts = new Array<number>(1000).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 200_000; i++) {
      const rank = sample(random);
      if (rank < 0 || rank >= 1000) outOfRange++;
      else counts[rank]!++;
    }
    expect(outOfRange).toBe(0);
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.8);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.2);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(9);
    expect(counts.slice(500).some((n) => n > 0)).toBe(true);
  });

  it('refuses an empty range', () => {
    expect(() => zipfSampler(0)).toThrow(/positive integer/);
  });
});

describe('makeVocabulary', () => {
  it('makes tens of thousands of distinct lowercase words', () => {
    const words = makeVocabulary(seededRandom(1), 40_000);
    expect(new Set(words).size).toBe(40_000);
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });
});

describe('generateCorpus', () => {
  it('is deterministic: the same seed writes the same files, another seed other ones', () => {
    expect(files(20)).toEqual(files(20));
    expect(files(20, 2)).not.toEqual(files(20));
    expect(searchQueries({ articles: 20 })).toEqual(searchQueries({ articles: 20 }));
  });

  it('writes articles that pass the article schema and the archive checks, with sources and topics', () => {
    const corpus = files(150);
    const ids = (prefix: string, ext: RegExp) =>
      new Set(corpus.filter((f) => f.path.startsWith(prefix)).map((f) => f.path.slice(prefix.length).replace(ext, '')));
    const sources = ids('sources/', /\.yaml$/);
    const topics = ids('topics/', /\.md$/);
    expect(sources.size).toBeGreaterThan(5);
    expect(topics.size).toBeGreaterThan(5);

    const articles = corpus.filter((f) => f.path.startsWith('articles/'));
    expect(articles).toHaveLength(150);
    const records = articles.map((file) => {
      const { data, body } = readFrontMatter(file.text);
      const parsed = articleSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${file.path}: ${formatIssues(parsed.error.issues).join('; ')}`);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1400);
      return toArticleRecord(
        { id: file.path.replace(/^articles\//, '').replace(/\.md$/, ''), data: parsed.data },
        'bench',
      );
    });
    expect(validateArticles(records, sources, topics)).toEqual([]);

    // The full front matter shows up across the archive.
    const data = records.map((r) => r.data);
    expect(data.some((d) => d.corrections.length > 0)).toBe(true);
    expect(data.some((d) => d.gallery.length > 0)).toBe(true);
    expect(data.some((d) => d.image?.src && d.image.caption && d.image.credit)).toBe(true);
    expect(data.some((d) => d.label)).toBe(true);
    expect(data.every((d) => d.tags.length > 0)).toBe(true);
    expect(data.some((d) => d.people.length && d.places.length && d.organizations.length && d.topics.length)).toBe(
      true,
    );
  });
});

describe('an archive with few names', () => {
  const names = (corpus: CorpusFile[], field: string) =>
    new Set(
      corpus
        .filter((f) => f.path.startsWith('articles/'))
        .flatMap((f) => readFrontMatter(f.text).data[field] as string[]),
    );

  it('draws every story from the same small cast, however large the archive', () => {
    const cast = castSizes(100_000, 'few');
    const corpus = [...generateCorpus({ articles: 400, seed: 5, names: 'few' })];
    expect(names(corpus, 'people').size).toBeLessThanOrEqual(cast.people);
    expect(names(corpus, 'tags').size).toBeLessThanOrEqual(cast.tags);
    expect(corpus.filter((f) => f.path.startsWith('topics/'))).toHaveLength(cast.topics);
    // The default cast grows with the archive: 400 stories already name more people than the few.
    expect(names(files(400, 5), 'people').size).toBeGreaterThan(cast.people * 10);
  });

  it('writes shorter stories than the default, about 600 words', () => {
    const corpus = [...generateCorpus({ articles: 100, seed: 5, names: 'few' })].filter((f) =>
      f.path.startsWith('articles/'),
    );
    const counts = corpus.map((f) => readFrontMatter(f.text).body.split(/\s+/).filter(Boolean).length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(Math.max(...counts)).toBeLessThanOrEqual(900);
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(700);
  });
});

describe('yamlMapping', () => {
  it('writes one quoted key a line and leaves out undefined values', () => {
    expect(yamlMapping({ a: '2016-01-20', b: undefined, c: ['x', 'y'] })).toBe('a: "2016-01-20"\nc: ["x","y"]\n');
  });
});
