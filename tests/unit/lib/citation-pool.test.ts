import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { type CitationPool, createCitationPool } from '../../../src/lib/citation-pool.ts';
import { type CitedArticle, formattedReferences } from '../../../src/lib/citations.ts';

const WORKER = new URL('../../../src/lib/citation-worker.ts', import.meta.url);
const POOL = new URL('../../../src/lib/citation-pool.ts', import.meta.url);

/** A worker script given inline: Node starts workers from data: URLs as from files. */
const inlineWorker = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

const article = (n: number): CitedArticle => ({
  id: `https://example.org/articles/2018/06/${n}/story-${n}/`,
  title: `Story number ${n} on the “talks”`,
  authors: n % 2 ? ['Reporter One'] : [],
  year: 2018,
  month: 6,
  day: n,
  url: `https://example.org/articles/2018/06/${n}/story-${n}/`,
  siteTitle: 'Dateline',
});

describe('the citation pool', () => {
  let pool: CitationPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  // Each worker loads citeproc's styles and locales first: seconds on a loaded 2-core machine.
  const WORKER_START = 90_000;

  it('gives each article the references formattedReferences gives it, in the order asked, across two workers', async () => {
    const articles = Array.from({ length: 12 }, (_, i) => article(i + 1));
    pool = createCitationPool(WORKER, 2);
    const results = await Promise.all(articles.map((cited, i) => pool!.references(cited, `content/articles/2018/story-${i + 1}.md`)));
    expect(results).toEqual(articles.map(formattedReferences));
  }, WORKER_START);

  it('rejects with the article\'s file and the worker\'s error when a reference fails, and goes on with the next', async () => {
    pool = createCitationPool(WORKER);
    const broken = { ...article(1), authors: null } as unknown as CitedArticle;
    await expect(pool.references(broken, 'content/articles/2018/broken.md')).rejects.toThrow(
      /^content\/articles\/2018\/broken\.md: the "Cite this article" references could not be formatted: TypeError/,
    );
    await expect(pool.references(article(2), 'content/articles/2018/story-2.md')).resolves.toEqual(formattedReferences(article(2)));
  }, WORKER_START);

  it('rejects with the article\'s file when the worker cannot start', async () => {
    pool = createCitationPool(new URL('./no-such-worker.ts', import.meta.url));
    await expect(pool.references(article(1), 'content/articles/2018/story-1.md')).rejects.toThrow(
      /^content\/articles\/2018\/story-1\.md: .*citation worker .*no-such-worker\.ts failed/s,
    );
  });

  it('rejects the article whose worker stops mid-job, and starts a new worker for the next', async () => {
    pool = createCitationPool(inlineWorker(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', ({ job }) => job === 0 ? process.exit(3) : parentPort.postMessage({ job, references: [] }));
    `));
    await expect(pool.references(article(1), 'content/articles/2018/story-1.md')).rejects.toThrow(/story-1\.md: .*stopped \(exit code 3\)/);
    await expect(pool.references(article(2), 'content/articles/2018/story-2.md')).resolves.toEqual([]);
  });

  it('rejects what is still awaited when closed, rather than waiting on a hung worker', async () => {
    pool = createCitationPool(inlineWorker(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', () => { for (;;); });
    `));
    const pending = pool.references(article(1), 'content/articles/2018/story-1.md');
    await pool.close();
    await expect(pending).rejects.toThrow(/story-1\.md: .*stopped/);
  });

  it('lets the process exit once the references are made, without close()', () => {
    const script = `
      const { createCitationPool } = await import(${JSON.stringify(POOL.href)});
      const pool = createCitationPool(new URL(${JSON.stringify(WORKER.href)}));
      const [apa] = await pool.references(${JSON.stringify(article(1))}, 'story-1.md');
      console.log(apa.label);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: WORKER_START - 5_000 });
    expect(run.stderr).toBe('');
    expect(run.signal).toBeNull();
    expect(run.stdout.trim()).toBe('APA');
    expect(run.status).toBe(0);
  }, WORKER_START);
});
