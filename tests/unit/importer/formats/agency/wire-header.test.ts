import { describe, expect, it } from 'vitest';
import { headerLine } from '../../../../../src/importer/formats/agency/wire-header.ts';

const context = { headline: 'Sweden becomes the 32nd member of NATO', keywords: ['Sweden', 'NATO', 'defence'] };

describe('headerLine', () => {
  it.each([
    ['Sweden becomes the 32nd member of NATO', 'headline'],
    ['SWEDEN BECOMES THE 32ND MEMBER OF NATO.', 'headline'],
    ['2024-03-07 17:20', 'timestamp'],
    ['2024-03-07T17:20:00+01:00', 'timestamp'],
    ['07.03.2024 17.20', 'timestamp'],
    ['17:20 CET', 'timestamp'],
    ['Sweden, NATO, defence', 'keywords'],
    ['Stikkord: forsvar, Sverige', 'keywords'],
  ] as const)('%s is the %s', (line, kind) => {
    expect(headerLine(line, context)).toBe(kind);
  });

  it.each([
    'Stockholm (TT)',
    'STOCKHOLM (TT) Sweden handed over its papers on Thursday.',
    'NATO',
    'Sweden, Finland and NATO talked on Thursday.',
    'In 2024-03 the bid went through.',
  ])('%s is story text', (line) => {
    expect(headerLine(line, context)).toBeUndefined();
  });
});
