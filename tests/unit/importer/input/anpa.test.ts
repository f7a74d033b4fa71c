import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWireTake, wireTakes, wireTakeText } from '../../../../src/importer/input/anpa.ts';
import { convertPage } from '../../../../src/importer/article/convert.ts';
import { decodeInput } from '../../../../src/importer/input/decode.ts';
import { importerFixtures, SOURCES } from '../fixtures.ts';

const fixture = (name: string) => readFileSync(join(importerFixtures, 'anpa', name));

describe('ANPA 1312 / IPTC 7901 takes', () => {
  it('tells a take by its SOH, after any SYN bytes', () => {
    expect(isWireTake('\u0016\u0016\u0001a0123 4 i BC-X')).toBe(true);
    expect(isWireTake('Headline\n\u0001')).toBe(false);
  });

  it('imports a take as AP wire copy: framing and service line gone, \\r\\r\\n lines joined into indented paragraphs', () => {
    const text = decodeInput(fixture('one-take-syn-soh-stx-etx-crcrlf.txt'));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]|a0123|BC-Korea-Missile/);
    const article = convertPage(text, 'take.txt', { date: '2020-01-20' }, SOURCES);
    expect(article.kind).toBe('ap');
    expect(article.data).toMatchObject({
      title: 'North Korea test-fires a short-range missile off its east coast',
      dateline: 'SEOUL',
      source: 'ap',
    });
    expect(article.body.trimEnd().split('\n\n')).toEqual([
      "SEOUL, South Korea (AP) -- North Korea launched a short-range missile into the sea off its east coast on Monday morning, South Korea's military said, the first launch it has reported this year.",
      'The Joint Chiefs of Staff said the missile flew about 300 kilometers and that South Korean and U.S. officials were studying the data.',
      "Japan's coast guard told ships in the area to watch for falling debris.",
    ]);
  });

  it('refuses a file of several takes, naming each by its service line and how to split them', () => {
    const text = fixture('two-takes-story-and-its-first-lead.txt').toString('latin1');
    expect(wireTakes(text).map((t) => t.header)).toEqual([
      'a0123 4 i BC-Korea-Missile 01-20 0302',
      'a0131 4 i BC-Korea-Missile 1st Ld 01-20 0415',
    ]);
    expect(() => wireTakeText(text)).toThrow(
      'this is an ANPA 1312 / IPTC 7901 file of 2 takes (1. "a0123 4 i BC-Korea-Missile 01-20 0302", 2. "a0131 4 i BC-Korea-Missile 1st Ld 01-20 0415"); the importer reads one take a file, since a lead or writethru replaces the take before it. Split the file at each SOH (0x01) byte',
    );
  });

  it('refuses a take without STX, naming the framing', () => {
    expect(() => wireTakeText('\u0001a0123 4 i BC-X 01-20 0100\r\r\nNo start of text')).toThrow(
      /^this is an ANPA 1312 \/ IPTC 7901 take \(it starts with SOH, byte 0x01\) but has no STX \(0x02\)/,
    );
  });
});
