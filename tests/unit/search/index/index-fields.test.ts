import { describe, expect, it } from 'vitest';
import { indexFields, sourceDisplayName } from '../../../../src/search/index/index-fields.ts';
import { sectionCanonicalName } from '../../../../src/archive/sections.ts';
import type { SourceRecord } from '../../../../src/model/records.ts';
import { createUrls } from '../../../../src/views/urls.ts';
import { makeArticle } from '../../fixtures.ts';

const yonhap: SourceRecord = {
  id: 'yonhap',
  data: { name: 'Yonhap News Agency', shortName: 'Yonhap', url: 'https://en.yna.co.kr' },
};
const paper: SourceRecord = { id: 'paper', data: { name: 'The Test Paper', url: 'https://paper.example' } };
const topics: Record<string, string> = { talks: 'Peace talks', sanctions: 'Sanctions, round two' };
const topicTitle = (id: string) => topics[id] ?? id;
const { publicFile } = createUrls('/');

describe('indexFields', () => {
  it('files a tag under the name its page goes by, and sets the headline as the page does', () => {
    const seoul: SourceRecord = { id: 'yonhap', data: { ...yonhap.data, timeZone: 'Asia/Seoul' } };
    const article = makeArticle('2016/a', {
      title: 'Envoy says talks are "a start" for now',
      date: '2016-01-20T19:27:00+09:00',
      tags: ['alliance', 'ICBM', 'U.S.-South Korea alliance'],
    });
    const tagName = (tag: string) => (tag === 'alliance' ? 'U.S.-South Korea alliance' : tag);
    const fields = indexFields(article, { source: seoul, topicTitle, publicFile, tagName });
    expect(fields.filters.tag).toEqual(['U.S.-South Korea alliance', 'ICBM']);
    // Pagefind searches meta text too: a zone such as America/New_York would make "newspaper" find the paper's stories.
    expect(Object.keys(fields.meta)).toEqual(['title', 'date', 'source']);
    expect(fields.meta.title).toBe('Envoy says talks are “a start” for now');
  });

  it('gives every filter, the metadata and the sort key', () => {
    const article = makeArticle('2016/blinken-urges-china', {
      title: 'Blinken urges China',
      date: '2016-01-20T19:27:00+09:00',
      source: 'yonhap',
      dateline: 'SEOUL',
      section: 'Diplomacy',
      topics: ['talks', 'sanctions'],
      tags: ['sanctions', 'China'],
      label: 'LEAD',
      image: { src: '/images/blinken.jpg', alt: 'Blinken' },
    });
    expect(indexFields(article, { source: yonhap, topicTitle, publicFile })).toEqual({
      filters: {
        source: ['Yonhap'],
        year: ['2016'],
        section: ['Diplomacy'],
        topic: ['Peace talks', 'Sanctions, round two'],
        tag: ['sanctions', 'China'],
        label: ['Updated'],
        utc_year: ['2016'],
        utc_month: ['2016-01'],
        utc_day: ['2016-01-20'],
        // Named for the dateline's place as its page names it, and "Updated", not the wire's LEAD.
        story_zones: ['Asia/Seoul'],
        story_change: ['updated'],
        story_kind: [],
      },
      meta: {
        title: 'Blinken urges China',
        date: '2016-01-20T19:27:00+09:00',
        source: 'Yonhap',
        dateline: 'SEOUL',
        image: '/images/blinken.jpg',
      },
      sort: { date: '2016-01-20T10:27:00.000Z' },
    });
  });

  it('sorts by the UTC instant, so string order is time order across offsets', () => {
    const seoul = indexFields(makeArticle('2018/a', { date: '2018-06-12T10:00:00+09:00' }), { topicTitle, publicFile });
    const washington = indexFields(makeArticle('2018/b', { date: '2018-06-12T09:00:00-04:00' }), {
      topicTitle,
      publicFile,
    });
    const dateOnly = indexFields(makeArticle('2018/c', { date: '2018-06-12' }), { topicTitle, publicFile });
    expect(seoul.sort.date).toBe('2018-06-12T01:00:00.000Z');
    expect(washington.sort.date).toBe('2018-06-12T13:00:00.000Z');
    expect(dateOnly.sort.date).toBe('2018-06-12T00:00:00.000Z');
    expect([washington, seoul, dateOnly].map((f) => f.sort.date).sort()).toEqual(
      [dateOnly, seoul, washington].map((f) => f.sort.date),
    );
  });

  it('gives date ranges the UTC year, month and day, which may differ from the day the story was filed', () => {
    const newYear = indexFields(makeArticle('2017/a', { date: '2017-01-01T05:00:00+09:00' }), {
      topicTitle,
      publicFile,
    });
    expect(newYear.filters).toMatchObject({
      year: ['2017'],
      utc_year: ['2016'],
      utc_month: ['2016-12'],
      utc_day: ['2016-12-31'],
    });
  });

  it('says a story was corrected, and keeps a label that names a kind of story', () => {
    const corrected = indexFields(
      makeArticle('2019/a', {
        date: '2019-02-28T17:20:00+07:00',
        dateline: 'HANOI',
        label: 'ANALYSIS',
        corrections: [{ date: '2019-03-01', text: 'An earlier version misspelled a name.' }],
      }),
      { topicTitle, publicFile },
    );
    expect(corrected.filters).toMatchObject({
      label: ['Corrected', 'Analysis'],
      story_zones: ['Asia/Ho_Chi_Minh'],
      story_change: ['corrected'],
      story_kind: ['ANALYSIS'],
    });
  });

  it('leaves out a dateline, label and image the article does not have', () => {
    const fields = indexFields(
      makeArticle('2018/plain', { date: '2018-07-01', source: 'paper', image: { caption: 'No file' } }),
      {
        source: paper,
        topicTitle,
        publicFile,
      },
    );
    expect(fields.meta).toEqual({ title: '2018/plain', date: '2018-07-01', source: 'The Test Paper' });
    expect(fields.filters.label).toEqual([]);
    expect(fields.filters.topic).toEqual([]);
  });

  it('stores one status and one section for a story in any language, and no wire label', () => {
    // The search page names them in its own language (src/search/value-names.ts): one value, not "Updated" and "업데이트".
    const korean = indexFields(
      makeArticle('2016/b', {
        date: '2016-01-06T14:20:00+09:00',
        language: 'ko',
        label: '종합2보',
        section: '안보',
      }),
      { topicTitle, publicFile, sectionName: sectionCanonicalName({ Security: { ko: '안보' } }) },
    );
    expect(korean.filters.label).toEqual(['Updated']);
    expect(korean.filters.section).toEqual(['Security']);
    const flash = indexFields(makeArticle('2016/c', { date: '2016-01-06', label: 'URGENT' }), {
      topicTitle,
      publicFile,
    });
    expect(flash.filters.label).toEqual([]);
  });

  it('takes a gallery photo with a file as the image when there is no lead image', () => {
    const article = makeArticle('2018/gallery', { date: '2018-07-01', gallery: [{}, { src: '/g/2.jpg' }] });
    expect(indexFields(article, { topicTitle, publicFile }).meta.image).toBe('/g/2.jpg');
  });

  it('puts a root-relative image under the base path, as the article page does, and leaves a full address alone', () => {
    const under = { topicTitle, publicFile: createUrls('/some/base/').publicFile };
    const local = makeArticle('2018/local', { date: '2018-07-01', image: { src: '/images/x.jpg' } });
    const gallery = makeArticle('2018/gallery', { date: '2018-07-01', gallery: [{ src: '/g/1.jpg' }] });
    const remote = makeArticle('2018/remote', { date: '2018-07-01', image: { src: 'https://cdn.example/x.jpg' } });
    expect(indexFields(local, under).meta.image).toBe('/some/base/images/x.jpg');
    expect(indexFields(gallery, under).meta.image).toBe('/some/base/g/1.jpg');
    expect(indexFields(remote, under).meta.image).toBe('https://cdn.example/x.jpg');
  });
});

describe('sourceDisplayName', () => {
  it('prefers the short name, then the name, then the id', () => {
    expect(sourceDisplayName(yonhap, 'yonhap')).toBe('Yonhap');
    expect(sourceDisplayName(paper, 'paper')).toBe('The Test Paper');
    expect(sourceDisplayName(undefined, 'gone')).toBe('gone');
  });
});
