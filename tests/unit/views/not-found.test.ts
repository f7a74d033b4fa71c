import { describe, expect, it } from 'vitest';
import { movedDayAddress, searchWordsFromPath } from '../../../src/views/not-found.ts';

describe('searchWordsFromPath', () => {
  it.each([
    ['/articles/2016/blinken-china', 'blinken china'],
    ['/articles/2016/01/20/blinken-urges-china/', 'blinken urges china'],
    ['/people/kim_jong_un', 'kim jong un'],
    ['/news/Kim%20Yo-jong.html', 'news kim yo jong'],
    ['/tags/%EB%B6%81%ED%95%9C/', '북한'],
    ['/archive/2019/13/', ''],
    ['/', ''],
  ])('%s → "%s"', (path, words) => expect(searchWordsFromPath(path)).toBe(words));

  it('leaves out the base path and repeated words', () => {
    expect(searchWordsFromPath('/dateline/sanctions/sanctions-2017', '/dateline/')).toBe('sanctions');
  });

  it('reads a malformed escape as written', () => {
    expect(searchWordsFromPath('/thaad%E0%A4')).toBe('thaad e0 a4');
  });
});

describe('movedDayAddress', () => {
  it('sends a day’s address to its heading on the month’s page, under the base path', () => {
    expect(movedDayAddress('/articles/2016/01/20/')).toBe('/articles/2016/01/#d20');
    expect(movedDayAddress('/articles/2017/09/03')).toBe('/articles/2017/09/#d3');
    expect(movedDayAddress('/dateline/articles/2016/01/20/', '/dateline/')).toBe('/dateline/articles/2016/01/#d20');
  });

  it('leaves every other address to the search suggestion', () => {
    expect(movedDayAddress('/articles/2016/01/20/blinken-urges-china/')).toBeUndefined();
    expect(movedDayAddress('/articles/2016/13/20/')).toBeUndefined();
    expect(movedDayAddress('/articles/2016/01/')).toBeUndefined();
    expect(movedDayAddress('/other/articles/2016/01/20/', '/dateline/')).toBeUndefined();
  });
});
