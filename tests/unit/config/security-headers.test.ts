import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersForAllPaths, SECURITY_HEADERS } from '../../../src/config/security-headers.ts';

describe('security headers', () => {
  it("read the /* rule of a _headers file, skipping comments and other paths' rules", () => {
    const text = [
      '# a comment',
      '/admin/*',
      '  X-Robots-Tag: noindex',
      '/*',
      "  Content-Security-Policy: default-src 'self'; img-src 'self' https:",
      '  # an indented comment',
      '  X-Frame-Options: DENY',
      '',
    ].join('\r\n');
    expect(headersForAllPaths(text)).toEqual({
      'Content-Security-Policy': "default-src 'self'; img-src 'self' https:",
      'X-Frame-Options': 'DENY',
    });
  });

  it('are those of public/_headers: a strict policy with no inline scripts or styles', () => {
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']),
    );
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
