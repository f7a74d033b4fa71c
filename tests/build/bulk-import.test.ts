/**
 * The round an archivist makes with a whole archive: every export, feed and wire delivery of the
 * fixtures imported into one archive in one run, which check:content then accepts and the site
 * builds, each article at its page; and the same run again changes nothing.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { readFrontMatter } from '../../src/model/front-matter.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { parseHtml } from '../helpers/html.ts';
import { archiveWithWireSources, importerFixtures, reportPath, runImport } from '../unit/importer/fixtures.ts';

/** One input of every many-article format, each with items that import and items that must not. */
const INPUTS = [
  'wordpress/featured-image-after-post-drafts-and-pages.xml',
  'rss/news-site-cdata-escaped-media.xml',
  'atom/xhtml-html-and-text-entries.xml',
  'json-feed/korea-desk-hostile-and-undated.json',
  'ninjs/v2-html-and-text-bodies-picture.json',
  'ninjs/v3-korean-english-headline-text-only-withheld.json',
  'newsml/newsmessage-nitf-and-xhtml-correction.xml',
  'newsml/newsitem-picture-caption-withheld-korean.xml',
  'newsml/newsmessage-header-block-nonpublic-note-picture-item-correction.xml',
  'wordpress/password-protected-scheduled-and-private-posts.xml',
].map((file) => join(importerFixtures, file));

const reportOf = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { outcome: string; path?: string; input: string });

describe('a whole archive imported from exports, feeds and wire deliveries', { timeout: 300_000 }, () => {
  let dir: string;
  let site: BuildResult;
  let report: Awaited<ReturnType<typeof reportOf>>;

  beforeAll(async () => {
    dir = await archiveWithWireSources();
    const reportFile = await reportPath();
    const run = await runImport([
      '--out',
      join(dir, 'articles'),
      '--source',
      'wire',
      '--report',
      reportFile,
      ...INPUTS,
    ]);
    // The JSON Feed holds one undated item, which fails by design; everything else imports.
    expect(run.code, run.stderr).toBe(1);
    report = await reportOf(reportFile);
    // A story an editor embargoed by hand, and a non-public note on a published one.
    await writeFile(
      join(dir, 'articles/2018/embargoed-budget.md'),
      '---\ntitle: Budget figures held until Thursday\ndate: "2018-07-03"\nsource: paper\nsection: Economy\nembargo: "2999-01-01T00:00:00Z"\n---\nThe embargoed budget figures.\n',
    );
    const summit = join(dir, 'articles/2018/summit-held.md');
    await writeFile(
      summit,
      (await readFile(summit, 'utf8')).replace(
        /^---\n/,
        '---\ninternalNote: "Call the desk on 555 0199 before reuse"\n',
      ),
    );
    site = await buildSite({ contentDir: dir });
  }, 300_000);

  it('accounts for every item of every input, in the report and the summary', async () => {
    const counts = Object.fromEntries(
      ['imported', 'draft', 'duplicate', 'failed'].map((o) => [o, report.filter((r) => r.outcome === o).length]),
    );
    expect(counts.failed).toBe(1);
    expect(counts.imported).toBeGreaterThanOrEqual(12);
    expect(counts.draft).toBeGreaterThanOrEqual(3);
    for (const input of INPUTS)
      expect(
        report.some((r) => r.input === input),
        input,
      ).toBe(true);
  });

  it('writes articles that check:content accepts and the site builds, each published article at its page', async () => {
    expect((await checkContent(dir)).problems).toEqual([]);
    expect(site.ok, site.output).toBe(true);
    for (const { path, outcome } of report.filter((r) => r.outcome === 'imported')) {
      const { data } = readFrontMatter(await readFile(path!, 'utf8'));
      const [year, month, day] = String(data.date).slice(0, 10).split('-');
      const slug = path!.split('/').pop()!.replace(/\.md$/, '');
      const page = parseHtml(await site.read(`articles/${year}/${month}/${day}/${slug}/index.html`));
      // Pages curl quotes and apostrophes the file writes straight.
      const straight = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      expect(straight(page.querySelector('h1')?.textContent ?? ''), `${outcome} ${path}`).toContain(
        straight(String(data.title)).slice(0, 20),
      );
    }
  });

  it('publishes nothing the source marked private: no page, feed or sitemap holds a non-public note, a password-protected or scheduled post, or an embargoed story', async () => {
    expect(site.ok, site.output).toBe(true);
    const files = (await readdir(site.outDir, { recursive: true })).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const secrets = [
      'jens.holm@wire.example',
      '555 010 20',
      'Flood defence plans for subscribers',
      'Christmas lights switch-on',
      'Budget figures held',
      'Call the desk on 555 0199',
    ];
    for (const file of files) {
      const text = await readFile(join(site.outDir, file), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    // The summit story itself is still published, its note kept in the file only.
    expect(await site.read('articles/2018/06/12/summit-held/index.html')).toContain('<h1');
  });

  it('imports nothing and changes no file when run again', async () => {
    const files = (await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();
    const before = await Promise.all(files.map(async (f) => (await stat(join(dir, 'articles', f))).mtimeMs));
    const again = await runImport(['--out', join(dir, 'articles'), '--source', 'wire', ...INPUTS]);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/import: 0 imported, \d+ already in the archive, 0 drafts, 1 failed/);
    expect(await Promise.all(files.map(async (f) => (await stat(join(dir, 'articles', f))).mtimeMs))).toEqual(before);
  });
});
