import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

export default defineConfig({
  root,
  // The `@/` alias of tsconfig.json, which Astro reads for pages; tests may import through it too.
  resolve: { alias: [{ find: /^@\//, replacement: src }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Integration and end-to-end suites build whole sites; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // Browser tests poll for what the reader sees; a loaded 2-core CI machine needs more than 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
