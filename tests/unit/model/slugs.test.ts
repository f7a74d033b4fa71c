import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/model/slugs.ts';

describe('slugify', () => {
  it.each([
    ['Kim Jong Un', 'kim-jong-un'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['U.N. Security Council', 'un-security-council'],
    ['Workers’ Party of Korea', 'workers-party-of-korea'],
    ['Pyeongchang 2018', 'pyeongchang-2018'],
    ['South–North talks', 'south-north-talks'],
    ['평양', '평양'],
  ])('%j becomes %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it('gives nothing for a name without letters or digits', () => {
    expect(slugify('#')).toBe('');
    expect(slugify(' -- ')).toBe('');
  });
});
