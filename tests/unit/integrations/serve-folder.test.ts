import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../../src/integrations/serve-folder.ts';

describe('serveFolder', () => {
  let origin: string;
  let close: () => void;

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-static-'));
    await mkdir(join(root, 'search'));
    await writeFile(join(root, 'search', 'index.html'), '<h1>Search</h1>');
    await writeFile(join(root, 'pagefind.js'), 'export {}');
    await writeFile(join(root, 'pagefind-entry.json'), '{}');
    const files = serveFolder({ root, prefix: '/base/', headers: { 'X-Test': 'yes' } });
    const server = createServer((req, res) => files(req, res, () => res.writeHead(404).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });

  afterAll(() => close());

  it('serves files with their type and the extra headers', async () => {
    const res = await fetch(`${origin}/base/pagefind.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-test')).toBe('yes');
    expect(await res.text()).toBe('export {}');
    expect((await fetch(`${origin}/base/pagefind-entry.json`)).headers.get('content-type')).toMatch(
      /^application\/json/,
    );
  });

  it("serves a folder's index.html", async () => {
    expect(await (await fetch(`${origin}/base/search/?q=a`)).text()).toBe('<h1>Search</h1>');
  });

  it('passes on what it does not have, what is outside its prefix, and paths that climb out', async () => {
    expect(await (await fetch(`${origin}/base/missing.js`)).text()).toBe('next');
    expect(await (await fetch(`${origin}/pagefind.js`)).text()).toBe('next');
    expect(await (await fetch(`${origin}/base/%2e%2e/%2e%2e/etc/passwd`)).text()).toBe('next');
  });
});
