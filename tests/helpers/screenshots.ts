/**
 * Where end-to-end suites save screenshots for a person to review: `test-results/screenshots/` in
 * the project (ignored by git), or `SCREENSHOT_DIR`. Kept after the run, unlike the run's temp folder.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, PageScreenshotOptions } from 'playwright-core';
import { projectRoot } from './build-site.ts';

/** The screenshots folder, made if missing. */
export async function screenshotDir(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = env.SCREENSHOT_DIR || join(projectRoot, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Saves a screenshot of `page` for review. On a loaded machine Chromium sometimes refuses a capture
 * ("Unable to capture screenshot", a CDP error, most often of a tall full page); it is tried twice
 * more before the error is the test's.
 */
export async function saveScreenshot(page: Page, options: PageScreenshotOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot(options);
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Unable to capture screenshot')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
