import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/archive/entities.ts';
import type { SourceRecord, TopicRecord } from '../../../src/model/records.ts';
import { searchValueNames } from '../../../src/search/value-names.ts';

const yonhap: SourceRecord = {
  id: 'yonhap',
  data: {
    name: 'Yonhap News Agency',
    shortName: 'Yonhap',
    url: 'https://en.yna.co.kr',
    translations: { ko: { name: '연합뉴스' } },
  },
};
const ap: SourceRecord = {
  id: 'ap',
  data: { name: 'The Associated Press', shortName: 'AP', url: 'https://apnews.com' },
};
const sanctions = {
  id: 'sanctions',
  data: { title: 'U.N. sanctions', description: 'Resolutions.', translations: { ko: { title: '유엔 대북 제재' } } },
} as TopicRecord;
const talks = { id: 'talks', data: { title: 'Peace talks', description: 'Talks.' } } as TopicRecord;
// The alias file joins 대북 제재 to "sanctions": one tag page, and one filter value.
const sanctionsTag = {
  name: 'sanctions',
  namesByLanguage: new Map([
    ['en', 'sanctions'],
    ['ko', '대북 제재'],
  ]),
} as Entity;
const archive = {
  sources: [yonhap, ap],
  topics: [sanctions, talks],
  sectionNames: { Security: { ko: '안보' }, Diplomacy: { ko: '외교' } },
  tags: [sanctionsTag],
};

describe('searchValueNames', () => {
  it('names sections, sources, topics and statuses in Korean on the Korean page, by the values the index stores', () => {
    expect(searchValueNames(archive, 'ko')).toEqual({
      values: {
        // A source without a Korean name keeps its own; a translation without a short name is known by its name.
        source: { Yonhap: '연합뉴스' },
        section: { Security: '안보', Diplomacy: '외교' },
        topic: { 'U.N. sanctions': '유엔 대북 제재' },
        tag: { sanctions: '대북 제재' },
        label: { Updated: '업데이트', Corrected: '정정' },
      },
      sources: { Yonhap: '연합뉴스', AP: 'The Associated Press' },
    });
  });

  it('gives the English page only the sources’ full names for the result lines: every value is stored in English', () => {
    expect(searchValueNames(archive, 'en')).toEqual({
      values: {},
      sources: { Yonhap: 'Yonhap News Agency', AP: 'The Associated Press' },
    });
  });
});
