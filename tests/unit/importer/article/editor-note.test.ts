import { describe, expect, it } from 'vitest';
import { writeOutEditorNote } from '../../../../src/importer/article/editor-note.ts';

const note = (original: string) => writeOutEditorNote(original).note;

describe('writeOutEditorNote', () => {
  it('writes an update and an addition as one sentence, without the paragraph numbers', () => {
    const original = "UPDATES with Foreign Ministry's briefing in last 5 paras; ADDS photo";
    expect(writeOutEditorNote(original)).toEqual({
      note: "Updated with the Foreign Ministry's briefing and a photo.",
      original,
    });
  });

  it.each([
    ['ADDS more info in paras 3-4', 'Added more information.'],
    ['UPDATES throughout with defense ministry briefing', 'Updated with the defense ministry briefing.'],
    [
      'UPDATES with details, comments from Unification Ministry in paras 6-9; ADDS photo, graphic',
      'Updated with details, comments from the Unification Ministry, a photo and a graphic.',
    ],
    [
      'CHANGES headline; RECASTS lead; ADDS reax from Washington in last 3 paras',
      'Headline changed. Opening paragraph rewritten. Added reaction from Washington.',
    ],
    [
      'RECASTS headline, lead with White House statement',
      'Headline and opening paragraph rewritten with the White House statement.',
    ],
    ['REWRITES throughout', 'Rewritten.'],
    ['UPDATES', 'Updated.'],
    ['CORRECTS typo in para 2', 'Corrected a typo.'],
    [
      'CORRECTS to show talks were held on Monday, not Tuesday, in 3rd para',
      'Corrected to show talks were held on Monday, not Tuesday.',
    ],
    ['REFILES to fix typo in headline', 'Sent again to fix a typo in the headline.'],
    ['(ATTN: TOPS with Blue House reax; DELETES pvs 7th para)', 'Updated with the Blue House reaction. Shortened.'],
    [
      'CORRECTS the number of points in the statement to four, not three',
      'Corrected the number of points in the statement to four, not three.',
    ],
    ['Eds: UPDATES with U.S. envoy comments, ADDS byline', 'Updated with U.S. envoy comments and the byline.'],
  ])('%s → %s', (original, expected) => {
    expect(note(original)).toBe(expected);
  });

  it.each([
    ['UPDATES with Joint Chiefs of Staff briefing in last 3 paras', 'Updated with the Joint Chiefs of Staff briefing.'],
    ['ADDS comments from Joint Chiefs of Staff', 'Added comments from the Joint Chiefs of Staff.'],
    [
      'ADDS quotes from Ministry of Unification spokesperson',
      'Added quotes from the Ministry of Unification spokesperson.',
    ],
    ['ADDS Map Room statement', 'Added Map Room statement.'],
    ['CORRECTS to fix Photo Service credit', 'Corrected to fix Photo Service credit.'],
    ['UPDATES with Ursula von der Leyen remarks', 'Updated with Ursula von der Leyen remarks.'],
    ['ADDS reax from Bosnia and Herzegovina', 'Added reaction from Bosnia and Herzegovina.'],
  ])('never alters a name: %s → %s', (original, expected) => {
    expect(note(original)).toBe(expected);
  });

  it('keeps a note that is not wire jargon as it is', () => {
    for (const original of [
      'This story contains images some readers may find distressing.',
      'Embargoed until 6 a.m. KST',
      'ADVISORY: no story today',
    ]) {
      expect(writeOutEditorNote(original)).toEqual({ note: original, original });
    }
  });
});
