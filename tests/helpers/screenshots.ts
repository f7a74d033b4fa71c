/**
 * Where end-to-end suites save screenshots for a person to review: `test-results/screenshots/` in
 * the project (ignored by git), or `SCREENSHOT_DIR`. Kept after the run, unlike the run's temp folder.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** The screenshots folder, made if missing. */
export async function screenshotDir(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = env.SCREENSHOT_DIR || join(projectRoot, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  return dir;
}
