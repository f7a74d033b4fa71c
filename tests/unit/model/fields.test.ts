import { describe, expect, it } from 'vitest';
import { mediaUrlSchema } from '../../../src/model/fields.ts';

const message = (url: string) => mediaUrlSchema.safeParse(url).error?.issues[0]?.message;

describe('mediaUrlSchema', () => {
  it('takes http(s) URLs and paths under public/', () => {
    for (const url of [
      'https://example.com/photo.jpg',
      'http://example.com/a%20b.jpg',
      '/images/photo.jpg',
      ' /images/photo.jpg ',
    ]) {
      expect(mediaUrlSchema.safeParse(url).success, url).toBe(true);
    }
  });

  it('refuses a backslash anywhere: browsers read /\\evil.example/ as another site', () => {
    for (const url of [
      '/\\evil.example/x.jpg',
      '/images\\..\\x.jpg',
      'https://example.com\\@evil.example/x.jpg',
      '\\\\evil.example\\x.jpg',
    ]) {
      expect(message(url), url).toBe(
        `"${url}" has a backslash, which browsers read as /, so it could point at another site; write it with / only, like "/images/photo.jpg"`,
      );
    }
  });

  it("refuses a path that starts with //, another site's address, and anything but http(s) or a site path", () => {
    expect(message('//evil.example/x.jpg')).toBe(
      `"//evil.example/x.jpg" starts with //, which browsers read as another site's address; write a path under public/ like "/images/photo.jpg", or a full https:// URL`,
    );
    for (const url of ['javascript:alert(1)', 'images/x.jpg', 'https:///x.jpg']) {
      expect(message(url), url).toBe(
        `"${url}" is not an http(s) URL or a path under public/; write it like "https://example.com/photo.jpg" or "/images/photo.jpg"`,
      );
    }
  });
});
