/**
 * The round trip an editor makes: paste wire copy, import it into an archive, build the site.
 * One build holds a Yonhap and an AP import; the pages must show what the pastes said. And an
 * import stopped half-way leaves nothing behind.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { parseHtml, texts } from '../helpers/html.ts';
import { archiveWithWireSources, importerFixtures, runImport, startNode } from '../unit/importer/fixtures.ts';

const yonhapFile = join(importerFixtures, 'yonhap/lead-envoy-presses-china.txt');
const apFile = join(importerFixtures, 'ap/blinken-austin-seoul-talks.txt');

/** Smartypants curls quotes and turns `--` into a dash when the site renders; compare text without that. */
const plain = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/--|—|–/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The story paragraphs of a pasted page: the lines from the dateline up to the sign-off, without chrome. */
async function pastedStory(file: string, from: RegExp, skip: RegExp): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').map((l) => l.trim());
  const start = lines.findIndex((l) => from.test(l));
  const story = lines.slice(start);
  const end = story.findIndex((l) => l === '(END)');
  return (end < 0 ? story : story.slice(0, end)).filter((l) => l && !skip.test(l));
}

describe('an imported Yonhap and AP story, built into the site', () => {
  let site: BuildResult;
  const page = async (path: string) => parseHtml(await site.read(path));

  beforeAll(async () => {
    const dir = await archiveWithWireSources();
    const imported = await runImport(['--out', join(dir, 'articles'), '--section', 'Diplomacy', yonhapFile, apFile]);
    if (imported.code !== 0) throw new Error(`Import failed:\n${imported.stderr}`);
    site = await buildSite({ contentDir: dir });
    if (!site.ok) throw new Error(`Build with imported articles failed:\n${site.output}`);
  });

  it('shows the Yonhap story with its headline, label, dateline, Korea time, editor’s note and every paragraph', async () => {
    const doc = await page('articles/2016/01/20/us-envoy-presses-china-to-use-its-sway-over-n-korea/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe('U.S. envoy presses China to use its sway over N. Korea');
    expect(doc.querySelector('.article__meta .article__label')?.textContent).toBe('LEAD');
    expect(doc.querySelector('.dateline')?.textContent).toBe('SEOUL');
    expect(doc.querySelector('.article__meta time')?.getAttribute('datetime')).toBe('2016-01-20T19:27:00+09:00');
    expect(doc.querySelector('.amendments__note')?.textContent).toContain('Added details of afternoon briefing.');
    expect(doc.body.textContent).not.toContain('paras 5-6');
    const story = await pastedStory(yonhapFile, /\(Yonhap\) --/, /^$/);
    expect(texts(doc, '.article__body p').map(plain)).toEqual(story.map(plain));
    expect(doc.querySelector('.article__body')?.textContent).not.toMatch(/Send Feedback|Go to Contents|\(END\)/);
  });

  it('shows the AP story with its photo, gallery count, byline, rights and every paragraph', async () => {
    const doc = await page(
      'articles/2021/03/18/blinken-and-austin-bring-north-korea-concerns-to-seoul-talks/index.html',
    );
    expect(doc.querySelector('h1')?.textContent).toBe('Blinken and Austin bring North Korea concerns to Seoul talks');
    expect(doc.querySelector('.dateline')?.textContent).toBe('SEOUL');
    expect(doc.querySelector('.byline')?.textContent).toBe('By DANA ROWE, MIN-JUN SEO');
    // The pasted story carries the photo's caption and credit but not its file: no frame is shown.
    expect(doc.querySelector('figure')).toBeNull();
    expect(doc.querySelector('.gallery__note')?.textContent).toMatch(/13 more photos/);
    expect(doc.querySelector('.rights')?.textContent).toBe('Copyright 2021 The Associated Press. All rights reserved');
    const story = await pastedStory(apFile, /\(AP\) —/, /^(ADVERTISEMENT|___)$/);
    expect(texts(doc, '.article__body p').map(plain)).toEqual(story.map(plain));
    expect(doc.querySelector('.article__body hr')).not.toBeNull();
  });
});

describe('an import stopped while it writes', () => {
  // The preload holds every fsync for a minute, so the temporary file is there when the signal comes.
  const slowDisk = ['--import', join(importerFixtures, '../../unit/importer/slow-disk.ts')];

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its temporary file on %s and exits with %i, writing no article', async (signal, code) => {
    const dir = await archiveWithWireSources();
    const year = join(dir, 'articles/2016');
    const before = await readdir(year);
    const run = startNode('src/importer/cli.ts', ['--out', join(dir, 'articles'), yonhapFile], slowDisk);
    await run.stderrLine(/^slow-disk: fsync is waiting$/);
    const temp = (await readdir(year)).filter((f) => !before.includes(f));
    expect(temp).toEqual([
      expect.stringMatching(/^\.us-envoy-presses-china-to-use-its-sway-over-n-korea\.md\..*\.tmp$/),
    ]);
    run.child.kill(signal);
    const ended = await run.ended;
    expect(await readdir(year)).toEqual(before);
    expect(ended.stderr).toContain(`stopped by ${signal}; removed the unfinished ${join(year, temp[0]!)}`);
    expect(ended.stdout).toBe('');
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code, signal: null });
  });
});
