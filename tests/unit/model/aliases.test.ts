import { describe, expect, it } from 'vitest';
import { canonicalBySlug, NO_ALIASES } from '../../../src/model/aliases.ts';
import { readAliasesText } from '../../../src/model/read-content.ts';
import { formatProblem } from '../../../src/model/validate.ts';

const FILE = 'content/aliases.yaml';
const problems = (text: string) => readAliasesText(FILE, text).problems.map(formatProblem);

describe('the alias file', () => {
  it('reads a name with a list of spellings, or a single one, and leaves out kinds it does not give', () => {
    const read = readAliasesText(
      FILE,
      'people:\n  Antony Blinken: [Tony Blinken]\ntags:\n  ICBM: intercontinental ballistic missile\nplaces:\n',
    );
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual({
      ...NO_ALIASES,
      people: { 'Antony Blinken': ['Tony Blinken'] },
      tags: { ICBM: ['intercontinental ballistic missile'] },
    });
  });

  it('names the file, the field and the fix for a spelling listed under two names', () => {
    expect(problems('people:\n  Antony Blinken: [Tony Blinken]\n  Anthony Blinken: [tony blinken]\n')).toEqual([
      `${FILE}: people.Anthony Blinken[0]: "tony blinken" is also listed under "Antony Blinken"; a spelling belongs to one name, so remove it from one of the two`,
    ]);
  });

  it('refuses a spelling that is itself a name with spellings of its own', () => {
    expect(problems('people:\n  Antony Blinken: [Tony Blinken]\n  Tony Blinken: [T. Blinken]\n')).toEqual([
      `${FILE}: people.Antony Blinken[0]: "Tony Blinken" is itself a name here, with spellings of its own (people.Tony Blinken); put all the spellings under one of the two names and remove the other`,
    ]);
  });

  it('refuses two names that would share one page', () => {
    expect(problems('people:\n  Kim Jong Un: [Kim Jong-eun]\n  Kim Jong-un: [Kim Jong-eun II]\n')).toEqual([
      `${FILE}: people.Kim Jong-un: "Kim Jong-un" and "Kim Jong Un" are one name with one page (/people/kim-jong-un/); keep one of them and list the other's spellings under it`,
    ]);
  });

  it('refuses empty names and spellings, names without letters, and names with spaces around them', () => {
    expect(problems('tags:\n  "": [x]\n  "--": [y]\n  " G20 ": [g-20]\n')).toEqual([
      `${FILE}: tags: a name is empty; write the name the page goes by, with its other spellings in a list after it`,
      `${FILE}: tags.--: "--" has no letters or digits to make a page address from; spell the name out`,
      `${FILE}: tags. G20 : " G20 " has spaces before or after it; remove them from inside the quotes`,
    ]);
    expect(problems('tags:\n  THAAD: ["", "..", 3]\n  ICBM:\n')).toEqual([
      `${FILE}: tags.THAAD[0]: must not be empty`,
      `${FILE}: tags.THAAD[1]: ".." has no letters or digits; spell the name out`,
      `${FILE}: tags.THAAD[2]: expected a spelling of the name, got 3`,
      `${FILE}: tags.ICBM: expected the other spellings of the name, like [Tony Blinken], got null`,
    ]);
  });

  it('refuses an unknown kind and a table that is not one, naming what would be valid', () => {
    expect(problems('persons:\n  Antony Blinken: [Tony Blinken]\n')).toEqual([
      `${FILE}: persons: unknown field; check the spelling against the field list in README.md, or remove it`,
    ]);
    expect(problems('people: [Antony Blinken, Tony Blinken]\n')).toEqual([
      `${FILE}: people: expected one "Name: [other spelling, ...]" line for each name, indented under the kind, got ["Antony Blinken","Tony Blinken"]`,
    ]);
  });

  it('names the line of YAML that does not parse', () => {
    expect(problems('people:\n  Antony Blinken: [Tony Blinken\n')[0]).toMatch(
      /^content\/aliases\.yaml: \(file\): the YAML does not parse on line \d/,
    );
  });
});

describe('canonicalBySlug', () => {
  it('finds the name of any spelling whatever its case, dots or dashes, and of the name itself', () => {
    const names = canonicalBySlug({ 'Antony Blinken': ['Tony Blinken'], 'U.N. Security Council': ['UNSC'] });
    expect(names.get('tony-blinken')).toBe('Antony Blinken');
    expect(names.get('antony-blinken')).toBe('Antony Blinken');
    expect(names.get('unsc')).toBe('U.N. Security Council');
    expect(names.get('un-security-council')).toBe('U.N. Security Council');
    expect(names.get('blinken')).toBeUndefined();
  });
});
