/**
 * Finds and starts Chromium for the end-to-end tests. Lookup: `CHROMIUM_PATH`, then
 * `/usr/bin/chromium`, then `chromium` and `google-chrome` on `PATH`.
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

/** True when running in CI (`CI` set to anything but "", "0" or "false"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CI) && !['0', 'false'].includes(env.CI!.toLowerCase());
}

/**
 * The Chromium for an end-to-end suite. Without one, CI fails; elsewhere the suite is skipped
 * with a message that says how to install one.
 */
export function chromiumForSuite(suite: string): string | undefined {
  const found = findChromium();
  if (found) return found;
  const message = [
    `No Chromium found for ${suite}.`,
    'Install one with `apt-get install chromium` (Debian, Ubuntu), or point CHROMIUM_PATH at a Chrome or Chromium binary.',
    'Looked at: CHROMIUM_PATH, /usr/bin/chromium, and chromium and google-chrome on PATH.',
  ];
  if (inCi()) throw new Error(message.join('\n'));
  const rule = '!'.repeat(100);
  console.warn(`\n${rule}\n!! SKIPPING ${suite}\n${message.map((line) => `!! ${line}`).join('\n')}\n${rule}\n`);
  return undefined;
}

/** Starts headless Chromium with the flags the tests need in containers. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}
