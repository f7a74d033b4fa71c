import { describe, expect, it } from 'vitest';
import { alsoWrittenAs } from '../../../src/views/entity-labels.ts';

describe('alsoWrittenAs', () => {
  it('lists the other spellings in a sentence, and says nothing when there are none', () => {
    expect(alsoWrittenAs(['Tony Blinken'])).toBe('Also written as Tony Blinken.');
    expect(alsoWrittenAs(['Tony Blinken', 'T. Blinken', 'Blinken'])).toBe(
      'Also written as Tony Blinken, T. Blinken, and Blinken.',
    );
    expect(alsoWrittenAs([])).toBeUndefined();
  });
});
