import { describe, expect, it } from 'vitest';
import {
  articleDescription,
  articleTermGroups,
  articleTermNames,
  termName,
  galleryNote,
  readingTimeText,
  topicNavItem,
  topicTitleLookup,
  translationLinks,
} from '../../../src/views/article-view.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { makeArticle } from '../fixtures.ts';

describe('articleTermGroups', () => {
  it('links topics by title, then people, places, organizations and tags under the base path', () => {
    const { data } = makeArticle('2016/a', {
      date: '2016-01-20',
      topics: ['talks'],
      people: ['Kim Jong Un'],
      places: ['Seoul'],
      organizations: ['U.N. Security Council'],
      tags: ['sanctions'],
    });
    const groups = articleTermGroups(data, createUrls('/b/'), (id) => `Topic ${id}`);
    expect(groups).toEqual([
      { label: 'Topics', terms: [{ name: 'Topic talks', href: '/b/topics/talks/' }] },
      { label: 'People', terms: [{ name: 'Kim Jong Un', href: '/b/people/kim-jong-un/' }] },
      { label: 'Places', terms: [{ name: 'Seoul', href: '/b/places/seoul/' }] },
      {
        label: 'Organizations',
        terms: [{ name: 'U.N. Security Council', href: '/b/organizations/un-security-council/' }],
      },
      { label: 'Tags', terms: [{ name: 'sanctions', href: '/b/tags/sanctions/' }] },
    ]);
  });

  it('links each name to its page under the name the page goes by, once when two spellings share it', () => {
    const { data } = makeArticle('2016/a', {
      date: '2016-01-20',
      people: ['Tony Blinken', 'Antony Blinken', 'Yun Byung-se'],
    });
    const page = (written: string) => (written === 'Tony Blinken' ? 'Antony Blinken' : written);
    const termName = (_kind: string, written: string) => ({ shown: page(written), page: page(written) });
    const people = articleTermGroups(data, createUrls('/'), (id) => id, termName).find((g) => g.label === 'People');
    expect(people?.terms).toEqual([
      { name: 'Antony Blinken', href: '/people/antony-blinken/' },
      { name: 'Yun Byung-se', href: '/people/yun-byung-se/' },
    ]);
  });

  it('shows a name as the story’s language writes it, linked to the page of the name it goes by', () => {
    const { data } = makeArticle('2016/a', { date: '2016-01-06', people: ['박근혜'], language: 'ko' });
    const termName = () => ({ shown: '박근혜', page: 'Park Geun-hye' });
    const people = articleTermGroups(data, createUrls('/'), (id) => id, termName, 'ko').find((g) => g.terms.length);
    expect(people?.terms).toEqual([{ name: '박근혜', href: '/people/park-geun-hye/' }]);
  });
});

describe('articleTermNames', () => {
  it('keeps only the names that differ from the spelling as written, by kind, for the page props', () => {
    const { data } = makeArticle('2016/a', {
      date: '2016-01-20',
      people: ['Kim Jong-un', 'Ada Envoy'],
      tags: ['sanctions'],
    });
    const commonest: Record<string, string> = { 'Kim Jong-un': 'Kim Jong Un', sanctions: 'Sanctions' };
    const names = articleTermNames(data, (_kind, written) => {
      const name = commonest[written] ?? written;
      return { shown: name, page: name };
    });
    expect(names).toEqual({
      people: { 'Kim Jong-un': { shown: 'Kim Jong Un', page: 'Kim Jong Un' } },
      tags: { sanctions: { shown: 'Sanctions', page: 'Sanctions' } },
    });
    expect(termName(names)('people', 'Ada Envoy')).toEqual({ shown: 'Ada Envoy', page: 'Ada Envoy' });
    expect(termName(names)('tags', 'sanctions').page).toBe('Sanctions');
  });
});

describe('articleDescription', () => {
  it('uses the summary, else dateline, headline and source', () => {
    expect(
      articleDescription(makeArticle('2016/a', { date: '2016-01-20', summary: 'Envoys met.' }).data, 'Yonhap'),
    ).toBe('Envoys met.');
    expect(articleDescription(makeArticle('2016/a', { date: '2016-01-20', dateline: 'SEOUL' }).data, 'Yonhap')).toBe(
      'SEOUL: 2016/a (Yonhap)',
    );
    expect(articleDescription(makeArticle('2016/a', { date: '2016-01-20' }).data, undefined)).toBe('2016/a');
  });
});

describe('topicTitleLookup', () => {
  it('names a topic by its title, and an unknown topic by its id', () => {
    const topics = new Map([['talks', { id: 'talks', data: { title: 'Nuclear talks', description: 'Envoys meet.' } }]]);
    const title = topicTitleLookup(topics);
    expect(title('talks')).toBe('Nuclear talks');
    expect(title('missing')).toBe('missing');
  });
});

describe('readingTimeText', () => {
  it('gives minutes and words as the reading-time plugin measured them', () => {
    expect(readingTimeText({ readingMinutes: 4, wordCount: 812 })).toBe('4 min read (812 words)');
    expect(readingTimeText({ readingMinutes: 1, wordCount: 1 })).toBe('1 min read (1 word)');
  });

  it('leaves out the words when uncounted, and the whole line without minutes', () => {
    expect(readingTimeText({ readingMinutes: 2 })).toBe('2 min read');
    expect(readingTimeText({ wordCount: 300 })).toBeUndefined();
    expect(readingTimeText({ readingMinutes: 'soon' })).toBeUndefined();
  });
});

describe('galleryNote', () => {
  it('says how many gallery photos the archive lacks, agreeing in number', () => {
    expect(galleryNote(1)).toBe('1 more photo from the original gallery is not part of this archive.');
    expect(galleryNote(12)).toBe('12 more photos from the original gallery are not part of this archive.');
  });

  it('says nothing when every photo was carried over', () => {
    expect(galleryNote(0)).toBeUndefined();
  });
});

describe('topicNavItem', () => {
  const first = makeArticle('2016/first', { date: '2016-01-20', title: 'First' });
  const here = makeArticle('2016/here', { date: '2016-06-01', title: 'Here' });
  const soon = makeArticle('2016/soon', { date: '2016-06-03', title: 'Soon after' });

  it('gives one pair, from the topic whose neighbour is closest, with links and dates', () => {
    const item = topicNavItem(
      here,
      [
        { topic: 'talks', previous: first, next: undefined },
        { topic: 'sanctions', previous: undefined, next: soon },
      ],
      createUrls('/b/'),
      (id) => `Topic ${id}`,
    );
    expect(item).toEqual({
      topic: { title: 'Topic sanctions', href: '/b/topics/sanctions/' },
      previous: undefined,
      next: { title: 'Soon after', href: '/b/articles/2016/06/03/soon/', date: '2016-06-03' },
    });
  });

  it('gives nothing when the article stands alone in each of its topics', () => {
    expect(topicNavItem(here, [{ topic: 'talks' }], createUrls('/'), (id) => id)).toBeUndefined();
  });
});

describe('translationLinks', () => {
  const urls = createUrls('/');
  const english = makeArticle('2016/test-announced', { date: '2016-01-06', language: 'en', translationKey: 'k' });
  const korean = makeArticle('2016/북한-핵실험', { date: '2016-01-06', language: 'ko', translationKey: 'k' });

  it('links every language version, itself included, each named in its own language', () => {
    expect(translationLinks(korean, [english, korean], urls)).toEqual([
      { lang: 'en', href: '/articles/2016/01/06/test-announced/', text: 'Read in English', current: false },
      {
        lang: 'ko',
        href: '/articles/2016/01/06/%EB%B6%81%ED%95%9C-%ED%95%B5%EC%8B%A4%ED%97%98/',
        text: '한국어로 읽기',
        current: true,
      },
    ]);
  });

  it('links nothing for a story in one language, and names a language without a table in itself', () => {
    expect(translationLinks(english, [english], urls)).toEqual([]);
    const japanese = makeArticle('2016/kaku', { date: '2016-01-06', language: 'ja', translationKey: 'k' });
    expect(translationLinks(english, [english, japanese], urls)[1]?.text).toBe('日本語');
  });
});
