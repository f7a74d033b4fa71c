/**
 * The search index step over a site it built before (src/search/build-index.ts): a part whose
 * pages are as they were keeps its bundle, read or not, and one that lost, gained or changed a
 * page gets a new one, however little else around it changed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchPart } from '../../src/config/build-part.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';

const PARTS: SearchPart[] = [
  { key: '2016', years: ['2016'], articles: 1 },
  { key: '2015', years: ['2015'], articles: 2 },
];

const page = (title: string, text: string, around = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>${around}</nav><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

async function writePage(site: string, path: string, html: string) {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), html);
}

const bundlePages = async (site: string) =>
  Object.fromEntries(
    (
      JSON.parse(await readFile(join(site, 'pagefind/bundles.json'), 'utf8')) as {
        bundles: { key: string; pages: number }[];
      }
    ).bundles.map((b) => [b.key, b.pages]),
  );

describe('indexing a site again', () => {
  it('writes again exactly the parts whose pages were removed, added or changed in what search reads', async () => {
    const site = await mkdtemp(join(tmpdir(), 'dateline-index-'));
    const listingsFile = join(site, '..', `${site.split('/').pop()}-listings.json`);
    await writePage(site, 'articles/2015/03/01/envoys-meet/index.html', page('Envoys meet', 'Envoys met in Geneva.'));
    await writePage(
      site,
      'articles/2015/04/02/talks-resume/index.html',
      page('Talks resume', 'Talks resumed in Vienna.'),
    );
    await writePage(site, 'articles/2016/01/20/first-talks/index.html', page('First talks', 'The first round opened.'));
    const index = () => buildSearchIndex(site, PARTS, { listingsFile });

    expect(await index()).toMatchObject({ written: 2, kept: 0, pages: 3 });
    expect(await index()).toMatchObject({ written: 0, kept: 2 });

    // Rewritten with the same text and other links around it, as a neighbour's edit does: nothing for search changed.
    await writePage(
      site,
      'articles/2016/01/20/first-talks/index.html',
      page('First talks', 'The first round opened.', '<a href="/x/">Another story</a>'),
    );
    expect(await index()).toMatchObject({ written: 0, kept: 2 });
    expect(await index()).toMatchObject({ written: 0, kept: 2 });

    // A page deleted, and nothing else in its year touched.
    await rm(join(site, 'articles/2015/04/02'), { recursive: true });
    expect(await index()).toMatchObject({ written: 1, kept: 1, pages: 2 });
    expect(await bundlePages(site)).toEqual({ '2016': 1, '2015': 1 });

    await writePage(site, 'articles/2016/02/11/second-round/index.html', page('Second round', 'A second round began.'));
    expect(await index()).toMatchObject({ written: 1, kept: 1, pages: 3 });

    await writePage(
      site,
      'articles/2015/03/01/envoys-meet/index.html',
      page('Envoys meet', 'Envoys met in Geneva on Monday.'),
    );
    expect(await index()).toMatchObject({ written: 1, kept: 1 });
    expect(await bundlePages(site)).toEqual({ '2016': 2, '2015': 1 });
    await rm(listingsFile, { force: true });
    await rm(site, { recursive: true, force: true });
  });
});
