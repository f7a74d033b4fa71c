import { describe, expect, it } from 'vitest';
import {
  isEmailLine,
  isSeparator,
  matchByline,
  matchDateline,
  splitCaptionCredit,
  splitCredit,
  splitLabel,
} from '../../../../../src/importer/formats/text/wire-lines.ts';
import { SOURCES } from '../../fixtures.ts';

describe('splitLabel', () => {
  it('moves the label in parentheses out of the headline', () => {
    expect(splitLabel('(LEAD) Envoys meet')).toEqual({ title: 'Envoys meet', label: 'LEAD' });
    expect(splitLabel('(2nd LD) Envoys meet')).toEqual({ title: 'Envoys meet', label: '2nd LD' });
    expect(splitLabel('(URGENT) (News Focus) Envoys meet')).toEqual({
      title: 'Envoys meet',
      label: 'URGENT, News Focus',
    });
  });

  it('leaves a headline without a label, or with parentheses later on, as it is', () => {
    expect(splitLabel('Envoys meet (again)')).toEqual({ title: 'Envoys meet (again)' });
  });
});

describe('matchDateline', () => {
  it('reads Yonhap, AP and en-dash datelines', () => {
    expect(matchDateline('SEOUL, Jan. 20 (Yonhap) -- Text')).toEqual({
      city: 'SEOUL',
      detail: 'Jan. 20',
      agency: 'Yonhap',
    });
    expect(matchDateline('SEOUL, South Korea (AP) — Text')).toEqual({
      city: 'SEOUL',
      detail: 'South Korea',
      agency: 'AP',
    });
    expect(matchDateline('UNITED NATIONS (AP) — Text')).toEqual({ city: 'UNITED NATIONS', agency: 'AP' });
    expect(matchDateline('SINGAPORE – Text')).toEqual({ city: 'SINGAPORE' });
  });

  it('does not take ordinary sentences for datelines', () => {
    expect(matchDateline('A senior official - who asked not to be named - said so.')).toBeUndefined();
    expect(matchDateline('U.S. officials said on Thursday.')).toBeUndefined();
    expect(matchDateline('Seoul, Jan. 20 (Yonhap) -- lower-case city')).toBeUndefined();
  });
});

describe('matchByline', () => {
  it('splits a byline into names, as written', () => {
    expect(matchByline('By DANA ROWE and MIN-JUN SEO')).toEqual(['DANA ROWE', 'MIN-JUN SEO']);
    expect(matchByline('By Han Ji-won')).toEqual(['Han Ji-won']);
    expect(matchByline('By Ann Lee, Bo Kim and Cy Park')).toEqual(['Ann Lee', 'Bo Kim', 'Cy Park']);
  });

  it('is not fooled by prose, and in strict mode takes only capitalised AP bylines', () => {
    expect(matchByline('By late Thursday, the talks had ended.')).toBeUndefined();
    expect(matchByline('By Thursday', { strict: true })).toBeUndefined();
    expect(matchByline('By DANA ROWE', { strict: true })).toEqual(['DANA ROWE']);
  });
});

describe('splitCredit', () => {
  it('separates a caption from its credit', () => {
    expect(splitCredit('Envoys meet, Thursday, March 18, 2021. (AP Photo/Sam Ortega, Pool)')).toEqual({
      caption: 'Envoys meet, Thursday, March 18, 2021.',
      credit: 'AP Photo/Sam Ortega, Pool',
    });
    expect(splitCredit('A launch. (KCNA via AP)')).toEqual({ caption: 'A launch.', credit: 'KCNA via AP' });
    expect(splitCredit('The council met (again) on Monday.')).toBeUndefined();
  });
});

describe('splitCaptionCredit', () => {
  it('splits wire, agency and known-source credits off a caption and leaves other brackets', () => {
    expect(splitCaptionCredit('Kim in Hanoi. (AP Photo/Pat Leung)', SOURCES)).toEqual({
      caption: 'Kim in Hanoi.',
      credit: 'AP Photo/Pat Leung',
    });
    expect(splitCaptionCredit('Crowds in Seoul. (Yonhap)', SOURCES)).toEqual({
      caption: 'Crowds in Seoul.',
      credit: 'Yonhap',
    });
    expect(splitCaptionCredit('A parade. (Test Wire Service)', SOURCES)).toEqual({
      caption: 'A parade.',
      credit: 'Test Wire Service',
    });
    expect(splitCaptionCredit('The site (pictured in 2013)', SOURCES)).toEqual({
      caption: 'The site (pictured in 2013)',
    });
    expect(splitCaptionCredit('Missiles on parade. (Reuters/Kim Hong-ji)', SOURCES)).toEqual({
      caption: 'Missiles on parade.',
      credit: 'Reuters/Kim Hong-ji',
    });
    expect(splitCaptionCredit('Talks in Hanoi. (AP)', SOURCES)).toEqual({ caption: 'Talks in Hanoi.', credit: 'AP' });
  });
});

describe('line shapes', () => {
  it('knows separators and e-mail sign-offs', () => {
    expect(['___', '***', '---'].every(isSeparator)).toBe(true);
    expect(isSeparator('__ text __')).toBe(false);
    expect(isEmailLine('reporter@yna.co.kr')).toBe(true);
    expect(isEmailLine('Write to reporter@yna.co.kr')).toBe(false);
  });
});
