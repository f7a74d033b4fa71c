/**
 * Serves one folder under a URL prefix as a connect-style middleware, with sirv: the dev server
 * uses it for the Pagefind bundle of the last build, the end-to-end tests and the benchmark for
 * a whole build (scripts/lib/static-server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface ServeFolderOptions {
  /** Folder to serve. */
  root: string;
  /** URL path the folder is served under, ending in a slash: `/some/base/pagefind/`. */
  prefix: string;
  /** Extra headers on every file served, such as a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** Serves files (and a folder's `index.html`) from `root` under `prefix`; passes anything else on. */
export function serveFolder({ root, prefix, headers = {} }: ServeFolderOptions): Middleware {
  // `dev` reads the folder on every request: the bundle is rewritten by each build.
  const files = sirv(root, {
    dev: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    },
  });
  const bare = prefix.replace(/\/$/, '');
  return (req, res, next) => {
    // Astro's dev server strips the base path from `req.url`; connect keeps what the browser asked for.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    if (url !== bare && !url.startsWith(prefix) && !url.startsWith(`${bare}?`)) return next();
    const original = req.url;
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      req.url = original;
      next();
    });
  };
}
