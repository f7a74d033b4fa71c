import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Four projects, which `npm test` runs together and `npm run test:<name>` one by one: unit
 * (in-process) and cli (tests that start a Node process) side by side first, then build and e2e
 * (whole sites built with Astro) side by side, three files at a time: a file spends much of its time
 * waiting on a build, a server or Chromium, and three keep two cores busier than two did. Builds
 * take turns (scripts/lib/build-lock.ts).
 */
/**
 * The build and e2e projects: together after unit and cli, with time for a test's builds, which
 * may wait for another file's build.
 */
const SITE_BUILDING = {
  sequence: { groupOrder: 1 },
  maxWorkers: 3,
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
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 0 },
          maxWorkers: '100%',
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
