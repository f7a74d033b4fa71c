import { describe, expect, it } from 'vitest';
import { amendments } from '../../../src/archive/amendments.ts';

describe('amendments', () => {
  it('dates the editor’s note by the update, then lists the corrections as written', () => {
    expect(
      amendments({
        editorNote: 'Adds the briefing.',
        updated: '2016-01-20T19:27:00+09:00',
        corrections: [{ date: '2016-02-08', text: 'Wrong day.' }],
      }),
    ).toEqual([
      { kind: 'note', date: '2016-01-20T19:27:00+09:00', text: 'Adds the briefing.' },
      { kind: 'correction', date: '2016-02-08', text: 'Wrong day.' },
    ]);
  });

  it('leaves a note undated when the story gives no update, and has nothing to say of a story never amended', () => {
    expect(amendments({ editorNote: 'Adds a photo.', corrections: [] })).toEqual([
      { kind: 'note', date: undefined, text: 'Adds a photo.' },
    ]);
    expect(amendments({ corrections: [] })).toEqual([]);
  });
});
