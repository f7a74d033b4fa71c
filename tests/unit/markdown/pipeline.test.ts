import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/markdown/index.ts';

// The same options astro.config.mjs hands to Astro's unified processor.
type Render = (markdown: string) => Promise<{ html: string; frontmatter: Record<string, unknown> }>;
async function renderer(base = '/'): Promise<Render> {
  const processor = await createMarkdownProcessor(markdownOptions({ base }));
  return async (markdown) => {
    const result = await processor.render(markdown, { frontmatter: {} });
    return { html: result.code, frontmatter: result.metadata.frontmatter };
  };
}
let render: Render;
beforeAll(async () => {
  render = await renderer();
});

describe('sanitising third-party copy', () => {
  it('drops script tags with their contents', async () => {
    const { html } = await render('Before <script>alert("x")</script> after.\n\n<script>\nalert(1)\n</script>');
    expect(html).not.toMatch(/<script|alert/);
    expect(html).toContain('Before');
  });

  it('drops event handlers but keeps the image', async () => {
    const { html } = await render('<img src="photo.jpg" onerror="alert(1)" alt="A photo">');
    expect(html).toContain('<img src="photo.jpg" alt="A photo">');
    expect(html).not.toMatch(/onerror|alert/);
  });

  it('removes javascript: URLs from Markdown and raw links', async () => {
    const { html } = await render(
      '[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> <a href="java\tscript:alert(3)">c</a>',
    );
    expect(html).not.toMatch(/javascript|alert/i);
    expect(html).toContain('>a</a>');
  });

  it('removes iframes, objects, embeds, styles and forms', async () => {
    const { html } = await render(
      '<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object><embed src="y.swf">\n\n<style>body{display:none}</style>\n\n<form action="https://evil.example"><input name="q"></form>',
    );
    expect(html).not.toMatch(/iframe|object|embed|style|display:none|<form|<input/);
  });

  it('does not let raw HTML smuggle in an SVG or data: URL', async () => {
    const { html } = await render(
      '<svg onload="alert(1)"><script>alert(2)</script></svg> <a href="data:text/html,<script>alert(3)</script>">d</a>',
    );
    expect(html).not.toMatch(/<svg|onload|data:|alert/);
  });

  it('keeps what news copy needs: figures, tables, blockquotes, links', async () => {
    const { html } = await render(
      '<figure><img src="https://img.example/a.jpg" alt="Leaders"><figcaption>Leaders meet. (Photo/Agency)</figcaption></figure>\n\n> A quoted passage.\n\n| Year | Tests |\n| --- | --- |\n| 2016 | 2 |\n\n[Report](https://example.org/report)',
    );
    expect(html).toContain(
      '<figure><img src="https://img.example/a.jpg" alt="Leaders"><figcaption>Leaders meet. (Photo/Agency)</figcaption></figure>',
    );
    expect(html).toContain('<blockquote>');
    expect(html).toMatch(/<table>[\s\S]*<td>2016<\/td>/);
  });
});

describe('article features', () => {
  it('gives headings ids', async () => {
    const { html } = await render('## What was said\n\nText.');
    expect(html).toContain('<h2 id="what-was-said">What was said</h2>');
  });

  it('marks external links noopener noreferrer, but not internal ones', async () => {
    const { html } = await render('[ext](https://example.org/) [int](/archive/)');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">ext</a>');
    expect(html).toContain('<a href="/archive/">int</a>');
  });

  it('uses smart punctuation', async () => {
    const { html } = await render('He said "show leadership" -- and it\'s done...');
    expect(html).toContain('“show leadership”');
    expect(html).toContain('it’s');
    expect(html).toContain('…');
  });

  it('counts words and reading time into the article data', async () => {
    const words = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
    const { frontmatter } = await render(`# Title\n\n${words}`);
    expect(frontmatter.wordCount).toBe(461);
    expect(frontmatter.readingMinutes).toBe(2);
  });
});

describe('links inside the article', () => {
  it('makes every footnote reference and back-reference land on an element', async () => {
    const { html } = await render('A claim.[^1]\n\n[^1]: The source of the claim.');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const id of targets) expect(html, id).toContain(`id="${id}"`);
  });

  it('keeps ids from the copy apart from the page’s own', async () => {
    const { html } = await render('<p id="main">Not the skip-link target.</p>');
    expect(html).toContain('id="user-content-main"');
  });

  it('puts root-relative links and images under the base path, and leaves the rest', async () => {
    const underBase = await renderer('/some/base/');
    const { html } = await underBase(
      '[topic](/topics/talks/) ![Map](/images/map.png) [ext](https://example.org/a) [here](#x)',
    );
    expect(html).toContain('href="/some/base/topics/talks/"');
    expect(html).toContain('src="/some/base/images/map.png"');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="#x"');
  });
});
