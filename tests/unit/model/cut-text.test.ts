import { describe, expect, it } from 'vitest';
import { cutText } from '../../../src/model/cut-text.ts';

describe('cutText', () => {
  it('keeps text that fits, and cuts longer text at a whole grapheme within the length', () => {
    expect(cutText('Talks', 10)).toBe('Talks');
    expect(cutText('Talks resume', 5)).toBe('Talks');
    expect(cutText('ab𠜎cd', 3)).toBe('ab');
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('판문점 선언', 3)).toBe('판문점');
    expect(cutText('e\u0301e\u0301', 3)).toBe('e\u0301');
    expect(cutText('👩‍👩‍👧 family', 4)).toBe('');
  });
});
