import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SpreadBuildsSequencer from './sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Four projects, which `npm test` runs together and `npm run test:<name>` one by one: unit
 * (in-process), cli (tests that start a Node process), build and e2e (whole sites built with
 * Astro). All four share one queue of five workers, ordered by tests/sequencer.ts: the run's
 * builder makes one site at a time (tests/helpers/build-server.ts), so a file waiting for its build
 * holds a worker and no core, and the files that build nothing run beside it. Vitest allows
 * projects side by side only with the same number of workers.
 */
const WORKERS = 5;

/** The build and e2e projects: with time for a test's builds, which may wait for other files' builds. */
const SITE_BUILDING = {
  maxWorkers: WORKERS,
  testTimeout: 300_000,
  hookTimeout: 600_000,
} as const;

export default defineConfig({
  root,
  // The `@/` alias of tsconfig.json, which Astro reads for pages; tests may import through it too.
  resolve: { alias: [{ find: /^@\//, replacement: src }] },
  test: {
    // Every suite's temp folders go under one folder for the run, removed at its end; runs once, for every project.
    globalSetup: ['tests/global-setup.ts'],
    // Files that build a site spread among those that do not (see above).
    sequence: { sequencer: SpreadBuildsSequencer },
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // In-process and free of global state: worker threads that keep their imports from file to
          // file (a fresh module graph per file cost more than the tests).
          pool: 'threads',
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          maxWorkers: WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          ...SITE_BUILDING,
          // A merged build's search is checked in Chromium too; a loaded machine needs more than 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...SITE_BUILDING,
          // Browser tests poll for what the reader sees; a loaded 2-core CI machine needs more than 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
