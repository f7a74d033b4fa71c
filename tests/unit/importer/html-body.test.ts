import { describe, expect, it } from 'vitest';
import { htmlBodyToMarkdown } from '../../../src/importer/html-body.ts';

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
    expect(htmlBodyToMarkdown('<p><a href="/2016/talks">Talks</a> <img src="map.png" alt="Map"></p>', { baseUrl: 'https://news.example/2016/story' })).toBe(
      '[Talks](https://news.example/2016/talks) ![Map](https://news.example/2016/map.png)',
    );
  });

  it('drops an image it cannot give an address and keeps a dead link as its text, so the article builds', () => {
    expect(htmlBodyToMarkdown('<p>Before <img src="x" alt="pic"> after <a href="javascript:alert(1)">bad</a> and <a>bare</a>.</p>')).toBe('Before after bad and bare.');
    expect(htmlBodyToMarkdown('<p><a href="#notes">Notes</a></p>')).toBe('[Notes](#notes)');
  });
});

describe('htmlBodyToMarkdown and the headline', () => {
  it('leaves out the <head> of a body that is a whole document', () => {
    const html = '<!DOCTYPE html><html><head><title>Talks end</title><meta name="author" content="Desk"><link rel="stylesheet" href="/s.css"></head><body><p>Body text.</p></body></html>';
    expect(htmlBodyToMarkdown(html)).toBe('Body text.');
  });

  it('leaves out a leading <h1> or <h2> that repeats the headline, and keeps any other heading', () => {
    const headline = 'Envoys end talks in Hanoi';
    expect(htmlBodyToMarkdown('<h1>Envoys  end talks in Hanoi.</h1><p>Body text.</p>', { headline })).toBe('Body text.');
    expect(htmlBodyToMarkdown('<article><header><h2>envoys end talks in Hanoi</h2></header><p>Body text.</p></article>', { headline })).toBe('Body text.');
    expect(htmlBodyToMarkdown('<h1>A different heading</h1><p>Body text.</p>', { headline })).toBe('# A different heading\n\nBody text.');
    expect(htmlBodyToMarkdown('<p>Body text.</p><h2>Envoys end talks in Hanoi</h2><p>More.</p>', { headline })).toBe('Body text.\n\n## Envoys end talks in Hanoi\n\nMore.');
    expect(htmlBodyToMarkdown('<h1>Envoys end talks in Hanoi</h1><p>Body text.</p>')).toBe('# Envoys end talks in Hanoi\n\nBody text.');
  });
});
