import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../src/importer/article/convert.ts';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { decodeInput } from '../../../src/importer/input/decode.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { writeArticle } from '../../helpers/content.ts';
import { archiveWithWireSources, importerFixtures, SCRIPT_TIMEOUT_MS, SOURCES } from './fixtures.ts';
import { runImport } from './import-command.ts';

const yonhapLead = join(importerFixtures, 'yonhap/lead-envoy-presses-china.txt');
const yonhapTarget = (dir: string) => join(dir, 'articles/2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md');
const yonhapHtml = join(importerFixtures, 'html/yonhap-punggye-ri-jsonld.html');

/** The archive's source ids as the CLI lists them: `"ap", "paper", ...`. */
async function knownSources(dir: string): Promise<string> {
  return (await readdir(join(dir, 'sources')))
    .map((f) => `"${f.replace(/\.yaml$/, '')}"`)
    .sort()
    .join(', ');
}

/** Every article file under a content folder, as paths relative to it. */
async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(dir, 'articles'), { recursive: true });
  return entries.filter((e) => e.endsWith('.md')).sort();
}

// Several tests run the CLI four or five times; a 2-core machine shared with builds needs room.
describe('npm run import', { timeout: 3 * SCRIPT_TIMEOUT_MS }, () => {
  it('writes one valid article per input to DIR/YYYY/<slug>.md and prints each path', async () => {
    const dir = await archiveWithWireSources();
    const ap = join(importerFixtures, 'ap/blinken-austin-seoul-talks.txt');
    const result = await runImport(['--out', join(dir, 'articles'), '--section', 'Diplomacy', yonhapLead, ap]);
    expect(result.code).toBe(0);
    const written = [
      yonhapTarget(dir),
      join(dir, 'articles/2021/blinken-and-austin-bring-north-korea-concerns-to-seoul-talks.md'),
    ];
    expect(result.stdout).toBe(`${written.join('\n')}\n`);
    for (const file of written) {
      const { data } = readFrontMatter(await readFile(file, 'utf8'));
      expect(articleSchema.safeParse(data).success).toBe(true);
      expect(data.section).toBe('Diplomacy');
    }
  });

  it('says on stderr which section it chose when none was given', async () => {
    const dir = await archiveWithWireSources();
    const result = await runImport(['--out', join(dir, 'articles'), yonhapLead]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${yonhapLead}: no section given; filed under "World" (pass --section NAME to choose another)`,
    );
  });

  it('writes nothing on --dry-run, but shows where the article would go and what it would hold', async () => {
    const dir = await archiveWithWireSources();
    const before = await articleFiles(dir);
    const result = await runImport(['--out', join(dir, 'articles'), '--dry-run', yonhapLead]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(yonhapTarget(dir));
    expect(result.stderr).toContain('dry run, nothing written');
    expect(result.stderr).toContain('title: U.S. envoy presses China to use its sway over N. Korea');
    expect(await articleFiles(dir)).toEqual(before);
  });

  it('leaves a file that already holds this story alone, naming it, and rewrites it only with --force', async () => {
    const dir = await archiveWithWireSources();
    expect((await runImport(['--out', join(dir, 'articles'), yonhapLead])).code).toBe(0);
    // The editor has since changed its fields and the spacing of its text: still the same story.
    const { body } = readFrontMatter(await readFile(yonhapTarget(dir), 'utf8'));
    await writeArticle(
      dir,
      '2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md',
      { title: 'U.S. envoy presses China', date: '2016-01-20', source: 'wire', section: 'S' },
      body.replace(/\n\n/g, '\n\n\n').replace(/ -- /g, '  --  '),
    );
    const before = await readFile(yonhapTarget(dir), 'utf8');
    const refused = await runImport(['--out', join(dir, 'articles'), yonhapLead]);
    expect(refused.code).toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      `${yonhapLead}: already in the archive as ${yonhapTarget(dir)} (the same text); nothing written. Edit that file, or pass --force to write this one over it`,
    );
    expect(refused.stderr).toContain('import: 0 imported, 1 already in the archive, 0 drafts, 0 failed');
    expect(await readFile(yonhapTarget(dir), 'utf8')).toBe(before);

    const forced = await runImport(['--out', join(dir, 'articles'), '--force', yonhapLead]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(`${yonhapTarget(dir)}\n`);
    expect(await readFile(yonhapTarget(dir), 'utf8')).toContain('source: yonhap');
    expect(await articleFiles(dir)).not.toContain('2016/us-envoy-presses-china-to-use-its-sway-over-n-korea-2.md');
  });

  it('keeps two stories with the same headline on the same day, and --force never replaces one with the other', async () => {
    const dir = await archiveWithWireSources();
    const page = await readFile(yonhapHtml, 'utf8');
    const paragraphs = /<div class="story-news article">[\s\S]*?<\/div>/;
    const evening = join(dir, 'evening.html');
    await writeFile(
      evening,
      page
        .replaceAll('AEN20180524009900315', 'AEN20180524012300315')
        .replace(
          paragraphs,
          '<div class="story-news article"><p>SEOUL, May 24 (Yonhap) -- South Korea said on Thursday evening it regretted the cancellation of the summit.</p><p>The presidential office called an emergency meeting of security officials.</p></div>',
        ),
    );
    const first = join(dir, 'articles/2018/n-korea-blows-up-tunnels-at-nuclear-test-site.md');
    const second = join(dir, 'articles/2018/n-korea-blows-up-tunnels-at-nuclear-test-site-2.md');
    // Elsewhere in the archive, too, a story with that headline and day but other text is another story.
    await writeArticle(dir, '2018/tunnels.md', {
      title: 'N. Korea blows up tunnels at nuclear test site',
      date: '2018-05-24',
      source: 'wire',
      section: 'S',
    });
    const imported = await runImport(['--out', join(dir, 'articles'), yonhapHtml, evening]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`${first}\n${second}\n`);
    expect(imported.stderr).toContain(
      `${evening}: ${first} holds another story with the same headline; this one went to ${second}`,
    );
    const kept = await readFile(first, 'utf8');
    expect(readFrontMatter(await readFile(second, 'utf8')).body).toContain('regretted the cancellation');

    await writeFile(second, (await readFile(second, 'utf8')).replace('section: North Korea', 'section: Edited'));
    const forced = await runImport(['--out', join(dir, 'articles'), '--force', evening]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toBe(`${second}\n`);
    expect(await readFile(first, 'utf8')).toBe(kept);
    expect(await readFile(second, 'utf8')).toContain('section: North Korea');
    expect(await articleFiles(dir)).not.toContain('2018/n-korea-blows-up-tunnels-at-nuclear-test-site-3.md');

    const again = await runImport(['--out', join(dir, 'articles'), evening]);
    expect(again.code).toBe(0);
    // A saved page's canonical address is its identity: the same page filed at the same time is already there.
    expect(again.stderr).toContain(`${evening}: already in the archive as ${second} (the same importId `);
    expect(again.stderr).toMatch(/AEN20180524012300315\S*, filed at the same time\)/);
  });

  it('writes another story with the same headline in the same year to a free -2 name, even with --force', async () => {
    const dir = await archiveWithWireSources();
    const february = join(importerFixtures, 'yonhap/iso-date-line-missile-launch.txt');
    const march = join(dir, 'march.txt');
    await writeFile(
      march,
      [
        'North Korea fires ballistic missile',
        'All News 08:10 March 06, 2017',
        'SEOUL, March 6 (Yonhap) -- North Korea fired several ballistic missiles into the East Sea early Monday, the military said.',
        'Three of the missiles came down inside the waters Japan claims as its exclusive economic zone, officials in Tokyo said.',
        '(END)',
      ].join('\n'),
    );
    const first = join(dir, 'articles/2017/north-korea-fires-ballistic-missile.md');
    const second = join(dir, 'articles/2017/north-korea-fires-ballistic-missile-2.md');

    const dry = await runImport(['--out', join(dir, 'articles'), '--dry-run', february, march]);
    expect(dry.stdout).toBe(`${first}\n${second}\n`);

    expect((await runImport(['--out', join(dir, 'articles'), february])).stdout).toBe(`${first}\n`);
    const kept = await readFile(first, 'utf8');
    const forced = await runImport(['--out', join(dir, 'articles'), '--force', march]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toBe(`${second}\n`);
    expect(forced.stderr).toContain(
      `${march}: ${first} holds another story with the same headline; this one went to ${second}`,
    );
    expect(await readFile(first, 'utf8')).toBe(kept);
    expect(readFrontMatter(await readFile(second, 'utf8')).data.date).toBe('2017-03-06T08:10:00+09:00');

    const again = await runImport(['--out', join(dir, 'articles'), march]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      `${march}: already in the archive as ${second} (the same text); nothing written. Edit that file, or pass --force to write this one over it`,
    );
    const replaced = await runImport(['--out', join(dir, 'articles'), '--force', march]);
    expect(replaced.stdout).toBe(`${second}\n`);
    expect(await readFile(first, 'utf8')).toBe(kept);
    expect(await articleFiles(dir)).not.toContain('2017/north-korea-fires-ballistic-missile-3.md');
  });

  it('reports an article already in the archive under another name by its text, and files one with its original URL as a version of that story', async () => {
    const dir = await archiveWithWireSources();
    const { body } = convertPage(decodeInput(await readFile(yonhapLead)), yonhapLead, {}, SOURCES);
    await writeArticle(
      dir,
      '2016/envoy-in-seoul.md',
      { title: 'Envoy in Seoul', date: '2016-01-21', source: 'wire', section: 'S' },
      body,
    );
    const closed = await writeArticle(dir, '2018/test-site-closed.md', {
      title: 'Test site closed',
      date: '2018-05-25',
      source: 'wire',
      section: 'S',
      originalUrl: 'https://en.yna.co.kr/view/AEN20180524009900315',
    });
    const stored = await readFile(closed, 'utf8');
    const result = await runImport(['--out', join(dir, 'articles'), yonhapLead, yonhapHtml]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${closed}\n`);
    expect(result.stderr).toContain(
      `${yonhapLead}: already in the archive as ${join(dir, 'articles/2016/envoy-in-seoul.md')} (the same text); nothing written.`,
    );
    // The page was filed the day before the stored story: it goes first, and the story keeps its day and address.
    expect(result.stderr).toContain(
      `${yonhapHtml}: filed as earlier version 1 (versions/1.md) of ${closed}; it is dated 2018-05-24T`,
    );
    expect(result.stderr).toContain('(the same originalUrl https://en.yna.co.kr/view/AEN20180524009900315)');
    expect(await readFile(closed, 'utf8')).toBe(stored);
    const version = readFrontMatter(await readFile(join(dir, 'articles/2018/test-site-closed/versions/1.md'), 'utf8'));
    expect(version.data).toMatchObject({ title: 'N. Korea blows up tunnels at nuclear test site', source: 'yonhap' });
    expect(await articleFiles(dir)).not.toContain('2018/n-korea-blows-up-tunnels-at-nuclear-test-site.md');
  });

  it('fails for empty, binary and missing inputs, naming each, and still imports the good one', async () => {
    const dir = await archiveWithWireSources();
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.jpg');
    const missing = join(dir, 'missing.txt');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const before = await articleFiles(dir);
    const result = await runImport(['--out', join(dir, 'articles'), empty, binary, missing, yonhapLead]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${empty}: the input is empty; paste the article text into it and try again`);
    expect(result.stderr).toContain(
      `${binary}: this is not text (it looks like a binary file, or text saved in an encoding other than UTF-8); save the article as UTF-8 text`,
    );
    expect(result.stderr).toContain(
      `${missing}: cannot read the input: there is no such file; check the path and the spelling`,
    );
    expect(result.stdout).toBe(`${yonhapTarget(dir)}\n`);
    expect(await articleFiles(dir)).toEqual(
      [...before, '2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md'].sort(),
    );
  });

  it('fails at once, naming the file and the fix, when --out or a year folder under it is a file', async () => {
    const dir = await archiveWithWireSources();
    const file = join(dir, 'articles/2016/us-envoy.md');
    await writeArticle(dir, '2016/us-envoy.md', { title: 'Envoy', date: '2016-01-20', source: 'wire', section: 'S' });
    const before = await articleFiles(dir);
    const outIsFile = await runImport(['--out', file, yonhapLead]);
    expect(outIsFile.code).toBe(2);
    expect(outIsFile.stderr).toContain(
      `import: --out ${file} is a file, not a folder; pass the folder that holds the year folders, like content/articles`,
    );
    const belowFile = await runImport(['--out', join(file, 'articles'), yonhapLead]);
    expect(belowFile.code).toBe(2);
    expect(belowFile.stderr).toContain(
      `import: --out ${join(file, 'articles')} cannot be made: ${file} is a file, not a folder`,
    );

    const out = join(dir, 'elsewhere');
    await mkdir(out);
    await writeFile(join(out, '2016'), 'not a folder');
    const ap = join(importerFixtures, 'ap/blinken-austin-seoul-talks.txt');
    const yearIsFile = await runImport(['--out', out, yonhapLead, ap]);
    expect(yearIsFile.code).toBe(1);
    expect(yearIsFile.stderr).toContain(
      `${yonhapLead}: ${join(out, '2016')} is a file, not a folder, so ${join(out, '2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md')} cannot be written; move or rename ${join(out, '2016')}`,
    );
    expect(yearIsFile.stdout).toBe(
      `${join(out, '2021/blinken-and-austin-bring-north-korea-concerns-to-seoul-talks.md')}\n`,
    );
    expect(await articleFiles(dir)).toEqual(before);
  });

  it('rejects an unknown --source, listing the known ones', async () => {
    const dir = await archiveWithWireSources();
    const result = await runImport(['--out', join(dir, 'articles'), '--source', 'reuters', yonhapLead]);
    expect(result.code).toBe(2);
    expect(await knownSources(dir)).toContain('"ap", "paper", "wire", "yonhap"');
    expect(result.stderr).toContain(
      `unknown source "reuters"; use --source with one of ${await knownSources(dir)}, or add ${join(dir, 'sources/reuters.yaml')}`,
    );
    expect(existsSync(yonhapTarget(dir))).toBe(false);
  });

  it('asks for --source and --date for plain text that gives neither, and imports it when given', async () => {
    const dir = await archiveWithWireSources();
    const plain = join(importerFixtures, 'plain/working-talks-stockholm.txt');
    const refused = await runImport(['--out', join(dir, 'articles'), plain]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${plain}: cannot find the source (pass --source with one of ${await knownSources(dir)}) or the date (pass --date YYYY-MM-DD) in this plain text`,
    );
    const done = await runImport(['--out', join(dir, 'articles'), '--source', 'paper', '--date', '2019-10-05', plain]);
    expect(done.code).toBe(0);
    expect(done.stdout.trim()).toBe(join(dir, 'articles/2019/north-korea-walks-out-of-working-level-nuclear-talks.md'));
  });
});
