import { describe, expect, it } from 'vitest';
import { collectCorrections } from '../../../src/archive/corrections.ts';
import { makeArticle } from '../fixtures.ts';

describe('collectCorrections', () => {
  it('lists corrections and editor notes across articles, newest first', () => {
    const a = makeArticle('2016/a', {
      date: '2016-01-20',
      corrections: [
        { date: '2016-01-21', text: 'Fixed a name.' },
        { date: '2016-03-01', text: 'Fixed a date.' },
      ],
    });
    const b = makeArticle('2017/b', {
      date: '2017-05-01',
      updated: '2017-05-02T10:00:00Z',
      editorNote: 'Updated with photos.',
    });
    const c = makeArticle('2018/c', { date: '2018-01-01' });
    expect(collectCorrections([a, b, c]).map((e) => [e.kind, e.date, e.text, e.article.id])).toEqual([
      ['editor-note', '2017-05-02T10:00:00Z', 'Updated with photos.', '2017/b'],
      ['correction', '2016-03-01', 'Fixed a date.', '2016/a'],
      ['correction', '2016-01-21', 'Fixed a name.', '2016/a'],
    ]);
  });
});
