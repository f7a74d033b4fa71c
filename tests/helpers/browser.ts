/** Chromium for an end-to-end suite: found as the benchmark finds it, skipped with a message when missing outside CI. */
import type { Page } from 'playwright-core';
import { findChromium } from '../../scripts/lib/chromium.ts';

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

/** The search page's filter checkboxes' labels by group legend: `{ Source: ['AP (3)', 'Yonhap (2)'] }`. */
export function filterLabelsByGroup(page: Page): Promise<Record<string, (string | null)[]>> {
  return page
    .locator('[data-filter-groups] fieldset')
    .evaluateAll((sets) =>
      Object.fromEntries(
        sets.map((set) => [
          set.querySelector('legend')?.textContent,
          [...set.querySelectorAll('label')].map((l) => l.textContent),
        ]),
      ),
    );
}
