import { describe, expect, it } from 'vitest';
import { htmlBodyToMarkdown } from '../../../../../src/importer/formats/body/html-body.ts';

describe('htmlBodyToMarkdown', () => {
  it('keeps paragraphs, lists, tables, quotes, links and inline images', () => {
    const html = [
      '<p>First <em>paragraph</em> with a <a href="https://example.com/a">link</a>.</p>',
      '<ul><li>one</li><li>two</li></ul>',
      '<blockquote><p>“A quote,” she said.</p></blockquote>',
      '<table><thead><tr><th>Year</th><th>Tests</th></tr></thead><tbody><tr><td>2016</td><td>2</td></tr></tbody></table>',
      '<p><img src="https://img.example/map.png" alt="A map of the sites"></p>',
    ].join('\n');
    expect(htmlBodyToMarkdown(html)).toBe(
      [
        'First _paragraph_ with a [link](https://example.com/a).',
        '- one\n- two',
        '> “A quote,” she said.',
        '| Year | Tests |\n| ---- | ----- |\n| 2016 | 2     |',
        '![A map of the sites](https://img.example/map.png)',
      ].join('\n\n'),
    );
  });

  it('leaves nothing of scripts, frames, handlers or javascript: links', () => {
    const md = htmlBodyToMarkdown(
      '<p onclick="x()">Text<script>alert(1)</script></p><iframe src="https://evil.example"></iframe><a href="javascript:alert(2)">bad</a><img src=x onerror=alert(3) alt=pic><svg><style>*{}</style></svg>',
    );
    expect(md).not.toMatch(/script|alert|iframe|javascript:|onerror|onclick|style/i);
    expect(md).toContain('Text');
  });
});

describe('htmlBodyToMarkdown and addresses', () => {
  it('resolves relative links and images against the item address', () => {
    expect(
      htmlBodyToMarkdown('<p><a href="/2016/talks">Talks</a> <img src="map.png" alt="Map"></p>', {
        baseUrl: 'https://news.example/2016/story',
      }),
    ).toBe('[Talks](https://news.example/2016/talks) ![Map](https://news.example/2016/map.png)');
  });

  it('drops an image it cannot give an address and keeps a dead link as its text, so the article builds', () => {
    expect(
      htmlBodyToMarkdown(
        '<p>Before <img src="x" alt="pic"> after <a href="javascript:alert(1)">bad</a> and <a>bare</a>.</p>',
      ),
    ).toBe('Before after bad and bare.');
    expect(htmlBodyToMarkdown('<p><a href="#notes">Notes</a></p>')).toBe('[Notes](#notes)');
  });
});

describe('htmlBodyToMarkdown and the headline', () => {
  it('leaves out the <head> of a body that is a whole document', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Talks end</title><meta name="author" content="Desk"><link rel="stylesheet" href="/s.css"></head><body><p>Body text.</p></body></html>';
    expect(htmlBodyToMarkdown(html)).toBe('Body text.');
  });

  it('leaves out a leading <h1> or <h2> that repeats the headline, and keeps any other heading', () => {
    const headline = 'Envoys end talks in Hanoi';
    expect(htmlBodyToMarkdown('<h1>Envoys  end talks in Hanoi.</h1><p>Body text.</p>', { headline })).toBe(
      'Body text.',
    );
    expect(
      htmlBodyToMarkdown('<article><header><h2>envoys end talks in Hanoi</h2></header><p>Body text.</p></article>', {
        headline,
      }),
    ).toBe('Body text.');
    expect(htmlBodyToMarkdown('<h1>A different heading</h1><p>Body text.</p>', { headline })).toBe(
      '# A different heading\n\nBody text.',
    );
    expect(htmlBodyToMarkdown('<p>Body text.</p><h2>Envoys end talks in Hanoi</h2><p>More.</p>', { headline })).toBe(
      'Body text.\n\n## Envoys end talks in Hanoi\n\nMore.',
    );
    expect(htmlBodyToMarkdown('<h1>Envoys end talks in Hanoi</h1><p>Body text.</p>')).toBe(
      '# Envoys end talks in Hanoi\n\nBody text.',
    );
  });
});

describe('htmlBodyToMarkdown and photos', () => {
  const base = { baseUrl: 'https://news.example/2024/story' };

  it('keeps a <picture> figure as its image, with the caption as one paragraph after it', () => {
    const html =
      '<figure><picture><source srcset="/img/a.jpg?w=620 620w, /img/a.jpg?w=1240 1240w" media="(min-width: 660px)"><img src="/img/a.jpg?w=445" alt="Envoys shake hands"></picture>' +
      '<figcaption><span><svg viewBox="0 0 18 13"><path d="M18 3.5"></path></svg></span><ul><li>Envoys meet in Hanoi.</li></ul> Photograph: A. Lee/Wire</figcaption></figure><p>Text.</p>';
    const md = htmlBodyToMarkdown(html, base);
    expect(md).toBe(
      '![Envoys shake hands](https://news.example/img/a.jpg?w=445)\n\nEnvoys meet in Hanoi. Photograph: A. Lee/Wire\n\nText.',
    );
  });

  it('takes the largest srcset candidate when the image has no usable src, from the img or its <source>s', () => {
    expect(
      htmlBodyToMarkdown(
        '<picture><source srcset="/s.jpg 300w, /l.jpg?crop=0,0 1200w"><img alt="A" srcset="/m.jpg 600w"></picture>',
        base,
      ),
    ).toBe('![A](https://news.example/l.jpg?crop=0,0)');
    expect(
      htmlBodyToMarkdown('<img alt="B" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/lazy.jpg">', base),
    ).toBe('![B](https://news.example/lazy.jpg)');
    expect(htmlBodyToMarkdown('<img alt="C" srcset="/one.jpg 1x, /two.jpg 2x">', base)).toBe(
      '![C](https://news.example/two.jpg)',
    );
  });

  it('never lets /\\host or \\\\host pass as a site path: such images are dropped and links become text', () => {
    const md = htmlBodyToMarkdown(
      '<p><img src="/\\evil.example/x.jpg" alt="x"><a href="\\\\evil.example/y">Link</a> <a href="/\\evil.example">Other</a> <a href="//cdn.example/z">CDN</a></p>',
      base,
    );
    expect(md).toBe('Link Other [CDN](https://cdn.example/z)');
    expect(md).not.toContain('evil.example');
  });
});

describe('htmlBodyToMarkdown and deep nesting', () => {
  it('refuses a body nested 2,000 levels deep quickly, with a clear message, instead of overflowing the stack', () => {
    const deep = `${'<div>'.repeat(2000)}Text${'</div>'.repeat(2000)}`;
    const started = performance.now();
    expect(() => htmlBodyToMarkdown(deep)).toThrow(/the body nests its HTML elements more than 400 levels deep/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still converts a body nested as deep as real pages are, and unclosed <p>s do not count as levels', () => {
    expect(htmlBodyToMarkdown(`${'<div>'.repeat(60)}<p>Deep text.${'</div>'.repeat(60)}`)).toBe('Deep text.');
    expect(htmlBodyToMarkdown(`${'<p>Line'.repeat(3000)}`)).toContain('Line');
    expect(htmlBodyToMarkdown(`${'<section>'.repeat(400)}<p>At the limit.</p>${'</section>'.repeat(400)}`)).toBe(
      'At the limit.',
    );
  });
});
