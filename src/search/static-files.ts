/**
 * Serves files from one folder under a URL prefix, as a connect-style middleware: the dev
 * server uses it for the Pagefind bundle of the last build, the end-to-end tests for a whole build.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension; anything else (Pagefind's `.pf_*` chunks) is served as bytes. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The content type for a file name. */
export function mimeType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFilesOptions {
  /** Folder to serve. */
  root: string;
  /** URL path the folder is served under, ending in a slash: `/some/base/pagefind/`. */
  prefix: string;
  /** Extra headers on every file served, such as a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Maps a request path to a file under `root`, or `undefined` when it is outside the prefix
 * or tries to climb out of the folder.
 */
export function resolveRequestPath(root: string, prefix: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  const bare = prefix.replace(/\/$/, '');
  if (pathname !== bare && !pathname.startsWith(prefix)) return undefined;
  const relative = normalize(pathname.slice(prefix.length).replace(/^\/+/, ''));
  if (relative === '..' || relative.startsWith(`..${sep}`) || relative.includes('\0')) return undefined;
  return join(root, relative);
}

/** Serves files (and a folder's `index.html`) from `root` under `prefix`; passes anything else on. */
export function staticFiles({ root, prefix, headers = {} }: StaticFilesOptions): Middleware {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Astro's dev server strips the base path from `req.url`; connect keeps what the browser asked for.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const file = resolveRequestPath(root, prefix, url);
    if (!file) return next();
    void (async () => {
      let target = file;
      let info = await stat(target).catch(() => undefined);
      if (info?.isDirectory()) {
        const [pathname = '/', query] = url.split('?');
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { ...headers, Location: `${pathname}/${query === undefined ? '' : `?${query}`}` }).end();
          return;
        }
        target = join(target, 'index.html');
        info = await stat(target).catch(() => undefined);
      }
      if (!info?.isFile()) return next();
      res.writeHead(200, {
        ...headers,
        'Content-Type': mimeType(target),
        'Content-Length': String(info.size),
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(target).pipe(res);
    })().catch(() => next());
  };
}
