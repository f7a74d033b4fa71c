import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { diffVersions, renderDiff, summariseDiff, textBlocks } from '../../../src/archive/version-diff.ts';
import { strings } from '../../../src/i18n/strings/index.ts';

/** The rendered comparison as a document, to read as a browser would. */
const rendered = (older: string, newer: string) => {
  const html = renderDiff(diffVersions(older, newer), strings('en').versions.diff);
  return { html, doc: new JSDOM(`<div>${html}</div>`).window.document };
};
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent);

describe('textBlocks', () => {
  it('takes the text of innermost blocks in order, a quote or list item through its paragraphs', () => {
    const html =
      '<h2>Head <em>line</em></h2><blockquote><p>Quoted</p></blockquote><ul><li>One</li><li><p>Two</p></li></ul><p> </p><figure><img src="a.jpg" alt=""><figcaption>Caption<br>line</figcaption></figure>';
    expect(textBlocks(html)).toEqual([
      { tag: 'h2', text: 'Head line' },
      { tag: 'p', text: 'Quoted' },
      { tag: 'li', text: 'One' },
      { tag: 'p', text: 'Two' },
      { tag: 'figcaption', text: 'Caption line' },
    ]);
  });
});

describe('diffVersions and renderDiff', () => {
  const first = '<p>Envoys met in Seoul on Wednesday.</p><p>The talks lasted two hours.</p>';

  it('marks paragraphs added at the end as whole added paragraphs, in <ins>, with a label', () => {
    const { doc } = rendered(first, `${first}<h2>Sanctions</h2><p>The ministry briefed reporters.</p>`);
    expect(texts(doc, 'p.diff-block--same')).toEqual([
      'Envoys met in Seoul on Wednesday.',
      'The talks lasted two hours.',
    ]);
    expect(texts(doc, '.diff-block--added ins')).toEqual(['Sanctions', 'The ministry briefed reporters.']);
    expect(texts(doc, '.diff-block--added .diff-label')).toEqual(['Added paragraph:', 'Added paragraph:']);
    expect(doc.querySelector('.diff-block--added.diff-tag--h2')).not.toBeNull();
  });

  it('marks a paragraph that is gone as removed, in <del>', () => {
    const { doc } = rendered(first, '<p>Envoys met in Seoul on Wednesday.</p>');
    expect(texts(doc, '.diff-block--removed del')).toEqual(['The talks lasted two hours.']);
    expect(doc.querySelector('.diff-block--removed .diff-label')?.textContent).toBe('Removed paragraph:');
  });

  it('shows a reworded paragraph as one changed paragraph, word by word, with text markers', () => {
    const blocks = diffVersions(
      first,
      '<p>Envoys met in Seoul on Wednesday.</p><p>The talks lasted three hours, officials said.</p>',
    );
    expect(summariseDiff(blocks)).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
    const { doc } = rendered(
      first,
      '<p>Envoys met in Seoul on Wednesday.</p><p>The talks lasted three hours, officials said.</p>',
    );
    const changed = doc.querySelector('.diff-block--changed')!;
    expect([...changed.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['[removed]two[end removed]']);
    expect([...changed.querySelectorAll('ins')].map((el) => el.textContent).join(' ')).toContain('three');
    expect([...changed.querySelectorAll('ins')].map((el) => el.textContent).join(' ')).toContain('officials said');
    expect(changed.textContent).toContain('The talks lasted');
    expect(texts(doc, '.diff-marker')).toContain('[added]');
  });

  it('shows a paragraph that was extended as changed, not as one removed and one added', () => {
    const older = '<p>The missile was carried through the square during the parade, state television showed.</p>';
    const newer =
      '<p>The missile was carried through the square during the parade, which state television showed later. Analysts said it appeared designed to carry several warheads, though it has not been flight-tested.</p>';
    expect(summariseDiff(diffVersions(older, newer))).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });

  it('keeps apart a removed and an added paragraph that have little in common', () => {
    const blocks = diffVersions(
      first,
      '<p>Envoys met in Seoul on Wednesday.</p><p>China urged restraint on all sides.</p>',
    );
    expect(summariseDiff(blocks)).toEqual({ added: 1, removed: 1, changed: 0, moved: 0 });
  });

  it('shows a moved paragraph once in full where it now stands, and says where it went', () => {
    const older = '<p>Alpha paragraph text.</p><p>Beta paragraph text.</p><p>Gamma paragraph text.</p>';
    const newer = '<p>Beta paragraph text.</p><p>Gamma paragraph text.</p><p>Alpha paragraph text.</p>';
    const blocks = diffVersions(older, newer);
    expect(blocks.map((b) => b.kind)).toEqual(['moved-from', 'same', 'same', 'moved-to']);
    const { doc } = rendered(older, newer);
    expect(doc.querySelector('.diff-block--moved-from .diff-label')?.textContent).toBe('Moved further down:');
    expect(doc.querySelector('.diff-block--moved-to')?.textContent).toBe('Moved here: Alpha paragraph text.');
    expect(doc.querySelectorAll('ins, del')).toHaveLength(0);
  });

  it('finds nothing to mark between identical versions', () => {
    const blocks = diffVersions(first, first);
    expect(blocks.every((b) => b.kind === 'same')).toBe(true);
    expect(rendered(first, first).doc.querySelectorAll('ins, del, .diff-label')).toHaveLength(0);
  });

  it('keeps hostile markup in either version inert: only its text arrives, escaped', () => {
    const older = '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p><img src=x onerror="alert(2)">Gone</p>';
    const newer =
      '<p>&lt;img src=x onerror=alert(3)&gt;</p><script>alert(4)</script><p>New <a href="javascript:alert(5)">link</a></p>';
    const { html, doc } = rendered(older, newer);
    expect(doc.querySelectorAll('script, img, a, [onerror]')).toHaveLength(0);
    expect(html).not.toMatch(/<(script|img|a)\b/i);
    expect(texts(doc, '.diff-block--removed del')).toEqual(['<script>alert(1)</script>', 'Gone']);
    expect(texts(doc, '.diff-block--added ins')).toEqual(['<img src=x onerror=alert(3)>', 'New link']);
    expect(doc.body.textContent).not.toContain('alert(4)');
  });
});
