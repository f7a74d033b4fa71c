/**
 * The security headers every host should send, in one place: `public/_headers` (Netlify,
 * Cloudflare Pages) is checked against these by the tests, docs/deploying.md shows them for nginx, and
 * the end-to-end tests serve the site with them so a CSP violation fails a test.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly search engine in the browser.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
