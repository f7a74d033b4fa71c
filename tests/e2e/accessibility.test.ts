/**
 * axe-core in Chromium over the built sample archive: no serious or critical violation on the
 * pages readers use most, in the light and the dark colour scheme. The dark scheme changes colours
 * and nothing else (src/styles/theme.css and the search page's marks), so in the dark only axe's
 * colour rules run (contrast, links told apart from text): every rule ran in the light.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from '../helpers/browser.ts';
import { useSampleInBrowser } from '../helpers/sample-in-browser.ts';

const chromiumPath = chromiumForSuite('the accessibility tests (tests/e2e/accessibility.test.ts)');

const PAGES = {
  home: '',
  archive: 'archive/',
  article: 'articles/2021/03/18/blinken-presses-china-on-north-korea/',
  versions: 'articles/2020/10/10/north-korea-unveils-new-icbm-at-parade/versions/',
  topic: 'topics/china-and-north-korea/',
  person: 'people/antony-blinken/',
  year: 'archive/2018/',
  corrections: 'corrections/',
  'earlier version': 'articles/2020/10/10/north-korea-unveils-new-icbm-at-parade/versions/1/',
  search: 'search/?q=Blinken',
  'empty search': 'search/',
  'Korean empty search': 'ko/search/',
};

/** axe's rules that read colours and are on by default (its enhanced contrast, AAA, is not). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe.skipIf(!chromiumPath)('accessibility of the sample archive', () => {
  // The publishing suite's build (tests/build/publishing.test.ts), made once for both; the site's address does not change what axe sees.
  const sample = useSampleInBrowser(chromiumPath!);
  let axeSource: string;
  type Scheme = 'light' | 'dark';
  /** One tab per colour scheme, which each test takes to its page: each new tab cost Chromium about half a CPU-second. */
  const tabs = new Map<Scheme, Page>();

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  });

  afterAll(async () => {
    for (const tab of tabs.values()) await tab.close();
  });

  /** The tab of `scheme`, at the window size given (a desktop's unless said). */
  async function tabIn(scheme: Scheme, viewport = { width: 1280, height: 720 }): Promise<Page> {
    let tab = tabs.get(scheme);
    if (!tab) tabs.set(scheme, (tab = await sample.browser.newPage({ colorScheme: scheme })));
    await tab.setViewportSize(viewport);
    return tab;
  }

  /** Serious and critical violations axe finds on the page as it is now: of its colour rules only, in the dark. */
  async function seriousViolations(page: Page, scheme: Scheme): Promise<string[]> {
    await page.evaluate(axeSource);
    return page.evaluate(
      async (onlyRules) => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const options = onlyRules ? { runOnly: { type: 'rule', values: onlyRules } } : {};
        return (await axe.run(document, options)).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      },
      scheme === 'dark' ? COLOUR_RULES : null,
    );
  }

  // On a phone the search filters are a sheet over the results: checked closed, and open (a modal dialog) with its checkboxes, date menus and "Show all".
  for (const scheme of ['light', 'dark'] as const) {
    for (const panel of ['closed', 'open'] as const) {
      it(`search page on a phone in ${scheme} mode, filter panel ${panel}, has no serious or critical violation`, async () => {
        const page = await tabIn(scheme, { width: 390, height: 844 });
        await page.goto(sample.served.url('search/?q=Blinken&from=2017'));
        await page.locator('[data-search-results] li').first().waitFor();
        const toggle = page.locator('[data-filters-toggle]');
        if (panel === 'open') {
          await toggle.click();
          await page.getByRole('dialog').waitFor();
          await page.locator('[data-filter-groups] input[type="checkbox"]').first().waitFor();
        }
        expect(await toggle.getAttribute('aria-expanded')).toBe(String(panel === 'open'));
        expect(await seriousViolations(page, scheme)).toEqual([]);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} page in ${scheme} mode has no serious or critical violation`, async () => {
        const page = await tabIn(scheme);
        const response = await page.goto(sample.served.url(path));
        expect(response?.status()).toBe(200);
        if (name === 'search') await page.locator('[data-search-results] li').first().waitFor();
        // The search page is laid out hidden until its script has set it up.
        if (name.endsWith('empty search')) await page.locator('[data-search]:not([data-waiting])').waitFor();
        expect(await seriousViolations(page, scheme)).toEqual([]);
      });
    }
  }
});
