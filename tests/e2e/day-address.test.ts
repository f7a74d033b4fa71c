/**
 * An article's address cut back to its day (`/articles/2016/01/06/`) has no page of its own (a
 * page a day was a file for every two stories): the host's 404 page sends the reader to that
 * day's heading on the month's page, where the day's stories are listed.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForSuite } from '../helpers/browser.ts';
import { useSampleInBrowser } from '../helpers/sample-in-browser.ts';

const chromiumPath = chromiumForSuite('the day address test (tests/e2e/day-address.test.ts)');

describe.skipIf(!chromiumPath)('a day’s address', () => {
  const sample = useSampleInBrowser(chromiumPath!);

  it('lands on the day’s stories on the month’s page', async () => {
    const page = await sample.browser.newPage();
    try {
      const response = await page.goto(sample.served.url('articles/2016/01/06/'));
      expect(response?.status()).toBe(404);
      await page.waitForURL(/\/articles\/2016\/01\/#d6$/);
      const day = page.locator('section[aria-labelledby="d6"]');
      await expect(day.locator('h2').textContent()).resolves.toBe('6 January 2016');
      expect(await day.locator('.card__headline').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
