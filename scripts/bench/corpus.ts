/**
 * A deterministic synthetic archive for the benchmark: the same seed and size always give the
 * same files. Words follow a Zipf-like spread over tens of thousands of made-up words, so the
 * search index sees a realistic mix of very common and very rare terms; front matter uses every
 * field of `articleSchema`, with people, places, tags and topics drawn with a similar skew.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleData, ArticleImage } from '../../src/model/article.ts';
import type { Source } from '../../src/model/source.ts';
import type { Topic } from '../../src/model/topic.ts';
import { SECTIONS_FILE } from '../../src/model/translations.ts';
import { lastSound } from '../../src/search/korean/hangul.ts';
import { NEWS_NOUNS } from '../../src/search/korean/news-nouns.ts';
import { stripParticle } from '../../src/search/korean/particles.ts';

/** A seeded pseudo-random source: numbers in [0, 1). */
export type Random = () => number;

/** Mulberry32: small, fast and good enough to make test data; the same seed gives the same stream. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick() needs a non-empty list');
  return item;
}

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^exponent (Zipf's law
 * for exponent 1), by binary search over the cumulative weights.
 */
export function zipfSampler(size: number, exponent = 1): (random: Random) => number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Zipf size must be a positive integer, got ${size}`);
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` distinct items drawn with `sample` (fewer if the pool runs dry), in the order drawn. */
export function distinct<T>(random: Random, count: number, sample: (random: Random) => T): T[] {
  const found = new Set<T>();
  for (let tries = 0; found.size < count && tries < count * 20; tries++) found.add(sample(random));
  return [...found];
}

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'ch',
  'cl',
  'dr',
  'gr',
  'pl',
  'pr',
  'sh',
  'st',
  'th',
  'tr',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk'];

/**
 * `size` distinct lowercase made-up words, shortest and commonest-looking first, as a Zipf
 * vocabulary would rank them: rank 0 is the most frequent word.
 */
export function makeVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = words.size < 200 ? 1 : words.size < 5000 ? 2 : randomInt(random, 2, 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, NUCLEI) + pick(random, CODAS);
    words.add(word);
  }
  return [...words];
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** What the generator is asked for. */
export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Distinct words in the vocabulary. */
  vocabulary?: number;
  /**
   * `few`: a small archive's cast, whatever its size (8 people, 5 topics, 50 tags, 12 places,
   * 8 organizations, 400–800 words a story), where a site's cost is its stories, not its name
   * pages. `many` (the default) grows the cast with the archive.
   */
  names?: 'many' | 'few';
  /**
   * Percent of the stories written in Korean (`--korean P`, default 0): every 100/P-th story, with
   * the same date, source and names as the English story it replaces, so the English stories are
   * those of an all-English archive of the same seed.
   */
  korean?: number;
}

/** How many of each name a corpus draws from, and how long its stories are. */
export interface CastSizes {
  people: number;
  places: number;
  organizations: number;
  tags: number;
  topics: number;
  /** Words in a story's body, fewest and most. */
  bodyWords: readonly [number, number];
}

/** The cast for an archive of `articles` stories: growing with it, as a real archive's does but more slowly, or a fixed few. */
export function castSizes(articles: number, names: 'many' | 'few' = 'many'): CastSizes {
  if (names === 'few') return { people: 8, places: 12, organizations: 8, tags: 50, topics: 5, bodyWords: [400, 800] };
  const sized = (base: number, perThousand: number) => Math.max(base, Math.round((articles / 1000) * perThousand));
  return {
    people: sized(200, 400),
    places: sized(80, 60),
    organizations: sized(60, 50),
    tags: sized(100, 80),
    topics: sized(20, 8),
    bodyWords: [300, 1200],
  };
}

/** One file of the archive: a path under the content root and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Pools the front matter draws from, with their Zipf samplers. */
interface Pools {
  vocabulary: string[];
  word: (random: Random) => number;
  people: string[];
  person: (random: Random) => number;
  places: string[];
  place: (random: Random) => number;
  organizations: string[];
  organization: (random: Random) => number;
  tags: string[];
  tag: (random: Random) => number;
  topics: string[];
  topic: (random: Random) => number;
  sources: string[];
  bodyWords: readonly [number, number];
}

const SECTIONS = [
  'Politics',
  'Diplomacy',
  'Economy',
  'Security',
  'Society',
  'Culture',
  'Science',
  'Sports',
  'World',
  'Opinion',
];
const LABELS = ['LEAD', 'UPDATE', '2nd LD', 'ANALYSIS', 'CORRECTION', 'URGENT', 'FEATURE'];
const FIRST_YEAR = 2000;
const YEARS = 25;

/** The pools of words and names an archive is drawn from, sized by `castSizes`. */
function makePools(random: Random, cast: CastSizes, vocabularySize: number): Pools {
  const vocabulary = makeVocabulary(random, vocabularySize);
  const name = () =>
    `${capitalise(pick(random, vocabulary.slice(200, 3000)))} ${capitalise(pick(random, vocabulary.slice(3000, 20000)))}`;
  const people = distinct(random, cast.people, name);
  const places = distinct(random, cast.places, () => capitalise(pick(random, vocabulary.slice(1000, 8000))));
  const organizations = distinct(
    random,
    cast.organizations,
    () =>
      `${capitalise(pick(random, vocabulary.slice(200, 5000)))} ${pick(random, ['Ministry', 'Council', 'Agency', 'Institute', 'Party', 'Group', 'Bank', 'Commission'])}`,
  );
  const tags = distinct(random, cast.tags, () => pick(random, vocabulary.slice(100, 6000)));
  const topics = distinct(
    random,
    cast.topics,
    () => `${pick(random, vocabulary.slice(200, 4000))}-${pick(random, vocabulary.slice(200, 4000))}`,
  );
  const sources = Array.from({ length: 12 }, (_, i) => `source-${String.fromCharCode(97 + i)}`);
  return {
    vocabulary,
    word: zipfSampler(vocabulary.length, 1.05),
    people,
    person: zipfSampler(people.length, 0.9),
    places,
    place: zipfSampler(places.length, 1),
    organizations,
    organization: zipfSampler(organizations.length, 1),
    tags,
    tag: zipfSampler(tags.length, 0.9),
    topics,
    topic: zipfSampler(topics.length, 0.8),
    sources,
    bodyWords: cast.bodyWords,
  };
}

function words(random: Random, pools: Pools, count: number): string[] {
  return Array.from({ length: count }, () => pools.vocabulary[pools.word(random)]!);
}

function sentence(random: Random, pools: Pools, length: number): string {
  const list = words(random, pools, length);
  list[0] = capitalise(list[0]!);
  return `${list.join(' ')}.`;
}

/** A body of exactly `wordCount` words in paragraphs, with the odd heading, list, quote and link. */
export function makeBody(random: Random, pools: Pools, wordCount: number, people: readonly string[]): string {
  const blocks: string[] = [];
  let left = wordCount;
  while (left > 0) {
    const kind = random();
    if (kind < 0.06 && left > 20 && blocks.length > 0) {
      blocks.push(`## ${capitalise(words(random, pools, 4).join(' '))}`);
      left -= 4;
    } else if (kind < 0.1 && left > 30) {
      const items = Array.from({ length: 3 }, () => `- ${sentence(random, pools, 5)}`);
      blocks.push(items.join('\n'));
      left -= 15;
    } else {
      const size = Math.min(left, randomInt(random, 40, 120));
      const sentences: string[] = [];
      let written = 0;
      while (written < size) {
        const length = Math.min(size - written, randomInt(random, 8, 25));
        let text = sentence(random, pools, length);
        if (people.length && random() < 0.08) text = `${pick(random, people)} said: “${text}”`;
        if (random() < 0.03) text = `${text} [More](https://example.org/${pools.vocabulary[pools.word(random)]})`;
        sentences.push(text);
        written += length;
      }
      blocks.push(sentences.join(' '));
      left -= size;
    }
  }
  return blocks.join('\n\n');
}

/** Draws a story's date, as front matter writes it. */
export type DateDraw = (random: Random) => string;

const two = (n: number) => String(n).padStart(2, '0');

/** Any day of the archive's years, up to the 28th of a month, in one of four zones or as a date alone. */
const anyDate: DateDraw = (random) => {
  const year = FIRST_YEAR + randomInt(random, 0, YEARS - 1);
  const month = randomInt(random, 1, 12);
  const day = randomInt(random, 1, 28);
  const date = `${year}-${two(month)}-${two(day)}`;
  if (random() < 0.15) return date;
  return `${date}T${two(randomInt(random, 0, 23))}:${two(randomInt(random, 0, 59))}:00${pick(random, ['+09:00', 'Z', '-05:00', '+01:00'])}`;
};

/**
 * A time on 31 December of `year`: the day a daily run's stories are filed, newer than any story
 * `anyDate` makes. Only zones at or east of UTC, so no story's instant falls into the next year
 * and opens a year folder the archive does not have.
 */
export function lastDayOf(year: number): DateDraw {
  return (random) =>
    `${year}-12-31T${two(randomInt(random, 0, 23))}:${two(randomInt(random, 0, 59))}:00${pick(random, ['+09:00', 'Z', '+01:00'])}`;
}

function image(random: Random, pools: Pools, withFile: boolean): ArticleImage {
  return {
    ...(withFile && { src: `/images/${pools.vocabulary[pools.word(random)]}-${randomInt(random, 1, 99999)}.jpg` }),
    alt: sentence(random, pools, 8),
    caption: sentence(random, pools, randomInt(random, 12, 30)),
    credit: pick(random, ['Staff photo', 'Pool', 'File photo', 'Handout', 'Photo agency']),
  };
}

/** A flat YAML mapping: JSON values are valid YAML, and dates stay quoted strings. */
export function yamlMapping(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
}

function frontMatter(data: Record<string, unknown>): string {
  return `---\n${yamlMapping(data)}---\n`;
}

/** The front matter (as the schema's input) and body of article number `index`. */
export function makeArticle(
  random: Random,
  pools: Pools,
  index: number,
  drawDate: DateDraw = anyDate,
): { path: string; data: Record<string, unknown>; body: string } {
  const date = drawDate(random);
  const year = date.slice(0, 4);
  const title = sentence(random, pools, randomInt(random, 6, 12)).slice(0, -1);
  const slug = `${title.toLowerCase().split(' ').slice(0, 5).join('-')}-${index}`;
  const people = distinct(random, randomInt(random, 0, 6), (r) => pools.people[pools.person(r)]!);
  const hasImage = random() < 0.7;
  const galleryCount = random() < 0.1 ? randomInt(random, 1, 4) : 0;
  const corrections =
    random() < 0.05
      ? Array.from({ length: randomInt(random, 1, 2) }, (_, i) => ({
          date: `${year}-12-${String(28 - i).padStart(2, '0')}`,
          text: sentence(random, pools, 14),
        }))
      : [];
  const source = pick(random, pools.sources);
  const data = {
    title,
    date,
    updated: random() < 0.2 ? `${year}-12-31T12:00:00Z` : undefined,
    source,
    byline: distinct(random, randomInt(random, 1, 2), (r) => pools.people[pools.person(r)]!),
    dateline: random() < 0.85 ? pools.places[pools.place(random)]!.toUpperCase() : undefined,
    section: pick(random, SECTIONS),
    topics: distinct(random, randomInt(random, 0, 3), (r) => pools.topics[pools.topic(r)]!),
    tags: distinct(random, randomInt(random, 1, 6), (r) => pools.tags[pools.tag(r)]!),
    people,
    places: distinct(random, randomInt(random, 0, 4), (r) => pools.places[pools.place(r)]!),
    organizations: distinct(random, randomInt(random, 0, 3), (r) => pools.organizations[pools.organization(r)]!),
    summary: random() < 0.9 ? sentence(random, pools, randomInt(random, 15, 35)) : undefined,
    label: random() < 0.3 ? pick(random, LABELS) : undefined,
    editorNote: random() < 0.05 ? sentence(random, pools, 12) : undefined,
    image: hasImage ? image(random, pools, random() < 0.6) : undefined,
    gallery: galleryCount
      ? Array.from({ length: galleryCount }, () => image(random, pools, random() < 0.8))
      : undefined,
    corrections: corrections.length ? corrections : undefined,
    originalUrl: random() < 0.7 ? `https://${source}.example.com/${year}/${slug}` : undefined,
    rights: random() < 0.5 ? `Synthetic text generated for the Dateline benchmark; credited to ${source}.` : undefined,
    language: 'en',
  } satisfies Partial<Record<keyof ArticleData, unknown>>;
  return {
    path: `articles/${year}/${slug}.md`,
    data,
    body: makeBody(random, pools, randomInt(random, ...pools.bodyWords), people),
  };
}

/** Which stories of an archive are Korean: `percent` of them, spread evenly (story i when the running share steps up). */
export function isKoreanStory(index: number, percent: number): boolean {
  return Math.floor(((index + 1) * percent) / 100) > Math.floor((index * percent) / 100);
}

/** How many of `articles` stories `isKoreanStory` makes Korean at `percent`. */
export function koreanStories(articles: number, percent: number): number {
  return Math.floor((articles * percent) / 100);
}

/** The Korean stories' section names, written in a generated `sections.yaml` as content/sections.yaml maps 안보 → Security. */
export const KOREAN_SECTIONS: Readonly<Record<string, string>> = {
  Politics: '정치',
  Diplomacy: '외교',
  Economy: '경제',
  Security: '안보',
  Society: '사회',
  Culture: '문화',
  Science: '과학',
  Sports: '스포츠',
  World: '국제',
  Opinion: '오피니언',
};

/** `sections.yaml` for a corpus with Korean stories: each generator section with its Korean name. */
export function koreanSectionsFile(): CorpusFile {
  const text = Object.entries(KOREAN_SECTIONS)
    .map(([english, korean]) => `${english}:\n  ko: ${korean}\n`)
    .join('');
  return { path: SECTIONS_FILE, text };
}

/** A precomposed Hangul syllable from its initial (0–18), vowel (0–20) and final (0–27, 0 for none). */
export function hangulSyllable(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(0xac00 + (initial * 21 + vowel) * 28 + final);
}

/**
 * What a made-up syllable is drawn from, weighted as Korean text is: plain initials (ㄱ ㄴ ㄷ ㄹ ㅁ
 * ㅂ ㅅ ㅇ ㅈ ㅊ ㅌ ㅍ ㅎ, ㅇ most) before tense ones, the simple vowels before the compound ones,
 * and most syllables open, then ㄴ, ㅇ, ㄱ, ㄹ, ㅁ, ㅂ (indexes into the Unicode block's tables).
 */
const KOREAN_INITIALS = [0, 0, 2, 3, 5, 6, 7, 9, 9, 11, 11, 11, 12, 12, 14, 16, 17, 18, 18, 1, 10];
const KOREAN_VOWELS = [0, 0, 0, 4, 4, 8, 8, 13, 13, 18, 20, 20, 1, 5, 6, 9, 12, 17, 14, 11];
const KOREAN_FINALS = [0, 0, 0, 0, 0, 4, 4, 21, 21, 1, 8, 16, 17];

/**
 * `size` distinct made-up Korean words (1–4 syllables), shortest first as Zipf ranks them. None
 * is a noun of the search's dictionary or ends in a particle the search would strip, so a word
 * with a particle is stripped back to the word itself.
 */
export function makeKoreanVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = words.size < 60 ? 1 : words.size < 5000 ? 2 : randomInt(random, 2, 4);
    let word = '';
    for (let i = 0; i < syllables; i++)
      word += hangulSyllable(pick(random, KOREAN_INITIALS), pick(random, KOREAN_VOWELS), pick(random, KOREAN_FINALS));
    if (NEWS_NOUN_SET.has(word) || (syllables > 1 && stripParticle(word) !== undefined)) continue;
    words.add(word);
  }
  return [...words];
}

const NEWS_NOUN_SET = new Set(NEWS_NOUNS);

/** The particle forms a noun takes, by the sound it ends in (src/search/korean/particles.ts strips them). */
const KOREAN_PARTICLES = {
  consonant: ['은', '이', '을', '의', '에서', '과', '으로', '에', '도'],
  vowel: ['는', '가', '를', '의', '에서', '와', '로', '에', '도'],
} as const;

/** `word` with a particle that fits its last sound (ㄹ takes 로 as a vowel does). */
export function withParticle(random: Random, word: string): string {
  const sound = lastSound(word);
  const particle = pick(random, KOREAN_PARTICLES[sound === 'consonant' ? 'consonant' : 'vowel']);
  return `${word}${sound === 'rieul' && particle === '로' ? '로' : particle}`;
}

/** The Korean query the bench searches: the commonest two-syllable made-up word with its topic particle (은/는), as a reader types it. */
export function koreanQuery(vocabulary: readonly string[]): string {
  const word = vocabulary[60]!;
  return `${word}${lastSound(word) === 'vowel' ? '는' : '은'}`;
}

const KOREAN_ENDINGS = ['했다', '밝혔다', '전했다', '있다', '됐다', '말했다'];
const KOREAN_LABELS = ['종합', '2보', '속보', '분석', '1보'];

/** The Korean word pool, its Zipf sampler and the random stream every Korean story draws from. */
interface KoreanPools {
  random: Random;
  vocabulary: string[];
  word: (random: Random) => number;
}

/** The Korean pools of archive `seed`; the text is drawn from `textSeed`'s stream when given, else from the vocabulary's. */
function makeKoreanPools(seed: number, textSeed?: number): KoreanPools {
  // A stream of its own, so the English stories draw exactly what they would without Korean ones.
  const random = seededRandom(seed ^ 0x6b6f6b6f);
  const vocabulary = makeKoreanVocabulary(random, 20_000);
  return {
    random: textSeed === undefined ? random : seededRandom(textSeed),
    vocabulary,
    word: zipfSampler(vocabulary.length, 1.05),
  };
}

/**
 * One Korean word as running text has it: mostly a bare made-up word, about a third with a
 * particle, and some compounds: two or three nouns of the search's dictionary (대북제재, which the
 * build cuts into parts so that 제재 finds it; made-up words are not in the dictionary, so their
 * compounds are not cut) and two made-up words run together, which only their start finds.
 */
function koreanWord(ko: KoreanPools): string {
  const { random } = ko;
  const next = () => ko.vocabulary[ko.word(random)]!;
  const kind = random();
  const word =
    kind < 0.05
      ? Array.from({ length: randomInt(random, 2, 3) }, () => pick(random, NEWS_NOUNS)).join('')
      : kind < 0.08
        ? `${next()}${next()}`
        : next();
  return random() < 0.35 ? withParticle(random, word) : word;
}

function koreanSentence(ko: KoreanPools, length: number, end = '.'): string {
  const list = Array.from({ length: Math.max(1, length - 1) }, () => koreanWord(ko));
  return `${list.join(' ')} ${pick(ko.random, KOREAN_ENDINGS)}${end}`;
}

/** A Korean body of `wordCount` words (어절) in paragraphs, with the odd heading, list and quote. */
export function makeKoreanBody(ko: KoreanPools, wordCount: number, people: readonly string[]): string {
  const { random } = ko;
  const blocks: string[] = [];
  let left = wordCount;
  while (left > 0) {
    const kind = random();
    if (kind < 0.06 && left > 20 && blocks.length > 0) {
      blocks.push(`## ${Array.from({ length: 4 }, () => koreanWord(ko)).join(' ')}`);
      left -= 4;
    } else if (kind < 0.1 && left > 30) {
      blocks.push(Array.from({ length: 3 }, () => `- ${koreanSentence(ko, 5)}`).join('\n'));
      left -= 15;
    } else {
      const size = Math.min(left, randomInt(random, 30, 90));
      const sentences: string[] = [];
      let written = 0;
      while (written < size) {
        const length = Math.min(size - written, randomInt(random, 6, 18));
        let text = koreanSentence(ko, length);
        if (people.length && random() < 0.08) text = `${pick(random, people)} 씨는 “${text}”라고 말했다.`;
        sentences.push(text);
        written += length;
      }
      blocks.push(sentences.join(' '));
      left -= size;
    }
  }
  return blocks.join('\n\n');
}

/**
 * The Korean story that takes the place of the English `article`: its date, source and names
 * (people, places, topics and tags are the archive's, as a wire's Korean and English services
 * share them), with Korean text, a Korean section name and `language: ko`.
 */
export function koreanArticle(
  ko: KoreanPools,
  article: { data: Record<string, unknown> },
  index: number,
  bodyWords: readonly [number, number],
): { path: string; data: Record<string, unknown>; body: string } {
  const { random } = ko;
  const english = article.data;
  const date = String(english.date);
  const year = date.slice(0, 4);
  const title = koreanSentence(ko, randomInt(random, 5, 10), '');
  const slug = `${title.split(' ').slice(0, 4).join('-')}-${index}`;
  const caption = (image: unknown) =>
    image && typeof image === 'object'
      ? { ...image, alt: koreanSentence(ko, 6), caption: koreanSentence(ko, randomInt(random, 8, 20)) }
      : undefined;
  const corrections = Array.isArray(english.corrections)
    ? (english.corrections as { date: string }[]).map((c) => ({ date: c.date, text: koreanSentence(ko, 10) }))
    : undefined;
  const data = {
    ...english,
    title,
    dateline: english.dateline === undefined ? undefined : ko.vocabulary[(ko.word(random) % 2000) + 100],
    section: KOREAN_SECTIONS[String(english.section)],
    summary: english.summary === undefined ? undefined : koreanSentence(ko, randomInt(random, 10, 25)),
    label: english.label === undefined ? undefined : pick(random, KOREAN_LABELS),
    editorNote: english.editorNote === undefined ? undefined : koreanSentence(ko, 10),
    image: caption(english.image),
    gallery: Array.isArray(english.gallery) ? english.gallery.map(caption) : undefined,
    corrections,
    originalUrl:
      english.originalUrl === undefined
        ? undefined
        : `https://${String(english.source)}.example.com/${year}/ko-${index}`,
    rights:
      english.rights === undefined
        ? undefined
        : `Dateline 벤치마크를 위해 만든 글이며 ${String(english.source)}의 이름으로 싣는다.`,
    language: 'ko',
  };
  const people = Array.isArray(english.people) ? (english.people as string[]) : [];
  return {
    path: `articles/${year}/${slug}.md`,
    data,
    body: makeKoreanBody(ko, randomInt(random, ...bodyWords), people),
  };
}

/** Every file of an archive of `options.articles` articles, with its sources and topics (and `sections.yaml` when some stories are Korean). */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = seededRandom(options.seed ?? 1);
  const pools = makePools(random, castSizes(options.articles, options.names), options.vocabulary ?? 40_000);
  for (const [i, id] of pools.sources.entries()) {
    const source: Source = {
      name: `${capitalise(pools.vocabulary[300 + i]!)} News Service`,
      shortName: capitalise(pools.vocabulary[300 + i]!),
      url: `https://${id}.example.com`,
      country: pick(random, ['KR', 'US', 'GB', 'JP', 'FR', 'DE']),
      description: sentence(random, pools, 20),
    };
    yield { path: `sources/${id}.yaml`, text: yamlMapping(source) };
  }
  for (const id of pools.topics) {
    const topic: Topic = { title: capitalise(id.replace('-', ' and ')), description: sentence(random, pools, 20) };
    yield { path: `topics/${id}.md`, text: `${frontMatter(topic)}${sentence(random, pools, 60)}\n` };
  }
  const korean = options.korean ?? 0;
  const ko = korean > 0 ? makeKoreanPools(options.seed ?? 1) : undefined;
  if (ko) yield koreanSectionsFile();
  for (let i = 0; i < options.articles; i++) {
    // The English story is drawn even where a Korean one replaces it, so the stream goes on as without Korean.
    const english = makeArticle(random, pools, i);
    const article = ko && isKoreanStory(i, korean) ? koreanArticle(ko, english, i, pools.bodyWords) : english;
    yield { path: article.path, text: `${frontMatter(article.data)}${article.body}\n` };
  }
}

/**
 * The seed of the stream a daily run's stories are drawn from: not the archive's, so adding them
 * leaves the archive's own files as they were, and not the Korean stories'.
 */
const addedStream = (seed: number) => (seed ^ 0x61646421) >>> 0;

/** The newest year folder among article paths (`articles/YYYY/…`): where a daily run's stories go. */
export function newestYear(articlePaths: readonly string[]): number {
  const years = articlePaths.map((path) => Number(/^articles\/(\d{4})\//.exec(path)?.[1])).filter(Number.isInteger);
  if (!years.length) throw new RangeError('newestYear() needs at least one article in a year folder');
  return Math.max(...years);
}

/**
 * `count` more stories for the archive `options` describes, as a newsroom's day adds them
 * (`--add N`): drawn like its own stories from its words and names, numbered after its last
 * story, filed on the last day of `year`, and Korean in the same share.
 */
export function* addedStories(options: CorpusOptions, count: number, year: number): Generator<CorpusFile> {
  const seed = options.seed ?? 1;
  // The archive's pools are its stream's first draws, so a fresh stream of its seed makes the same ones.
  const pools = makePools(seededRandom(seed), castSizes(options.articles, options.names), options.vocabulary ?? 40_000);
  const random = seededRandom(addedStream(seed));
  const korean = options.korean ?? 0;
  const ko = korean > 0 ? makeKoreanPools(seed, addedStream(seed) ^ 0x6b6f6b6f) : undefined;
  for (let k = 0; k < count; k++) {
    const index = options.articles + k;
    const english = makeArticle(random, pools, index, lastDayOf(year));
    const article = ko && isKoreanStory(index, korean) ? koreanArticle(ko, english, index, pools.bodyWords) : english;
    yield { path: article.path, text: `${frontMatter(article.data)}${article.body}\n` };
  }
}

/**
 * Words a reader might search for in this corpus: common, mid-frequency, rare, a phrase and a
 * name; then, when some stories are Korean, a common Korean word with its particle (`koreanQuery`).
 */
export function searchQueries(options: CorpusOptions): string[] {
  const random = seededRandom(options.seed ?? 1);
  const pools = makePools(random, castSizes(options.articles, options.names), options.vocabulary ?? 40_000);
  const v = pools.vocabulary;
  const english = [v[40]!, v[900]!, v[6000]!, `${v[120]!} ${v[450]!}`, pools.people[3]!.split(' ')[1]!];
  if (!options.korean) return english;
  return [...english, koreanQuery(makeKoreanPools(options.seed ?? 1).vocabulary)];
}

/** Writes the archive under `dir`; returns the paths of the article files, relative to `dir`. */
export function writeCorpus(dir: string, options: CorpusOptions): Promise<string[]> {
  return writeFiles(dir, generateCorpus(options));
}

/** Writes `files` under `dir`; returns the paths of the article files among them, relative to `dir`. */
export async function writeFiles(dir: string, files: Iterable<CorpusFile>): Promise<string[]> {
  const articles: string[] = [];
  const made = new Set<string>();
  for (const file of files) {
    const folder = join(dir, file.path, '..');
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(join(dir, file.path), file.text);
    if (file.path.startsWith('articles/')) articles.push(file.path);
  }
  return articles;
}
