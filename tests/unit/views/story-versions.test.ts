import { describe, expect, it } from 'vitest';
import { storyVersions, versionsLink, withChanges } from '../../../src/views/story-versions.ts';
import { strings } from '../../../src/i18n/strings/index.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { makeArticle, makeVersion } from '../fixtures.ts';

const urls = createUrls('/base/');
const first = makeVersion('2016/talks', 1, { title: 'Talks open', date: '2016-01-20T15:00:00+09:00' });
const lead = makeVersion('2016/talks', 2, {
  title: 'Talks open',
  date: '2016-01-20T15:00:00+09:00',
  updated: '2016-01-20T19:27:00+09:00',
  label: 'LEAD',
  editorNote: 'Adds the briefing.',
});
const current = makeArticle('2016/talks', {
  title: 'Talks open in Seoul',
  date: '2016-01-20T15:00:00+09:00',
  updated: '2016-01-21T09:00:00+09:00',
  label: 'CORRECTION',
  editorNote: 'Corrects the day of the briefing.',
  corrections: [{ date: '2016-01-21', text: 'An earlier version gave the wrong day for the briefing.' }],
});

describe('storyVersions', () => {
  it('lists the current article and each earlier version newest first, with their filing times, labels and pages', () => {
    // Given out of order, as a folder listing may give them.
    const list = storyVersions(current, [lead, first], urls);
    expect(list.map((v) => [v.number, v.current, v.filed, v.label, v.url])).toEqual([
      [3, true, '2016-01-21T09:00:00+09:00', 'CORRECTION', '/base/articles/2016/01/20/talks/'],
      [2, false, '2016-01-20T19:27:00+09:00', 'LEAD', '/base/articles/2016/01/20/talks/versions/2/'],
      [1, false, '2016-01-20T15:00:00+09:00', undefined, '/base/articles/2016/01/20/talks/versions/1/'],
    ]);
    expect(list.map((v) => v.entry)).toEqual([
      { collection: 'articles', id: '2016/talks' },
      { collection: 'versions', id: '2016/talks/versions/2' },
      { collection: 'versions', id: '2016/talks/versions/1' },
    ]);
    expect(list[1]!.editorNote).toBe('Adds the briefing.');
  });

  it('calls a version a correction by its label or by a new corrections entry, saying what it corrected', () => {
    const [corrected, ...rest] = storyVersions(current, [first, lead], urls);
    expect(corrected).toMatchObject({
      correction: true,
      correctionText: 'An earlier version gave the wrong day for the briefing.',
    });
    expect(rest.map((v) => v.correction)).toEqual([false, false]);

    const unlabelled = makeArticle('2016/talks', {
      date: '2016-01-20T15:00:00+09:00',
      updated: '2016-01-21',
      corrections: current.data.corrections,
    });
    expect(storyVersions(unlabelled, [first], urls)[0]).toMatchObject({ correction: true });
    const byLabelOnly = makeArticle('2016/talks', {
      date: '2016-01-20T15:00:00+09:00',
      updated: '2016-01-21',
      label: 'CORRECTED',
      editorNote: 'Fixes a name.',
    });
    expect(storyVersions(byLabelOnly, [first], urls)[0]).toMatchObject({
      correction: true,
      correctionText: 'Fixes a name.',
    });
    // A correction carried over from an earlier version is not a new one.
    const carried = makeArticle('2016/talks', {
      date: '2016-01-20T15:00:00+09:00',
      updated: '2016-01-22',
      corrections: current.data.corrections,
    });
    const correctedVersion = makeVersion('2016/talks', 1, {
      date: '2016-01-20T15:00:00+09:00',
      updated: '2016-01-21',
      corrections: current.data.corrections,
    });
    expect(storyVersions(carried, [correctedVersion], urls).map((v) => v.correction)).toEqual([false, false]);
  });
});

describe('versionsLink', () => {
  it('counts the current version with the earlier ones, and is absent for a story filed once', () => {
    expect(versionsLink(current, [first, lead], urls)).toEqual({
      text: '3 versions',
      href: '/base/articles/2016/01/20/talks/versions/',
    });
    expect(versionsLink(current, [], urls)).toBeUndefined();
  });
});

describe('withChanges', () => {
  it('compares each version with the one filed before it, and leaves the first without changes', () => {
    const html: Record<number, string> = {
      1: '<p>Talks opened.</p>',
      2: '<p>Talks opened.</p><p>The ministry briefed.</p>',
      3: '<p>Talks opened.</p><p>The ministry briefed on Thursday.</p>',
    };
    const list = withChanges(storyVersions(current, [first, lead], urls), (v) => html[v.number]!);
    expect(list.map((v) => v.changes?.from)).toEqual([2, 1, undefined]);
    expect(list.map((v) => v.changes?.description)).toEqual(['1 paragraph changed', '1 paragraph added', undefined]);
    expect(list[1]!.changes!.html).toContain('<ins>The ministry briefed.</ins>');
    // The headline grew between versions 2 and 3, and not before.
    expect(list[0]!.changes!.html).toMatch(
      /^<p class="diff-block diff-block--changed diff-headline"><span class="diff-label">Headline changed:<\/span> Talks open <ins>.*in Seoul.*<\/ins><\/p>/,
    );
    expect(list[1]!.changes!.html).not.toContain('Headline changed');
  });

  it('says so when the text did not change', () => {
    const { changes } = strings('en').versions;
    expect(changes({ added: 0, removed: 0, changed: 0, moved: 0 })).toBe('No change to the text');
    expect(changes({ added: 2, removed: 1, changed: 0, moved: 1 })).toBe(
      '2 paragraphs added, 1 paragraph removed, 1 paragraph moved',
    );
  });

  it('labels a Korean story’s changes in Korean', () => {
    const korean = (article: typeof current) => ({ ...article, data: { ...article.data, language: 'ko' } });
    const html: Record<number, string> = { 1: '<p>첫 문단.</p>', 2: '<p>첫 문단.</p><p>새 문단.</p>', 3: '' };
    const list = withChanges(storyVersions(korean(current), [first, lead], urls), (v) => html[v.number] ?? '', 'ko');
    expect(list[1]!.changes!.description).toBe('문단 1개 추가');
    expect(list[1]!.changes!.html).toContain('<span class="diff-label">추가된 문단:</span>');
    expect(versionsLink(korean(current), [first, lead], urls)?.text).toBe('3개 판');
  });
});
