/**
 * Finds and starts Chromium for the end-to-end tests and the benchmark. Lookup: `CHROMIUM_PATH`,
 * then `/usr/bin/chromium`, then `chromium` and `google-chrome` on `PATH`.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, or `undefined` when there is none. A `CHROMIUM_PATH` that does not exist is an error. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist`);
    return env.CHROMIUM_PATH;
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'google-chrome']) {
    const found = dirs.map((dir) => join(dir, name)).find(isExecutable);
    if (found) return found;
  }
  return undefined;
}

/** Starts headless Chromium with the flags the tests need in containers. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}
