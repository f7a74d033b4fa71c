/**
 * What a careless editor's files do to a build: each is an error naming the file, the field and
 * the fix, or is built; and the build and `check:content` give the same verdict on each.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { parseHtml } from '../helpers/html.ts';

const article = { title: 'A story', date: '2016-03-01', source: 'wire', section: 'Diplomacy' };
const fields = (extra: string) =>
  `---\ntitle: A story\ndate: "2016-03-01"\nsource: wire\nsection: Diplomacy\n${extra}---\n`;

/** The `file: field: problem` lines of a failed build's output, each once (a build in processes of its own prints stderr twice: as itself and in the error). */
function problemLines(output: string, dir: string): string[] {
  return [
    ...new Set(
      output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith(`${dir}/`)),
    ),
  ];
}

describe('a careless editor’s files', () => {
  it('are each reported with file, field and fix, by the build and check:content alike', async () => {
    const dir = await copyFixture('archive');
    const articles = join(dir, 'articles');
    await writeFile(join(articles, '2016/!!!.md'), `${fields('')}Text.\n`);
    await writeFile(join(articles, '2016/shouting.MD'), `${fields('')}Text.\n`);
    await writeFile(join(articles, '2016/long-name.markdown'), `${fields('')}Text.\n`);
    await writeFile(join(articles, 'no-year.md'), `${fields('')}Text.\n`);
    await writeFile(
      join(articles, '2016/unclosed.md'),
      '---\ntitle: A story\ndate: "2016-03-01"\nsource: wire\nsection: Diplomacy\n\nText.\n',
    );
    await writeFile(
      join(articles, '2016/binary.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    await writeFile(
      join(articles, '2016/typos.md'),
      `${fields('summmary: x\nimage: photo.jpg\ngallery:\n  src: /a.jpg\n')}Text.\n`,
    );
    await writeFile(
      join(articles, '2016/script-image.md'),
      `${fields('image:\n  src: "javascript:alert(1)"\n')}Text.\n`,
    );
    await writeFile(join(articles, '2016/missing-photo.md'), `${fields('')}![A map](map.png)\n`);
    await writeFile(join(articles, '2016/impossible.md'), `${fields('updated: 2016-02-31\n')}Text.\n`);

    const site = await buildSite({ contentDir: dir });
    expect(site.ok).toBe(false);
    const built = problemLines(site.output, dir);
    const checked = (await checkContent(dir)).problems;
    expect(built.sort()).toEqual([...checked].sort());
    const at = (file: string) => `${join(articles, file)}: `;
    expect(checked.sort()).toEqual(
      [
        `${at('2016/!!!.md')}(file name): "!!!.md" has no letters or digits to make a page address from; rename the file after its headline, like kim-visits-beijing.md`,
        `${at('2016/shouting.MD')}(file name): is not read: articles are Markdown files ending in .md; rename it to shouting.md`,
        `${at('2016/long-name.markdown')}(file name): is not read: articles are Markdown files ending in .md; rename it to long-name.md`,
        `${at('no-year.md')}(file name): is not in a year folder; move it to articles/YYYY/no-year.md, where YYYY is the year of its date`,
        `${at('2016/unclosed.md')}(front matter): the front matter opens with --- but never closes; end the fields with a line holding only ---`,
        `${at('2016/binary.md')}(file): is not a text file (binary or not UTF-8); content files are Markdown or YAML text saved as UTF-8`,
        `${at('2016/typos.md')}summmary: unknown field; check the spelling against the field list in README.md, or remove it`,
        `${at('2016/typos.md')}image: expected a group of fields on the lines below it, indented, got "photo.jpg"`,
        `${at('2016/typos.md')}gallery: expected a list (like ["a", "b"], or one "- item" line each), got a group of fields`,
        `${at('2016/script-image.md')}image.src: "javascript:alert(1)" is not an http(s) URL or a path under public/; write it like "https://example.com/photo.jpg" or "/images/photo.jpg"`,
        `${at('2016/missing-photo.md')}body: the image "map.png" is not there (looked for ${join(articles, '2016/map.png')}); put the file beside the article, or use a path under public/ such as "/images/map.png"`,
        `${at('2016/impossible.md')}updated: "2016-02-31" is not a valid ISO 8601 date; write it like "2016-01-20" or "2016-01-20T19:27:00+09:00"`,
      ].sort(),
    );
    expect(site.output).not.toMatch(/Missing parameter|ImageNotFound|Expected type|\*\*/);
  });

  it('are built as written once fixed: an unquoted date-time keeps its day and offset, and a linked article is checked and built', async () => {
    const dir = await copyFixture('archive');
    await writeFile(
      join(dir, 'articles/2016/unquoted.md'),
      '---\ntitle: Late filing\ndate: 2016-02-06T15:00:00-09:00\nsource: wire\nsection: Diplomacy\n---\nFiled late in the day.\n',
    );
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    const linked = await writeArticle(elsewhere, '2016/linked.md', {
      ...article,
      title: 'Linked story',
      source: 'nobody',
    });
    await symlink(linked, join(dir, 'articles/2016/linked.md'));
    // Two files whose stories would share one address.
    await writeArticle(dir, '2018/Summit-Held.md', { ...article, title: 'Copy', date: '2018-06-12' });

    // A linked file is read like any other: its unknown source is reported by both, as is the clash of addresses.
    const checked = (await checkContent(dir)).problems;
    expect(checked).toEqual([
      expect.stringMatching(/articles\/2016\/linked\.md: source: unknown source "nobody"; use one of "paper", "wire"/),
      expect.stringMatching(
        /articles\/2018\/summit-held\.md: date: would be published at the same URL as .*Summit-Held\.md \(same day, same slug "summit-held"\)/,
      ),
    ]);
    const failed = await buildSite({ contentDir: dir });
    expect(failed.ok).toBe(false);
    // The same lines, each file named by its full path, the pair in the same order.
    expect(problemLines(failed.output, dir)).toEqual(checked);

    await writeArticle(elsewhere, '2016/linked.md', { ...article, title: 'Linked story' });
    await rm(join(dir, 'articles/2018/Summit-Held.md'));
    expect((await checkContent(dir)).problems).toEqual([]);
    const site = await buildSite({ contentDir: dir });
    expect(site.ok, site.output).toBe(true);
    const page = parseHtml(await site.read('articles/2016/02/06/unquoted/index.html'));
    expect(page.querySelector('article time')?.getAttribute('datetime')).toBe('2016-02-06T15:00:00-09:00');
    expect(page.querySelector('article time')?.textContent).toContain('6 February 2016, 15:00 (UTC-09:00)');
    expect(await site.read('articles/2016/03/01/linked/index.html')).toContain('Linked story');
  });
});
