/** `npm run check:content` as a process: what it prints and its exit code (checkContent itself: tests/unit/scripts/). */
import { describe, expect, it } from 'vitest';
import { copyFixture, writeArticle } from '../../helpers/content.ts';
import { runNode } from '../../unit/importer/fixtures.ts';

const article = { title: 'A story', date: '2016-03-01', source: 'wire', section: 'Diplomacy' };

describe('npm run check:content', () => {
  it('checks CONTENT_DIR, prints one line per problem and exits 1; exits 0 when all is well', async () => {
    const dir = await copyFixture('archive');
    const ok = await runNode('scripts/check-content.ts', [], { env: { CONTENT_DIR: dir } });
    expect(ok).toMatchObject({ code: 0, stdout: '' });
    expect(ok.stderr).toMatch(
      /^No problems: \d+ articles(?: \(and \d+ earlier versions?\))?, \d+ sources, \d+ topics in /,
    );

    const file = await writeArticle(dir, '2016/bad.md', { ...article, date: '2016-02-30', source: 'nope' });
    const bad = await runNode('scripts/check-content.ts', [], { env: { CONTENT_DIR: dir } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      `${file}: date: "2016-02-30" is not a valid ISO 8601 date; write it like "2016-01-20" or "2016-01-20T19:27:00+09:00"\n`,
    );
    expect(bad.stderr).toContain('1 problem');
  });
});
