import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../../src/integrations/stale-output.ts';

describe('files an earlier build left behind', () => {
  const started = 1_000;
  const files = [
    { path: 'articles/2016/01/20/kept/index.html', mtimeMs: 500 },
    { path: 'articles/2016/01/21/deleted/index.html', mtimeMs: 500 },
    { path: 'index.html', mtimeMs: 1_200 },
    { path: '_astro/old.css', mtimeMs: 500 },
    { path: '_astro/new.css', mtimeMs: 1_100 },
    { path: '_headers', mtimeMs: 400 },
    { path: 'pagefind/2016/pagefind-entry.json', mtimeMs: 300 },
  ];

  it('are the older files that this build neither kept as a page nor copied from public/', () => {
    const produced = new Set(['articles/2016/01/20/kept/index.html', 'index.html', '_headers']);
    expect(staleFiles(files, produced, started)).toEqual(['articles/2016/01/21/deleted/index.html', '_astro/old.css']);
  });

  it("leave the search index's parts to the index step, which keeps the unchanged years", () => {
    expect(staleFiles(files, new Set(), started)).not.toContain('pagefind/2016/pagefind-entry.json');
  });

  it('never include what this build wrote', () => {
    expect(staleFiles(files, new Set(), started)).not.toContain('_astro/new.css');
    expect(staleFiles(files, new Set(), started)).not.toContain('index.html');
  });
});
