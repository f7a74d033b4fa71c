/**
 * Serves a built site on 127.0.0.1 under its base path, like a static host: folders answer with
 * their index.html, anything else with the site's 404 page. Used by the end-to-end tests.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { staticFiles } from '../../src/search/static-files.ts';

/** A policy as strict as the site promises to work under; Pagefind needs only WebAssembly compilation. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home page: origin plus base path. */
  home: string;
  /** An absolute URL for a path under the base: `url('search/?q=kim')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts a server for `outDir` under `basePath` (default `/`), sending a strict Content-Security-Policy. */
export async function serveSite(outDir: string, basePath = '/'): Promise<ServedSite> {
  const headers = { 'Content-Security-Policy': STRICT_CSP };
  const files = staticFiles({ root: outDir, prefix: basePath, headers });
  const server = createServer((req, res) => {
    files(req, res, () => {
      void readFile(join(outDir, '404.html'))
        .catch(() => Buffer.from('Not found'))
        .then((body) => res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: `${origin}${basePath}`,
    url: (path) => `${origin}${basePath}${path.replace(/^\/+/, '')}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
