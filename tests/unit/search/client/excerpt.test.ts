import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt, withoutHeadline } from '../../../../src/search/client/excerpt.ts';

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
    expect(
      parseExcerpt('Hostile &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>copy</mark> &amp; more'),
    ).toEqual([
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
    expect(parseExcerpt('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a match</mark>', marked: false },
    ]);
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

describe('withoutHeadline', () => {
  const title = 'Blinken urges China to act';
  const content = 'Blinken urges China to act The deputy secretary asked Beijing to use its influence on the North.';
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  it('drops the headline from an excerpt that starts with it', () => {
    const parts = parseExcerpt('<mark>Blinken</mark> urges China to act The deputy secretary asked Beijing …');
    expect(withoutHeadline(parts, title, content, '…')).toEqual([
      { text: 'The deputy secretary asked Beijing …', marked: false },
    ]);
  });

  it('drops the end of a headline the excerpt was cut into, with its ellipsis', () => {
    const parts = parseExcerpt('… China to act The deputy <mark>secretary</mark> asked');
    expect(text(withoutHeadline(parts, title, content, '…'))).toBe('The deputy secretary asked');
    expect(withoutHeadline(parts, title, content, '…').find((p) => p.marked)?.text).toBe('secretary');
  });

  it('leaves an excerpt from further into the article as it is', () => {
    const parts = parseExcerpt('… asked Beijing to use its <mark>influence</mark> on the North.');
    expect(withoutHeadline(parts, title, content, '…')).toEqual(parts);
  });

  it('leaves the excerpt alone when the page does not start with the headline', () => {
    const parts = parseExcerpt('Blinken urges China to act, officials said …');
    expect(withoutHeadline(parts, title, 'Officials said Blinken urges China to act, officials said', '…')).toEqual(
      parts,
    );
  });

  it('finds the headline though Pagefind ended its text with a full stop', () => {
    const parts = parseExcerpt('Blinken urges China to act. The deputy secretary …');
    expect(text(withoutHeadline(parts, title, 'Blinken urges China to act. The deputy secretary asked.', '…'))).toBe(
      'The deputy secretary …',
    );
  });

  it('compares the headline with the page text decoded', () => {
    const parts = parseExcerpt('Kim calls U.S. &#39;enemy&#39; At the congress …');
    expect(
      text(
        withoutHeadline(
          parts,
          "Kim calls U.S. 'enemy'",
          'Kim calls U.S. &#39;enemy&#39; At the congress, Kim spoke.',
          '…',
        ),
      ),
    ).toBe('At the congress …');
  });
});
