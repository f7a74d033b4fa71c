import { describe, expect, it } from 'vitest';
import {
  headlineDistance,
  headlineKey,
  isLabelledUpdate,
  textKey,
  ledeOverlap,
  storyOverlap,
  urlKey,
  versionByHeadline,
  withoutLabels,
} from '../../../../src/importer/archive/story-match.ts';

// A first take and its LEAD: the LEAD keeps the take's paragraphs and adds two.
const take = [
  'SEOUL, March 6 (Yonhap) -- North Korea fired four ballistic missiles into the East Sea early Monday, the Joint Chiefs of Staff said.',
  'The missiles were launched from near the North’s northwestern border with China and flew about 1,000 kilometers, according to the military.',
].join('\n\n');
const lead = [
  'SEOUL, March 6 (Yonhap) -- North Korea fired four ballistic missiles into the East Sea early Monday, the Joint Chiefs of Staff said, days after the allies began their annual drills.',
  'The missiles were launched from near the North’s northwestern border with China and flew about 1,000 kilometers, according to the military.',
  'Three of them came down inside the waters Japan claims as its exclusive economic zone, officials in Tokyo said.',
  'The presidential office called a meeting of the national security council.',
].join('\n\n');
// Another launch the same day, on the same subject, told in other words.
const cruise = [
  'SEOUL, March 6 (Yonhap) -- North Korea fired several cruise missiles off its west coast Monday afternoon, a military source said.',
  'The launch came hours after the North fired four ballistic missiles into the East Sea, the Joint Chiefs of Staff said.',
].join('\n\n');

describe('withoutLabels', () => {
  it('takes off wire labels in brackets before or after the headline, and bare ones before a dash or colon', () => {
    const headline = 'N. Korea fires missiles';
    for (const labelled of [
      '(LEAD) N. Korea fires missiles',
      '(2nd LD) N. Korea fires missiles',
      '(4th LD) N. Korea fires missiles',
      '[URGENT] N. Korea fires missiles',
      '(LEAD, URGENT) N. Korea fires missiles',
      '(lead) (urgent) N. Korea fires missiles',
      'N. Korea fires missiles (URGENT)',
      'N. Korea fires missiles - UPDATED',
      'UPDATE 2-N. Korea fires missiles',
      'CORRECTED-N. Korea fires missiles',
      'REFILE: N. Korea fires missiles',
      'WRAPUP 1-N. Korea fires missiles',
      'FLASH: N. Korea fires missiles',
      '(RECASTS) N. Korea fires missiles',
    ]) {
      expect(withoutLabels(labelled), labelled).toBe(headline);
    }
  });

  it('takes off the article’s own label, and leaves words that only look like labels', () => {
    expect(withoutLabels('(News Focus) Talks resume', 'News Focus')).toBe('Talks resume');
    expect(withoutLabels('Update: what the lunar new year costs')).toBe('Update: what the lunar new year costs');
    expect(withoutLabels('Lead found in school water pipes')).toBe('Lead found in school water pipes');
    expect(withoutLabels('(URGENT)')).toBe('(URGENT)');
  });
});

describe('headlineKey and headlineDistance', () => {
  it('compares headlines in lower case, letters and digits only, labels aside', () => {
    expect(headlineKey('(LEAD) N. Korea fires missiles')).toBe('n korea fires missiles');
    expect(headlineKey('N.Korea fires missiles (URGENT)')).toBe('n korea fires missiles');
    expect(headlineKey('  ', undefined)).toBeUndefined();
    expect(headlineKey('북한, 4차 핵실험 단행(종합2보)')).toBe(headlineKey('[속보] 북한, 4차 핵실험 단행'));
    expect(headlineKey('북한, 4차 핵실험 단행(종합2보)')).not.toBe(headlineKey('북한, 5차 핵실험 단행'));
    expect(headlineKey(42)).toBeUndefined();
  });

  it('counts a word changed as close, and another subject as far', () => {
    const key = headlineKey('N. Korea fires ballistic missiles into East Sea')!;
    expect(headlineDistance(key, key)).toBe(0);
    expect(headlineDistance(key, headlineKey('N. Korea fires ballistic missile into East Sea')!)).toBeLessThan(0.05);
    expect(
      headlineDistance(
        headlineKey('N. Korea fires ballistic missile')!,
        headlineKey('N. Korea fires cruise missiles')!,
      ),
    ).toBeGreaterThan(0.15);
  });
});

describe('ledeOverlap', () => {
  it('is high for a take and its LEAD, low for another story on the subject that repeats the first in its background, 0 for no text', () => {
    expect(ledeOverlap(take, lead)).toBeGreaterThan(0.8);
    expect(ledeOverlap(lead, take)).toBe(ledeOverlap(take, lead));
    expect(ledeOverlap(take, cruise)).toBeLessThan(0.2);
    expect(ledeOverlap('', lead)).toBe(0);
  });

  it('does not count the dateline, which every story of the day shares', () => {
    const a = 'SEOUL, March 6 (Yonhap) -- Stocks closed higher on Monday as exporters gained on a weaker won.';
    const b = 'SEOUL, March 6 (Yonhap) -- Rain is expected across the country tonight, the weather agency said.';
    expect(ledeOverlap(a, b)).toBe(0);
  });

  it('reads a one-line kicker on into the next paragraph', () => {
    const kicker = (rest: string) => `By the numbers\n\n${rest}`;
    expect(ledeOverlap(kicker(take), lead)).toBeGreaterThan(0.5);
  });
});

describe('isLabelledUpdate', () => {
  it('reads a wire label in the headline or the label field, not a feature label', () => {
    expect(isLabelledUpdate('(LEAD) Talks open')).toBe(true);
    expect(isLabelledUpdate('Talks open', '2nd LD')).toBe(true);
    expect(isLabelledUpdate('UPDATE 2-Talks open')).toBe(true);
    expect(isLabelledUpdate('Talks open', 'News Focus')).toBe(false);
    expect(isLabelledUpdate('북한, 4차 핵실험 단행(종합2보)')).toBe(true);
    expect(isLabelledUpdate('북한, 4차 핵실험 단행', '2보')).toBe(true);
    expect(isLabelledUpdate('[속보] 북한 4차 핵실험')).toBe(true);
    expect(isLabelledUpdate('북한 핵실험 종합 대책 발표')).toBe(false);
    expect(isLabelledUpdate('Update: what we know about the talks')).toBe(false);
  });
});

describe('versionByHeadline', () => {
  const headline = headlineKey('N. Korea fires ballistic missiles into East Sea')!;

  it('is a version for the same headline, labels aside, with wording in common, saying why', () => {
    expect(
      versionByHeadline(
        {
          headline: headlineKey('(LEAD) N. Korea fires ballistic missiles into East Sea')!,
          body: lead,
          labelled: true,
        },
        { headline, body: take, labelled: false },
      ),
    ).toMatch(
      /^the same source, day and headline, labels aside, labelled as an update, and \d+% of the first paragraph in common$/,
    );
  });

  it('is a version for a close headline when most of the wording is shared', () => {
    const reworded = headlineKey('N. Korea fires 4 ballistic missiles into East Sea')!;
    expect(
      versionByHeadline({ headline: reworded, body: lead, labelled: false }, { headline, body: take, labelled: false }),
    ).toMatch(/^the same source and day, a headline close to it, and 100% of the shorter story in common$/);
  });

  it('is not a version for unlabelled stories under one headline that share only an intro', () => {
    const intro =
      'This is part of our series on the rebuilding of the harbour district, told by the people who live there.';
    const first = `${intro}\n\nThe ferry terminal reopened on Monday after eleven months of work on its piers and waiting rooms.`;
    const second = `${intro}\n\nThe fish market will move into the old customs shed next spring, the city council decided on Tuesday.`;
    const series = headlineKey('Harbour district: a series')!;
    expect(
      versionByHeadline(
        { headline: series, body: first, labelled: false },
        { headline: series, body: second, labelled: false },
      ),
    ).toBeUndefined();
    // What tells them apart: the intro is their whole lede, but little of either story.
    expect(ledeOverlap(first, second)).toBeGreaterThan(0.3);
    expect(storyOverlap(first, second)).toBeLessThan(0.6);
  });

  it('is not a version for a similar or the same headline over another story', () => {
    const similar = headlineKey('N. Korea fires ballistic missile into East Sea')!;
    for (const labelled of [false, true]) {
      expect(
        versionByHeadline({ headline: similar, body: cruise, labelled }, { headline, body: take, labelled: false }),
      ).toBeUndefined();
      expect(
        versionByHeadline({ headline, body: cruise, labelled }, { headline, body: take, labelled: false }),
      ).toBeUndefined();
      expect(
        versionByHeadline(
          { headline: headlineKey('N. Korea fires cruise missiles')!, body: lead, labelled },
          { headline, body: take, labelled: false },
        ),
      ).toBeUndefined();
    }
  });
});

describe('urlKey and textKey', () => {
  it('reads URLs without fragment or trailing slash, and text whatever its spacing', () => {
    expect(urlKey('https://wire.example/story/1/#top')).toBe('https://wire.example/story/1');
    expect(urlKey('not a url')).toBeUndefined();
    expect(textKey('A  b\n\nc')).toBe(textKey('A b c'));
    expect(textKey(' \n ')).toBeUndefined();
  });
});
