/** The bench's Hugo site (scripts/bench/hugo/) built by Hugo over a small generated archive: the pages an archive needs, and only the stories searchable. Skipped where there is no `hugo`. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import { hugoVersion, writeHugoSite } from '../../../scripts/bench/hugo-bench.ts';
import { readFrontMatter } from '../../../src/model/front-matter.ts';

const ARTICLES = 120;

describe.skipIf(!hugoVersion())('the Hugo site the bench compares with', () => {
  let work: string;
  let site: string;
  let stories: { path: string; data: Record<string, unknown> }[];
  const built = (path: string) => join(site, 'public', path);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dateline-hugo-site-'));
    const corpus = join(work, 'content');
    const files = await writeCorpus(corpus, { articles: ARTICLES, seed: 3 });
    stories = await Promise.all(
      files.map(async (path) => ({ path, data: readFrontMatter(await readFile(join(corpus, path), 'utf8')).data })),
    );
    site = join(work, 'hugo');
    await writeHugoSite(site, corpus);
    const hugo = spawnSync(
      'hugo',
      ['--source', site, '--destination', join(site, 'public'), '--cacheDir', join(site, 'cache')],
      { encoding: 'utf8' },
    );
    if (hugo.status !== 0) throw new Error(`hugo failed:\n${hugo.stdout}${hugo.stderr}`);
    const launcher = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
    const pagefind = spawnSync(process.execPath, [launcher, '--site', join(site, 'public')], { encoding: 'utf8' });
    if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stdout}${pagefind.stderr}`);
  }, 120_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes a page for every story, with its headline, names and search filters', async () => {
    const { path, data } = stories.find((s) => (s.data.people as string[]).length > 0)!;
    const slug = path.replace(/^articles\//, '').replace(/\.md$/, '');
    const html = await readFile(built(`articles/${slug}/index.html`), 'utf8');
    expect(html).toContain(`<h1>${data.title as string}</h1>`);
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain(`<span data-pagefind-filter="section">${data.section as string}</span>`);
    const person = (data.people as string[])[0]!;
    expect(html).toContain(`>${person}</a>`);
    for (const s of stories) expect(existsSync(built(`${s.path.replace(/\.md$/, '')}/index.html`))).toBe(true);
  });

  it('gives every person a page and a feed, and pages the list of all stories 50 at a time', async () => {
    const people = new Set(stories.flatMap((s) => s.data.people as string[]));
    const slugs = [...people].map((name) => name.toLowerCase().replace(/ /g, '-'));
    for (const slug of slugs) {
      expect(existsSync(built(`people/${slug}/index.html`))).toBe(true);
      expect(existsSync(built(`people/${slug}/index.xml`))).toBe(true);
    }
    const lastPage = Math.ceil(ARTICLES / 50);
    expect(existsSync(built(`articles/page/${lastPage}/index.html`))).toBe(true);
    expect(existsSync(built(`articles/page/${lastPage + 1}/index.html`))).toBe(false);
    const first = await readFile(built('articles/index.html'), 'utf8');
    expect(first.match(/<li class="card">/g)).toHaveLength(50);
  });

  it('makes only the stories searchable, not the lists', async () => {
    const entry = JSON.parse(await readFile(built('pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(ARTICLES);
  });
});
