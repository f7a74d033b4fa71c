import { describe, expect, it } from 'vitest';
import { typeset, typesetRun } from '../../../src/i18n/typography.ts';

describe('typeset', () => {
  it('curls quotes and apostrophes and sets dashes and ellipses', () => {
    expect(typeset(`"Don't go" -- he said... 'now'`)).toBe('“Don’t go” — he said… ‘now’');
  });

  it('keeps apostrophes in names and decades the right way round', () => {
    expect(typeset("O'Brien's team in the '80s")).toBe('O’Brien’s team in the ’80s');
  });

  it('pairs quotes around Korean words, with particles right after the closing quote', () => {
    expect(typeset(`그는 "대화"라고 말했다. '북한'은`)).toBe('그는 “대화”라고 말했다. ‘북한’은');
  });

  it('treats angle brackets, ampersands, entities and backslashes as text, not markup or escapes', () => {
    expect(typeset(`Hostile <script>alert('title')</script> copy`)).toBe(
      'Hostile <script>alert(‘title’)</script> copy',
    );
    expect(typeset(`AT&T's "&amp;" sign`)).toBe('AT&T’s “&amp;” sign');
    expect(typeset(String.raw`C:\temp\'x'`)).toBe(String.raw`C:\temp\’x’`);
  });

  it('leaves text without straight quotes, dashes or dots as it is', () => {
    expect(typeset('Summit held on the island')).toBe('Summit held on the island');
  });
});

describe('typesetRun', () => {
  it('pairs quotes across pieces, as around emphasis or a link', () => {
    expect(typesetRun([{ text: 'He said "' }, { text: 'hello' }, { text: '", then left.' }])).toEqual([
      'He said “',
      'hello',
      '”, then left.',
    ]);
  });

  it('leaves code alone and reads it as a word next to a quote', () => {
    expect(
      typesetRun([
        { code: true },
        { text: "'s value " },
        { tag: 'open-code' },
        { text: '"raw" -- x' },
        { tag: 'close-code' },
        { text: ' "end"' },
      ]),
    ).toEqual(['’s value ', '"raw" -- x', ' “end”']);
  });
});

describe('typeset after Hangul and an ellipsis', () => {
  it('opens a quote that follows an ellipsis, as Korean headlines write it', () => {
    expect(typeset('발사…"광명성"')).toBe('발사…“광명성”');
    expect(typeset('발사..."광명성"')).toBe('발사…“광명성”');
    expect(typeset("핵실험…'수소탄'")).toBe('핵실험…‘수소탄’');
  });

  it('curls quotes next to Hangul and particles the right way', () => {
    expect(typeset('북한은 "수소탄" 시험')).toBe('북한은 “수소탄” 시험');
    expect(typeset('"광명성"은 발사됐다')).toBe('“광명성”은 발사됐다');
    expect(typeset('북한 "수소탄 시험 성공"…4차 핵실험')).toBe('북한 “수소탄 시험 성공”…4차 핵실험');
  });

  it('still closes a quote that ends with an ellipsis', () => {
    expect(typeset('"Wait..." he said')).toBe('“Wait…” he said');
    expect(typeset('"기다려…"')).toBe('“기다려…”');
  });
});
