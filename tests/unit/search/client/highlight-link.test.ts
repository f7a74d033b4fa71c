import { describe, expect, it } from 'vitest';
import { composeHighlightWords } from '../../../../src/search/client/highlight-link.ts';

const nfd = (text: string) => text.normalize('NFD');
/** A link as Pagefind builds it: each word appended with URLSearchParams, as it searched them. */
const pagefindLink = (path: string, words: string[]) => {
  const url = new URL(path, 'https://example.com');
  for (const word of words) url.searchParams.append('highlight', nfd(word));
  return url.toString().replace(/^https:\/\/example\.com/, '');
};

describe('composeHighlightWords', () => {
  it('composes decomposed Hangul in the highlight words of a result link', () => {
    const link = pagefindLink('/articles/2018/04/27/panmunjom/', ['판문점', '선언']);
    expect(link).not.toContain(encodeURIComponent('판문점'));
    const composed = composeHighlightWords(link, 'highlight');
    expect(composed).toBe(
      `/articles/2018/04/27/panmunjom/?highlight=${encodeURIComponent('판문점')}&highlight=${encodeURIComponent('선언')}`,
    );
    expect(new URLSearchParams(composed.split('?')[1]).getAll('highlight')).toEqual(['판문점', '선언']);
  });

  it('composes accented Latin letters too, and keeps other parameters, their order and the fragment', () => {
    const href = `https://news.example/some/base/a/?x=1&highlight=${encodeURIComponent(nfd('Séoul'))}&y=${encodeURIComponent(nfd('é'))}#p2`;
    expect(composeHighlightWords(href, 'highlight')).toBe(
      `https://news.example/some/base/a/?x=1&highlight=S%C3%A9oul&y=${encodeURIComponent(nfd('é'))}#p2`,
    );
  });

  it('leaves a link alone when its words are already composed, or it has none', () => {
    for (const href of [
      '/a/?highlight=blinken&highlight=kim+jong',
      `/a/?highlight=${encodeURIComponent('판문점')}`,
      '/a/',
      '/a/?page=2',
      '/a/#highlight=x',
    ]) {
      expect(composeHighlightWords(href, 'highlight')).toBe(href);
    }
  });

  it('reads only the parameter it is given', () => {
    const href = `/a/?q=${encodeURIComponent(nfd('판문점'))}`;
    expect(composeHighlightWords(href, 'highlight')).toBe(href);
    expect(composeHighlightWords(href, 'q')).toBe(`/a/?q=${encodeURIComponent('판문점')}`);
  });
});
