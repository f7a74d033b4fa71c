import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Four projects, which `npm test` runs together and `npm run test:<name>` one by one: unit
 * (in-process) and cli (tests that start a Node process) side by side first, then build and e2e
 * (whole sites built with Astro), one file at a time, as Vitest runs serial projects last.
 */
export default defineConfig({
  root,
  // The `@/` alias of tsconfig.json, which Astro reads for pages; tests may import through it too.
  resolve: { alias: [{ find: /^@\//, replacement: src }] },
  test: {
    // Every suite's temp folders go under one folder for the run, removed at its end; runs once, for every project.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // In-process and free of global state: worker threads that keep their imports from file to
          // file (a fresh module graph per file cost more than the tests), on every core.
          pool: 'threads',
          isolate: false,
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          // Runs beside unit, which Vitest allows only with the same number of workers.
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Each file builds whole sites: one at a time on a 2-core machine, with room for its builds in beforeAll.
          fileParallelism: false,
          hookTimeout: 300_000,
          // A merged build's search is checked in Chromium too; a loaded machine needs more than 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 300_000,
          // Browser tests poll for what the reader sees; a loaded 2-core CI machine needs more than 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
