import { afterEach, describe, expect, it } from 'vitest';
import { type CitationPool, createCitationPool } from '../../../src/citations/pool.ts';
import type { CitedArticle } from '../../../src/citations/cited-article.ts';
import { numberedStory } from './cited-fixtures.ts';
import { articleCitation } from '../../../src/citations/format.ts';

const WORKER = new URL('../../../src/citations/worker.ts', import.meta.url);

/** A worker script given inline: Node starts workers from data: URLs as from files. */
const inlineWorker = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

const article = numberedStory;

describe('the citation pool', () => {
  let pool: CitationPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  // Each worker loads citeproc's styles and locales first: seconds on a loaded 2-core machine.
  const WORKER_START = 90_000;

  it(
    'gives each article the citation articleCitation gives it (references and files), in the order asked, across two workers',
    async () => {
      const articles = Array.from({ length: 12 }, (_, i) => article(i + 1));
      pool = createCitationPool(WORKER, 2);
      const results = await Promise.all(
        articles.map((cited, i) => pool!.citation(cited, `content/articles/2018/story-${i + 1}.md`)),
      );
      expect(results).toEqual(articles.map(articleCitation));
    },
    WORKER_START,
  );

  it(
    "rejects with the article's file and the worker's error when a reference fails, and goes on with the next",
    async () => {
      pool = createCitationPool(WORKER);
      const broken = { ...article(1), authors: null } as unknown as CitedArticle;
      await expect(pool.citation(broken, 'content/articles/2018/broken.md')).rejects.toThrow(
        /^content\/articles\/2018\/broken\.md: the "Cite this article" block could not be made: TypeError/,
      );
      await expect(pool.citation(article(2), 'content/articles/2018/story-2.md')).resolves.toEqual(
        articleCitation(article(2)),
      );
    },
    WORKER_START,
  );

  it("rejects with the article's file when the worker cannot start", async () => {
    pool = createCitationPool(new URL('./no-such-worker.ts', import.meta.url));
    await expect(pool.citation(article(1), 'content/articles/2018/story-1.md')).rejects.toThrow(
      /^content\/articles\/2018\/story-1\.md: .*citation worker .*no-such-worker\.ts failed/s,
    );
  });

  it('rejects the article whose worker stops mid-job, and starts a new worker for the next', async () => {
    pool = createCitationPool(
      inlineWorker(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', ({ job }) => job === 0 ? process.exit(3) : parentPort.postMessage({ job, citation: { references: [], files: [] } }));
    `),
    );
    await expect(pool.citation(article(1), 'content/articles/2018/story-1.md')).rejects.toThrow(
      /story-1\.md: .*stopped \(exit code 3\)/,
    );
    await expect(pool.citation(article(2), 'content/articles/2018/story-2.md')).resolves.toEqual({
      references: [],
      files: [],
    });
  });

  it('rejects what is still awaited when closed, rather than waiting on a hung worker', async () => {
    pool = createCitationPool(
      inlineWorker(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', () => { for (;;); });
    `),
    );
    const pending = pool.citation(article(1), 'content/articles/2018/story-1.md');
    await pool.close();
    await expect(pending).rejects.toThrow(/story-1\.md: .*stopped/);
  });

  it(
    'gives a page the citation prefetched for its article, made once, and each page the same as articleCitation',
    async () => {
      const articles = [article(1), article(2), article(3)];
      pool = createCitationPool(WORKER);
      for (const [i, cited] of articles.entries()) pool.prefetch(cited, `content/articles/2018/story-${i + 1}.md`);
      const results = await Promise.all(
        [...articles].reverse().map((cited, i) => pool!.citation(cited, `content/articles/2018/story-${3 - i}.md`)),
      );
      expect(results).toEqual([...articles].reverse().map(articleCitation));
    },
    WORKER_START,
  );

  // A worker that answers with the number of jobs it had answered before: the order it made them in.
  const countingWorker = (delayMs: number) =>
    inlineWorker(`
      import { parentPort } from 'node:worker_threads';
      let answered = 0;
      parentPort.on('message', ({ job, cited }) => {
        const until = Date.now() + ${delayMs};
        while (Date.now() < until);
        parentPort.postMessage({ job, citation: { references: [{ label: String(answered++), html: cited.id }], files: [] } });
      });
    `);

  it('makes a prefetched article once: a page asking for it gets that job, not a new one', async () => {
    pool = createCitationPool(countingWorker(0));
    pool.prefetch(article(1), 'story-1.md');
    await expect(pool.citation(article(1), 'story-1.md')).resolves.toEqual({
      references: [{ label: '0', html: article(1).id }],
      files: [],
    });
    await expect(pool.citation(article(2), 'story-2.md')).resolves.toEqual({
      references: [{ label: '1', html: article(2).id }],
      files: [],
    });
  });

  it("puts a page's citation ahead of the prefetched ones still queued", async () => {
    pool = createCitationPool(countingWorker(20));
    for (let n = 1; n <= 10; n++) pool.prefetch(article(n), `story-${n}.md`);
    // Asked for after ten prefetches: made behind at most the two already handed to the worker.
    const {
      references: [page],
    } = await pool.citation(article(20), 'story-20.md');
    expect(Number(page!.label)).toBeLessThanOrEqual(2);
    // A prefetched article a page asks for before its turn also goes first.
    const {
      references: [late],
    } = await pool.citation(article(10), 'story-10.md');
    expect(Number(late!.label)).toBeLessThanOrEqual(5);
  });

  it(
    "keeps a prefetched article's error for the page that asks, and none for an article no page asks for",
    async () => {
      pool = createCitationPool(WORKER);
      const broken = { ...article(1), authors: null } as unknown as CitedArticle;
      pool.prefetch(broken, 'content/articles/2018/broken.md');
      pool.prefetch({ ...broken, id: 'never-asked' }, 'content/articles/2018/never-asked.md');
      await expect(pool.citation(broken, 'content/articles/2018/broken.md')).rejects.toThrow(
        /^content\/articles\/2018\/broken\.md: the "Cite this article" block could not be made/,
      );
      // The second failure settles unobserved: vitest fails the run on an unhandled rejection.
      await expect(pool.citation(article(2), 'story-2.md')).resolves.toEqual(articleCitation(article(2)));
    },
    WORKER_START,
  );
});
