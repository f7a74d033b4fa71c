import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/exporter/render-body.ts';

describe('createBodyRenderer', () => {
  it('renders Markdown to HTML with tables, headings and links kept', async () => {
    const html = await (
      await createBodyRenderer()
    ).render(
      '## Key points\n\n| Year | Tests |\n| --- | --- |\n| 2016 | 2 |\n\nSee [the agency](https://wire.example/).',
    );
    expect(html).toContain('<h2 id="key-points">Key points</h2>');
    expect(html).toContain('<td>2016</td>');
    expect(html).toContain('<a href="https://wire.example/" rel="noopener noreferrer">the agency</a>');
  });

  it('sanitises raw HTML as the build does: no script, event handler or javascript: link', async () => {
    const html = await (
      await createBodyRenderer()
    ).render(
      'Text <script>alert(1)</script>\n\n<img src="https://x.example/p.jpg" onerror="alert(2)">\n\n[click](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<img src="https://x.example/p.jpg">');
  });

  it('keeps quotes and dashes as written, not curled as the site shows them, so an import gives back the same words', async () => {
    expect(await (await createBodyRenderer()).render('He said "a start" -- and left.')).toBe(
      '<p>He said "a start" -- and left.</p>',
    );
  });

  it('puts the site base path on links to its own pages', async () => {
    expect(await (await createBodyRenderer('/archive/')).render('[talks](/topics/talks/)')).toContain(
      'href="/archive/topics/talks/"',
    );
  });
});
