/**
 * The security headers every host should send. `public/_headers` (the file Netlify and Cloudflare
 * Pages read) is the one place they are written; the static server of the end-to-end tests and the
 * benchmark serves the site with them, so a CSP violation fails a test, and a test checks that the
 * nginx recipe in docs/deploying.md gives the same policy.
 */
import { readFileSync } from 'node:fs';

/**
 * The headers of the `/*` rule in a `_headers` file: a path on a line of its own, then its headers
 * indented, `Name: value` (Netlify's and Cloudflare's format); `#` starts a comment.
 */
export function headersForAllPaths(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export const SECURITY_HEADERS: Record<string, string> = headersForAllPaths(
  readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'),
);

/** The site's Content-Security-Policy, as `public/_headers` gives it. */
export const CONTENT_SECURITY_POLICY = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
