/**
 * What the browser suites open: the sample archive's build shared by the suites that only read it
 * (`sharedBuild`), served with the site's own headers (its CSP), and a Chromium. Call it inside a
 * `describe`; its hooks fill the returned object before the suite's tests run and close both after.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';
import { sampleBuild } from './build-site.ts';

export interface SampleInBrowser {
  browser: Browser;
  served: ServedSite;
  /** The built site's folder. */
  outDir: string;
}

export function useSampleInBrowser(chromiumPath: string): SampleInBrowser {
  const sample = {} as SampleInBrowser;
  beforeAll(async () => {
    const site = await sampleBuild();
    if (!site.ok) throw new Error(`Sample archive build failed:\n${site.output}`);
    sample.outDir = site.outDir;
    sample.served = await serveSite(site.outDir);
    sample.browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await sample.browser?.close();
    await sample.served?.close();
  });
  return sample;
}
