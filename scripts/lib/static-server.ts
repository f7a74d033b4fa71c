/**
 * Serves a built site on 127.0.0.1 under its base path, like a static host: folders answer with
 * their index.html, anything else with the site's 404 page. Used by the end-to-end tests and the benchmark.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SECURITY_HEADERS } from '../../src/config/security-headers.ts';
import { serveFolder } from '../../src/integrations/serve-folder.ts';

export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home page: origin plus base path. */
  home: string;
  /** An absolute URL for a path under the base: `url('search/?q=kim')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts a server for `outDir` under `basePath` (default `/`), sending the site's security headers. */
export async function serveSite(outDir: string, basePath = '/'): Promise<ServedSite> {
  // The headers public/_headers sends on a real host, so a CSP violation fails a test here too.
  const headers = SECURITY_HEADERS;
  const files = serveFolder({ root: outDir, prefix: basePath, headers });
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
