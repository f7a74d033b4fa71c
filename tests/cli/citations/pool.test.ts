/**
 * The citation pool in a Node process of its own: its workers must not keep the process alive
 * once the pages' citations are made (the pool itself: tests/unit/citations/pool.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { numberedStory } from '../../unit/citations/cited-fixtures.ts';

const WORKER = new URL('../../../src/citations/worker.ts', import.meta.url);
const POOL = new URL('../../../src/citations/pool.ts', import.meta.url);

const article = numberedStory;

describe('a process using the citation pool', () => {
  // Each worker loads citeproc's styles and locales first: seconds on a loaded 2-core machine.
  const WORKER_START = 90_000;

  it("lets the process exit once the pages' citations are made, with prefetched ones still queued", () => {
    const script = `
      const { createCitationPool } = await import(${JSON.stringify(POOL.href)});
      const slow = new URL('data:text/javascript,' + encodeURIComponent(\`
        import { parentPort } from 'node:worker_threads';
        parentPort.on('message', ({ job }) => { const until = Date.now() + 300; while (Date.now() < until); parentPort.postMessage({ job, citation: { references: [{ label: 'made', html: '' }], files: [] } }); });
      \`));
      const pool = createCitationPool(slow);
      for (let n = 1; n <= 100; n++) pool.prefetch({ ...${JSON.stringify(article(1))}, id: 'queued-' + n }, 'story.md');
      const { references: [made] } = await pool.citation(${JSON.stringify(article(2))}, 'story-2.md');
      console.log(made.label);
    `;
    // The 100 prefetches take 30 s; the page's references, under a second.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.stderr).toBe('');
    expect(run.signal).toBeNull();
    expect(run.stdout.trim()).toBe('made');
    expect(run.status).toBe(0);
  }, 30_000);

  it(
    'lets the process exit once the citations are made, without close()',
    () => {
      const script = `
      const { createCitationPool } = await import(${JSON.stringify(POOL.href)});
      const pool = createCitationPool(new URL(${JSON.stringify(WORKER.href)}));
      const { references: [apa], files } = await pool.citation(${JSON.stringify(article(1))}, 'story-1.md');
      console.log(apa.label, files.map((file) => file.format).join(' '));
    `;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: WORKER_START - 5_000,
      });
      expect(run.stderr).toBe('');
      expect(run.signal).toBeNull();
      expect(run.stdout.trim()).toBe('APA RIS BibTeX');
      expect(run.status).toBe(0);
    },
    WORKER_START,
  );
});
