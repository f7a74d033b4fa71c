import { describe, expect, it } from 'vitest';
import { searchWordsFromPath } from '../../../src/views/not-found.ts';

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
