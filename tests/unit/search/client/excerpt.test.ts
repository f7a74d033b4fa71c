import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../../src/search/client/excerpt.ts';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(parseExcerpt('Envoy <mark>Blinken</mark> met <mark>Kim</mark>.')).toEqual([
      { text: 'Envoy ', marked: false },
      { text: 'Blinken', marked: true },
      { text: ' met ', marked: false },
      { text: 'Kim', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes what Pagefind encoded, so markup in an article comes back as text', () => {
    expect(parseExcerpt("Hostile &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>copy</mark> &amp; more")).toEqual([
      { text: "Hostile <script>alert('x')</script> ", marked: false },
      { text: 'copy', marked: true },
      { text: ' & more', marked: false },
    ]);
  });

  it('leaves any tag other than <mark> as literal text', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)><mark>a</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'a', marked: true },
    ]);
  });

  it('does not let encoded mark tags become marks', () => {
    expect(parseExcerpt('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([{ text: '<mark>not a match</mark>', marked: false }]);
  });

  it('merges adjacent runs and drops empty ones', () => {
    expect(parseExcerpt('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', marked: true }]);
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['&#39;&#x27;&#X27;', "'''"],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&unknown; &#0; &#xD800; &#x110000;', '&unknown; &#0; &#xD800; &#x110000;'],
    ['&amp;lt;', '&lt;'],
  ])('%j becomes %j', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});
