import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../../src/archive/archive-index.ts';
import { sectionListings, sourceListings, topicListings } from '../../../src/archive/listing-pages.ts';
import { articleSchema } from '../../../src/model/article.ts';

const source = (id: string) => ({ id, data: { name: id, url: `https://${id}.example` } });
const topic = (id: string) => ({ id, data: { title: id, description: `About ${id}.` } });
const entry = (id: string, extra: object) => ({
  id,
  data: articleSchema.parse({
    title: id,
    date: '2016-01-20T15:00:00+09:00',
    source: 'wire',
    section: 'Security',
    ...extra,
  }),
});

// One story in English and Korean (wire, tests, Security/안보), one English story elsewhere (paper,
// talks, Diplomacy), one Korean-only section (정치 = Politics) and a topic nobody has written in.
const archive = buildArchiveIndex({
  sources: [source('wire'), source('paper')],
  topics: [topic('tests'), topic('talks'), topic('empty')],
  sectionNames: { Security: { ko: '안보' }, Politics: { ko: '정치' } },
  articles: [
    entry('2016/test', { topics: ['tests'], date: '2016-01-06T12:30:00+09:00' }),
    entry('2016/핵실험', { topics: ['tests'], language: 'ko', section: '안보' }),
    entry('2016/정치', { topics: ['tests'], language: 'ko', section: '정치', date: '2016-01-07T09:00:00+09:00' }),
    entry('2016/talks', { topics: ['talks'], source: 'paper', section: 'Diplomacy' }),
  ],
});
const ids = (articles: readonly { id: string }[]) => articles.map((a) => a.id);

describe('topicListings', () => {
  it('gives English a page for every topic, with its English stories only, oldest first', () => {
    expect(topicListings(archive, 'en').map((t) => [t.topic.id, ids(t.articles)])).toEqual([
      ['tests', ['2016/test']],
      ['talks', ['2016/talks']],
      ['empty', []],
    ]);
  });

  it('gives Korean a page only for the topics it has stories in, with those stories, oldest first', () => {
    expect(topicListings(archive, 'ko').map((t) => [t.topic.id, ids(t.articles)])).toEqual([
      ['tests', ['2016/정치', '2016/핵실험']],
    ]);
  });
});

describe('sourceListings', () => {
  it('gives English every source and Korean only those it has stories from, newest first', () => {
    expect(sourceListings(archive, 'en').map((s) => [s.source.id, ids(s.articles)])).toEqual([
      ['wire', ['2016/test']],
      ['paper', ['2016/talks']],
    ]);
    expect(sourceListings(archive, 'ko').map((s) => [s.source.id, ids(s.articles)])).toEqual([
      ['wire', ['2016/핵실험', '2016/정치']],
    ]);
  });
});

describe('sectionListings', () => {
  it('keeps an English page for a section only Korean stories are filed in, since English pages link it', () => {
    const english = new Map(sectionListings(archive, 'en').map((s) => [s.slug, [s.name, ids(s.articles)]]));
    expect(english).toEqual(
      new Map([
        ['security', ['Security', ['2016/test']]],
        ['politics', ['Politics', []]],
        ['diplomacy', ['Diplomacy', ['2016/talks']]],
      ]),
    );
  });

  it('gives Korean the sections its stories are filed in, under their English names and addresses', () => {
    const korean = sectionListings(archive, 'ko').map((s) => [s.slug, s.name, ids(s.articles)]);
    expect(korean.sort()).toEqual([
      ['politics', 'Politics', ['2016/정치']],
      ['security', 'Security', ['2016/핵실험']],
    ]);
  });
});
