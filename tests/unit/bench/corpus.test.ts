import { describe, expect, it } from 'vitest';
import {
  castSizes,
  generateCorpus,
  koreanStories,
  makeKoreanVocabulary,
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
import { load as parseYaml } from 'js-yaml';
import { stripParticle } from '../../../src/search/korean/particles.ts';
import { compoundParts } from '../../../src/search/korean/compounds.ts';
import { NEWS_NOUNS } from '../../../src/search/korean/news-nouns.ts';

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

describe('an archive with Korean stories mixed in', () => {
  const articleFiles = (corpus: CorpusFile[]) => corpus.filter((f) => f.path.startsWith('articles/'));
  const korean = (corpus: CorpusFile[]) =>
    articleFiles(corpus).filter((f) => readFrontMatter(f.text).data.language === 'ko');

  it('writes the asked share of stories in Korean, in Hangul, filed under a section of the sections file', () => {
    const corpus = [...generateCorpus({ articles: 200, seed: 3, korean: 10 })];
    const stories = korean(corpus);
    expect(stories).toHaveLength(20);
    expect(koreanStories(200, 10)).toBe(stories.length);
    const sections = parseYaml(corpus.find((f) => f.path === 'sections.yaml')!.text) as Record<string, { ko: string }>;
    const koreanSectionNames = new Set(Object.values(sections).map((names) => names.ko));
    for (const file of stories) {
      const { data, body } = readFrontMatter(file.text);
      expect(koreanSectionNames.has(data.section as string)).toBe(true);
      // Mostly Hangul: the letters of the body, outside the English names quoted in it.
      const hangul = body.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
      const latin = body.match(/[A-Za-z]/g)?.length ?? 0;
      expect(hangul).toBeGreaterThan(latin * 5);
      expect(data.title).toMatch(/^[\uac00-\ud7a3 ]+$/);
    }
    // English stories stay English, and an all-English archive writes no sections file.
    expect(articleFiles(corpus).length - stories.length).toBe(180);
    expect(files(200, 3).some((f) => f.path === 'sections.yaml')).toBe(false);
  });

  it('passes the article schema and the archive checks', () => {
    const corpus = [...generateCorpus({ articles: 60, seed: 2, korean: 50 })];
    const ids = (prefix: string, ext: RegExp) =>
      new Set(corpus.filter((f) => f.path.startsWith(prefix)).map((f) => f.path.slice(prefix.length).replace(ext, '')));
    const records = articleFiles(corpus).map((file) => {
      const parsed = articleSchema.safeParse(readFrontMatter(file.text).data);
      if (!parsed.success) throw new Error(`${file.path}: ${formatIssues(parsed.error.issues).join('; ')}`);
      return toArticleRecord({ id: file.path.replace(/^articles\//, '').replace(/\.md$/, ''), data: parsed.data }, 'b');
    });
    expect(records.filter((r) => r.data.language === 'ko')).toHaveLength(30);
    expect(validateArticles(records, ids('sources/', /\.yaml$/), ids('topics/', /\.md$/))).toEqual([]);
  });

  it('keeps the English stories those of the all-English archive of the same seed', () => {
    const english = articleFiles(files(100, 4));
    const mixed = articleFiles([...generateCorpus({ articles: 100, seed: 4, korean: 10 })]);
    const kept = mixed.filter((f) => readFrontMatter(f.text).data.language !== 'ko');
    expect(kept).toHaveLength(90);
    for (const file of kept) expect(english).toContainEqual(file);
  });

  it('is deterministic for a seed', () => {
    const make = (seed: number) => korean([...generateCorpus({ articles: 50, seed, korean: 20 })]);
    expect(make(6)).toEqual(make(6));
    expect(make(7)).not.toEqual(make(6));
  });

  it('writes particles and compounds the search must handle, and searches a word with its particle', () => {
    const bodies = korean([...generateCorpus({ articles: 100, seed: 1, korean: 20 })])
      .map((f) => readFrontMatter(f.text).body)
      .join(' ');
    const words = bodies.match(/[\uac00-\ud7a3]+/g) ?? [];
    const withParticle = words.filter((w) => stripParticle(w) !== undefined);
    expect(withParticle.length / words.length).toBeGreaterThan(0.2);
    expect(compoundParts(bodies).length).toBeGreaterThan(20);

    const queries = searchQueries({ articles: 100, seed: 1, korean: 20 });
    expect(queries.slice(0, -1)).toEqual(searchQueries({ articles: 100, seed: 1 }));
    const query = queries.at(-1)!;
    const stem = stripParticle(query);
    expect(stem).toBeDefined();
    // The stripped word is written in the Korean stories, so the query has results to find.
    expect(words.filter((w) => w === stem || stripParticle(w) === stem).length).toBeGreaterThan(10);
  });

  it('builds Korean words as Hangul syllables, none of them a dictionary noun', () => {
    const vocabulary = makeKoreanVocabulary(seededRandom(1), 2000);
    expect(new Set(vocabulary).size).toBe(2000);
    expect(vocabulary.every((w) => /^[\uac00-\ud7a3]+$/.test(w))).toBe(true);
    expect(vocabulary.some((w) => NEWS_NOUNS.includes(w))).toBe(false);
  });
});
