import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/model/source.ts';

const source = { name: 'Yonhap News Agency', url: 'https://en.yna.co.kr' };

describe('sourceSchema timeZone', () => {
  it('takes an IANA time zone, and none at all', () => {
    expect(sourceSchema.parse({ ...source, timeZone: 'Asia/Seoul' }).timeZone).toBe('Asia/Seoul');
    expect(sourceSchema.parse(source).timeZone).toBeUndefined();
  });

  it('refuses an offset or an unknown zone, saying what would be valid', () => {
    for (const timeZone of ['+09:00', 'Korea/Seoul']) {
      const result = sourceSchema.safeParse({ ...source, timeZone });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        `"${timeZone}" is not an IANA time zone; use a name such as "Asia/Seoul" or "America/New_York"`,
      );
    }
  });
});
