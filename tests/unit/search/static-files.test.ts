import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, resolveRequestPath, staticFiles } from '../../../src/search/static-files.ts';

describe('resolveRequestPath', () => {
  it('maps paths under the prefix into the folder', () => {
    expect(resolveRequestPath('/site', '/base/pagefind/', '/base/pagefind/pagefind.js?ts=1')).toBe('/site/pagefind.js');
    expect(resolveRequestPath('/site', '/', '/a%20b/index.html')).toBe('/site/a b/index.html');
    expect(resolveRequestPath('/site', '/base/', '/base')).toBe('/site');
  });

  it('refuses paths outside the prefix or the folder', () => {
    expect(resolveRequestPath('/site', '/base/', '/other/x.js')).toBeUndefined();
    expect(resolveRequestPath('/site', '/base/', '/base/../secret')).toBeUndefined();
    expect(resolveRequestPath('/site', '/base/', '/base/%2e%2e/secret')).toBeUndefined();
    expect(resolveRequestPath('/site', '/base/', '/base/%E0%A4%A')).toBeUndefined();
  });
});

describe('mimeType', () => {
  it.each([
    ['pagefind.js', 'text/javascript; charset=utf-8'],
    ['wasm.en.wasm', 'application/wasm'],
    ['pagefind-entry.json', 'application/json'],
    ['index.html', 'text/html; charset=utf-8'],
    ['en_123.pf_index', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(mimeType(file)).toBe(type));
});

describe('staticFiles', () => {
  let origin: string;
  let close: () => void;

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-static-'));
    await mkdir(join(root, 'search'));
    await writeFile(join(root, 'search', 'index.html'), '<h1>Search</h1>');
    await writeFile(join(root, 'pagefind.js'), 'export {}');
    const files = staticFiles({ root, prefix: '/base/', headers: { 'X-Test': 'yes' } });
    const server = createServer((req, res) => files(req, res, () => res.writeHead(404).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });

  afterAll(() => close());

  it('serves files with their type and the extra headers', async () => {
    const res = await fetch(`${origin}/base/pagefind.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-test')).toBe('yes');
    expect(await res.text()).toBe('export {}');
  });

  it("serves a folder's index.html, redirecting to the slash first", async () => {
    expect(await (await fetch(`${origin}/base/search/?q=a`)).text()).toBe('<h1>Search</h1>');
    const redirect = await fetch(`${origin}/base/search?q=a`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/base/search/?q=a');
  });

  it('passes on what it does not have, and what is outside its prefix', async () => {
    expect(await (await fetch(`${origin}/base/missing.js`)).text()).toBe('next');
    expect(await (await fetch(`${origin}/pagefind.js`)).text()).toBe('next');
  });
});
