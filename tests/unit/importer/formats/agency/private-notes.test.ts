import { describe, expect, it } from 'vitest';
import { hasContactDetails, isNonPublicMark } from '../../../../../src/importer/formats/agency/private-notes.ts';

describe('hasContactDetails', () => {
  it.each([
    'Questions to the desk: anna.berg@wire.example',
    'Call Lee Ho on +82 2 398 3114',
    'tel. 040-123 45 67 after 18:00',
    'Ring (02) 398-3114',
  ])('finds contact details in %s', (text) => {
    expect(hasContactDetails(text)).toBe(true);
  });

  it.each([
    'UPDATES with Joint Chiefs of Staff briefing in last 3 paras',
    'Embargoed until 2024-03-01 12:34 CET',
    'CORRECTS death toll to 12, not 21',
    'Moves at 0600 GMT on 15.03.2024',
  ])('finds none in %s', (text) => {
    expect(hasContactDetails(text)).toBe(false);
  });
});

describe('isNonPublicMark', () => {
  it('reads IPTC-style and plain marks', () => {
    expect(['ednoterole:nonpublic', 'nonpublic', 'Internal', 'pubconstraint:non-public'].map(isNonPublicMark)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['ednoterole:correction', 'public', undefined].map(isNonPublicMark)).toEqual([false, false, false]);
  });
});
