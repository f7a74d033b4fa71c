import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/strings/en.ts';
import { ko } from '../../../src/i18n/strings/ko.ts';
import { nameOnPage } from '../../../src/views/entity-labels.ts';

const entity = (name: string, alsoWrittenAs: string[], byLanguage: [string, string][]) => ({
  name,
  alsoWrittenAs,
  namesByLanguage: new Map(byLanguage),
});

describe('nameOnPage', () => {
  it('calls a Korean page by the name Korean stories write, the alias file’s name among its other spellings', () => {
    const kim = entity('Kim You-geun', ['김유근'], [['ko', '김유근']]);
    expect(nameOnPage(kim, 'ko')).toEqual({ shown: '김유근', otherSpellings: ['Kim You-geun'] });
  });

  it('calls an English page by the alias file’s name, whatever other languages write', () => {
    const park = entity(
      'Park Geun-hye',
      ['박근혜'],
      [
        ['en', 'Park Geun-hye'],
        ['ko', '박근혜'],
      ],
    );
    expect(nameOnPage(park, 'en')).toEqual({ shown: 'Park Geun-hye', otherSpellings: ['박근혜'] });
    expect(nameOnPage(entity('Seoul', [], [['en', 'Seoul']]), 'en')).toEqual({ shown: 'Seoul', otherSpellings: [] });
  });
});

describe('the name pages’ strings', () => {
  it('lists the other spellings in a sentence of the page’s language', () => {
    expect(en.names.alsoWrittenAs(['Tony Blinken'])).toBe('Also written as Tony Blinken.');
    expect(en.names.alsoWrittenAs(['Tony Blinken', 'T. Blinken', 'Blinken'])).toBe(
      'Also written as Tony Blinken, T. Blinken, and Blinken.',
    );
    expect(ko.names.alsoWrittenAs(['Ryu Je-seung', 'Ryu'])).toBe('다른 표기: Ryu Je-seung 및 Ryu.');
  });

  it('counts names with each kind’s own word in Korean, and gives a range only on one page of several', () => {
    expect(en.names.lede('people', 1, 3, 3)).toBe('Person · 3 articles, newest first.');
    expect(en.names.lede('people', 51, 100, 120)).toBe('Person · articles 51–100 of 120, newest first.');
    expect(ko.names.lede('people', 1, 3, 3)).toBe('인물 · 기사 3건, 최신순.');
    expect(ko.names.lede('places', 51, 100, 1200)).toBe('장소 · 기사 1,200건 중 51–100번째, 최신순.');
    expect(en.names.initialLede('people', 1, 'K')).toBe('1 person under K, A–Z.');
    expect(en.names.initialLede('people', 2, 'K')).toBe('2 people under K, A–Z.');
    expect(ko.names.initialLede('people', 2, '김')).toBe('김: 인물 2명, 가나다순.');
    expect(ko.names.indexLede('places', 3, 3)).toBe('아카이브에 3곳, 많이 다룬 순.');
    expect(en.names.indexLede('tags', 400, 300)).toBe(
      '400 in the archive, most covered first: the 300 named most often here, and every one on the A–Z pages.',
    );
  });
});
