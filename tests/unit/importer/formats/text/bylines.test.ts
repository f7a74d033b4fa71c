import { describe, expect, it } from 'vitest';
import { splitByline } from '../../../../../src/importer/formats/text/bylines.ts';

describe('splitByline', () => {
  it.each([
    ['By Ahn Sung-mi and Oh Jae-won', ['Ahn Sung-mi', 'Oh Jae-won']],
    ['Kim Min-ji, Lee Ho and Park Ji-won', ['Kim Min-ji', 'Lee Ho', 'Park Ji-won']],
    ['Kim Min-ji, Lee Ho, and Park Ji-won', ['Kim Min-ji', 'Lee Ho', 'Park Ji-won']],
    ['Hyonhee Shin and Josh Smith (Reuters)', ['Hyonhee Shin', 'Josh Smith']],
    ['By KIM TONG-HYUNG (AP)', ['KIM TONG-HYUNG']],
    ['Sara Lindqvist | Reuters', ['Sara Lindqvist']],
    ['Ahn Sung-mi and Oh Jae-won | Test Wire', ['Ahn Sung-mi', 'Oh Jae-won']],
    ['Jean-Pierre Dupont-Aignan - dpa', ['Jean-Pierre Dupont-Aignan']],
    ['Anna Berg - dpa', ['Anna Berg']],
    ['By Min-ji Park; Additional reporting by Tom Holt', ['Min-ji Park']],
    ['By Min-ji Park; Editing by Tom Holt and Ann Lee', ['Min-ji Park']],
    ['Kim Min-ji, Staff Writer', ['Kim Min-ji']],
    ['By Lee Ho, Seoul Correspondent', ['Lee Ho']],
    ['Ursula von der Leyen & Charles Michel', ['Ursula von der Leyen', 'Charles Michel']],
    ['Kim Jong Un', ['Kim Jong Un']],
    ['Korea Desk', ['Korea Desk']],
    ['By Martin Luther King, Jr. and Ralph Abernathy', ['Martin Luther King, Jr.', 'Ralph Abernathy']],
    ['Henry Ford III, Edsel Ford', ['Henry Ford III', 'Edsel Ford']],
    ['Sam Kim Jr.', ['Sam Kim Jr.']],
    ['  By   Oh Jae-won  ', ['Oh Jae-won']],
    ['Oh Jae-won and Oh Jae-won', ['Oh Jae-won']],
  ])('%s → %j', (text, names) => {
    expect(splitByline(text)).toEqual(names);
  });

  it('gives no names for an empty or role-only byline', () => {
    expect(splitByline('')).toEqual([]);
    expect(splitByline('By ')).toEqual([]);
  });
});
