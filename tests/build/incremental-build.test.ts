import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/caches/build-cache.ts';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { listFiles } from '../helpers/html.ts';

const OLD_TITLE = 'First talks open in the capital';
const NEW_TITLE = 'Opening round of talks begins in the capital';
const EDITED_PAGE = '/articles/2016/01/20/first-talks-open/index.html';
/** A story no edit touches, with an image beside it. */
const UNTOUCHED_STORY = 'articles/2018/summit-held.md';
const UNTOUCHED_IMAGE = 'articles/2018/venue.svg';
/** A search part for each year, however few its articles, so that one year's part can be seen kept. */
const PER_YEAR = { SEARCH_PART_ARTICLES: '1' };

/** Pages the build copied from its cache instead of rendering, from Astro's build log. */
function reusedPages(output: string, how: 'cached' | 'restored' = 'cached'): string[] {
  return [...output.matchAll(new RegExp(`├─ (\\S+).*\\(${how}\\)`, 'g'))].map((m) => m[1]!);
}

/** Every folder of a built site, so a removed page leaves no empty folder behind. */
async function siteFolders(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(outDir.length))
    .sort();
}

/** Every file of a built site but the search bundle, by path. */
async function siteFiles(outDir: string): Promise<Map<string, string>> {
  const files = (await listFiles(outDir, '')).filter((f) => !f.startsWith('pagefind/'));
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(outDir, f), 'utf8')] as const)));
}

describe('a rebuild after editing, adding and deleting articles', () => {
  let first: BuildResult;
  let incremental: BuildResult;
  let elsewhere: BuildResult;
  let full: BuildResult;
  /** When each year's search bundle was written by the first build. */
  let firstBundles: Map<string, number>;

  /** The years of a built site's search bundles, each with when its bundle was last written. */
  async function bundleTimes(outDir: string): Promise<Map<string, number>> {
    const { bundles } = JSON.parse(await readFile(join(outDir, 'pagefind/bundles.json'), 'utf8')) as {
      bundles: { key: string }[];
    };
    return new Map(
      await Promise.all(
        bundles.map(
          async ({ key }) => [key, (await stat(join(outDir, 'pagefind', key, 'pagefind-entry.json'))).mtimeMs] as const,
        ),
      ),
    );
  }

  let contentDir: string;

  beforeAll(async () => {
    const dir = await copyFixture('archive');
    contentDir = dir;
    const untouched = join(dir, UNTOUCHED_STORY);
    await writeFile(untouched, `${await readFile(untouched, 'utf8')}\n![A map of the summit venue](venue.svg)\n`);
    await writeFile(
      join(dir, UNTOUCHED_IMAGE),
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3"/></svg>\n',
    );
    first = await buildSite({ contentDir: dir, env: PER_YEAR });
    if (!first.ok) throw new Error(`First build failed:\n${first.output}`);
    firstBundles = await bundleTimes(first.outDir);

    const edited = join(dir, 'articles/2016/first-talks-open.md');
    const text = await readFile(edited, 'utf8');
    await writeFile(
      edited,
      `${text.replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`)}\nA paragraph added by the editor.\n`,
    );
    await rm(join(dir, 'articles/2016/launch-condemned.md'));
    await writeArticle(dir, '2019/new-arrival.md', {
      title: 'A new arrival in the archive',
      date: '2019-05-01T10:00:00+09:00',
      source: 'wire',
      section: 'Diplomacy',
      topics: ['tests-and-launches'],
      tags: ['Sanctions'],
    });

    // As `npm run build` does: into the same folder, which holds the last build's pages.
    incremental = await buildSite({ contentDir: dir, outDir: first.outDir, env: PER_YEAR });
    if (!incremental.ok) throw new Error(`Incremental build failed:\n${incremental.output}`);
    // Into an empty folder: unchanged pages come from Astro's cache folder.
    elsewhere = await buildSite({ contentDir: dir, env: PER_YEAR });
    if (!elsewhere.ok) throw new Error(`Incremental build into a new folder failed:\n${elsewhere.output}`);
    full = await buildSite({ contentDir: dir, args: ['--force'], env: PER_YEAR });
    if (!full.ok) throw new Error(`Full build failed:\n${full.output}`);
  });

  it('reuses the pages that did not change and renders the edited one again', () => {
    expect(reusedPages(first.output)).toEqual([]);
    // Nothing changed since the last build: every keyed page comes from the cache folder.
    expect(reusedPages(elsewhere.output, 'restored')).toEqual(
      expect.arrayContaining([EDITED_PAGE, '/places/singapore/index.html']),
    );
    const reused = reusedPages(incremental.output);
    // Only the Singapore summit story is filed under Singapore, and none of the edits touch it.
    expect(reused).toContain('/places/singapore/index.html');
    expect(reused).not.toContain(EDITED_PAGE);
    expect(incremental.output).toContain(EDITED_PAGE);
  });

  it('writes exactly the files a full build writes', async () => {
    const expected = await siteFiles(full.outDir);
    for (const build of [incremental, elsewhere]) {
      const built = await siteFiles(build.outDir);
      expect([...built.keys()]).toEqual([...expected.keys()]);
      for (const [file, content] of expected) expect(built.get(file), file).toBe(content);
      expect(await siteFolders(build.outDir)).toEqual(await siteFolders(full.outDir));
    }
  });

  it('leaves no page showing the old headline or linking to the deleted article', async () => {
    const files = await siteFiles(incremental.outDir);
    const stale = [...files].filter(
      ([, content]) => content.includes(OLD_TITLE) || content.includes('launch-condemned'),
    );
    expect(stale.map(([file]) => file)).toEqual([]);
    expect([...files.values()].filter((content) => content.includes(NEW_TITLE)).length).toBeGreaterThan(3);
    expect(files.has('articles/2019/05/01/new-arrival/index.html')).toBe(true);
  });

  it('indexes for search again only the years whose article pages changed, and ends with the index a full build makes', async () => {
    const after = await bundleTimes(incremental.outDir);
    // 2016 was edited and lost a story, 2019 is new; 2018 was not touched.
    expect([...firstBundles.keys()]).toEqual(['2018', '2016']);
    expect([...after.keys()]).toEqual(['2019', '2018', '2016']);
    expect(after.get('2018')).toBe(firstBundles.get('2018'));
    expect(after.get('2016')).toBeGreaterThan(firstBundles.get('2016')!);
    expect(incremental.output).toMatch(/\(3 parts, 1 unchanged\)/);
    const list = async (build: BuildResult) => readFile(join(build.outDir, 'pagefind/bundles.json'), 'utf8');
    expect(await list(incremental)).toBe(await list(full));
  });

  it('renders the articles again when the cache folder has lost their rendered text', async () => {
    // Rendered bodies are kept beside Astro's data store (src/caches/rendered-bodies.ts): a cache restored in part must not leave a page without its text.
    const bodies = join(contentCacheDir(contentDir, projectRoot), 'bodies', 'articles');
    await rm(bodies, { recursive: true, force: true });
    const again = await buildSite({ contentDir, env: PER_YEAR });
    expect(again.ok, again.output).toBe(true);
    const files = await readdir(bodies, { recursive: true });
    const edited = files.find((file) => file.startsWith(join('2016', 'first-talks-open.')));
    expect(edited).toBeDefined();
    expect(await readFile(join(bodies, edited!), 'utf8')).toContain('A paragraph added by the editor.');
    const articleFiles = (await readdir(join(contentDir, 'articles'), { recursive: true })).filter(
      (f) => f.endsWith('.md') && !f.includes('versions'),
    );
    expect(files.filter((file) => file.endsWith('.json'))).toHaveLength(articleFiles.length);
  });

  it('refuses an unchanged article whose image has gone, naming the image, though the last build checked its text', async () => {
    expect(await readFile(join(first.outDir, 'articles/2018/06/12/summit-held/index.html'), 'utf8')).toContain(
      'alt="A map of the summit venue"',
    );
    await rm(join(contentDir, UNTOUCHED_IMAGE));
    const again = await buildSite({ contentDir, outDir: first.outDir, env: PER_YEAR });
    expect(again.ok).toBe(false);
    expect(again.output).toContain(
      `body: the image "venue.svg" is not there (looked for ${join(contentDir, UNTOUCHED_IMAGE)})`,
    );
  });
});

describe('a rebuild after new stories change the commonest spelling of a name', () => {
  it('shows the new spelling on an untouched story’s page, as a full build would', { timeout: 600_000 }, async () => {
    const dir = await copyFixture('archive');
    const envoy = { source: 'wire', section: 'Diplomacy', topics: ['talks'], tags: ['envoys'] };
    // The story under test, and five on its topic that fill its related coverage, so the later
    // stories (which share only the name) change none of its props but the name's spelling.
    await writeArticle(dir, '2017/envoy-arrives.md', {
      ...envoy,
      title: 'Envoy arrives for talks',
      date: '2017-04-03',
      people: ['Mira Castell'],
    });
    for (const day of [4, 5, 6, 7, 8])
      await writeArticle(dir, `2017/talks-day-${day}.md`, {
        ...envoy,
        title: `Talks, day ${day}`,
        date: `2017-04-0${day}`,
      });
    const page = 'articles/2017/04/03/envoy-arrives/index.html';
    const first = await buildSite({ contentDir: dir });
    expect(first.ok, first.output).toBe(true);
    expect(await first.read(page)).toContain('>Mira Castell<');

    for (const year of [2020, 2021])
      await writeArticle(dir, `${year}/castell-returns.md`, {
        source: 'wire',
        section: 'Diplomacy',
        title: `Castell returns in ${year}`,
        date: `${year}-06-01`,
        people: ['MIRA CASTELL'],
      });
    // Two stories spell it in capitals now, one as before: a full build shows the capitals (the first suite compares whole sites).
    const incremental = await buildSite({ contentDir: dir, outDir: first.outDir });
    expect(incremental.ok, incremental.output).toBe(true);
    expect(await incremental.read(page)).toContain('>MIRA CASTELL<');
    expect(await incremental.read(page)).not.toContain('>Mira Castell<');
  });
});
