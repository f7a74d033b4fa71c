/** The project's TypeScript and .astro files type-check (strict), as `npm run check` checks them. */
import { expect, it } from 'vitest';
import { TYPES_TSCONFIG_ENV, typeCheck } from '../helpers/type-check.ts';

it('finds no type error in src/, scripts/ or tests/', { timeout: 300_000 }, async () => {
  const tsconfig = process.env[TYPES_TSCONFIG_ENV];
  expect(tsconfig, 'tests/global-setup.ts makes the copy of the types for runs with the cli project').toBeDefined();
  const { ok, output } = await typeCheck(tsconfig!);
  expect(ok, output).toBe(true);
  expect(output).toMatch(/Result \(\d+ files\)/);
});
